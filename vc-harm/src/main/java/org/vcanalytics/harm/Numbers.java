package org.vcanalytics.harm;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as people read them: a dot for decimals whatever the machine's locale. */
final class Numbers {
  private Numbers() {}

  /** Four decimal places: {@code 189.1539}. */
  static String fixed4(double v) {
    return org.vcanalytics.core.Decimals.fixed4(v);
  }

  private static final java.util.concurrent.ConcurrentHashMap<Double, String> PLAIN =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The shortest plain form: {@code 365}, {@code 0.75}. */
  static String plain(double v) {
    // Asked of option values (a half-life, the High Harm fraction, a link weight) in every person's
    // explanation: each written once.
    String s = PLAIN.get(v);
    if (s == null) {
      s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
      if (PLAIN.size() < 256) {
        PLAIN.put(v, s);
      }
    }
    return s;
  }
}
