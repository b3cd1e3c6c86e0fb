package org.vcanalytics.core;

import java.util.Locale;

/**
 * Normalisation of Home Office offence codes, so that the forms forces write all name one code.
 *
 * <p>Rules, in order: spaces are removed and letters upper-cased; {@code /} becomes {@code .}; leading
 * zeros of the numeric part are dropped. So {@code 008N} → {@code 8N}, {@code 4/1} → {@code 4.1},
 * {@code 05A} → {@code 5A}, {@code " 8n "} → {@code 8N}. The part after the dot is kept as written
 * ({@code 4.10}, corporate manslaughter, is not {@code 4.1}, manslaughter).
 */
public final class OffenceCodes {
  private OffenceCodes() {}

  /**
   * Normalises an offence code.
   *
   * @param code a code as recorded
   * @return the normalised code; blank input gives an empty string
   */
  public static String normalise(String code) {
    if (isNormal(code)) {
      return code; // the usual case (8N, 34B, 104): no new text for each of millions of rows
    }
    StringBuilder s = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00a0') {
        continue;
      }
      s.append(ch == '/' ? '.' : ch);
    }
    String upper = s.toString().toUpperCase(Locale.ROOT);
    int start = 0;
    while (start < upper.length() - 1
        && upper.charAt(start) == '0'
        && Character.isDigit(upper.charAt(start + 1))) {
      start++;
    }
    // "0A" stays "0A"; "00" becomes "0".
    return upper.substring(start);
  }

  /** Digits, capital letters and dots only, with no leading zero before a digit: normalised already. */
  private static boolean isNormal(String code) {
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || ch == '.')) {
        return false;
      }
    }
    return code.length() < 2 || code.charAt(0) != '0' || !Character.isDigit(code.charAt(1));
  }
}
