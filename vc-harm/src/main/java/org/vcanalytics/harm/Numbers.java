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

  /** The shortest plain form: {@code 365}, {@code 0.75}. */
  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
