package org.vcanalytics.network;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces person ids with keyed pseudonyms for outputs shared outside the force: HMAC-SHA-256 of
 * the id under a key the caller supplies (and never stores with the output), written as {@code p}
 * and the first 20 hex digits (80 bits). The same key gives the same pseudonym for the same id, so
 * exports can be joined; without the key an id cannot be recovered or guessed.
 */
public final class Pseudonymiser {
  private final SecretKeySpec key;

  private Pseudonymiser(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a pseudonymisation key needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /**
   * @param key the secret key, at least 16 bytes
   * @return a pseudonymiser
   */
  public static Pseudonymiser hmacSha256(byte[] key) {
    return new Pseudonymiser(key);
  }

  /**
   * @param personId an id
   * @return its pseudonym, e.g. {@code p3f1c0a9b2e7d4c5a6b8e}
   */
  public String pseudonym(String personId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] h = mac.doFinal(personId.getBytes(StandardCharsets.UTF_8));
      return "p" + HexFormat.of().formatHex(h).substring(0, 20);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
