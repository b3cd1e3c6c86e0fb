package org.vcanalytics.core;

import java.util.Locale;

/**
 * Numbers written with a fixed number of decimals and a dot, whatever the machine's locale: the one
 * way every output, explanation and report writes them. {@code fixed(189.15394, 4)} is {@code
 * "189.1539"}, character for character what {@code String.format(Locale.ROOT, "%.4f", v)} gives, but
 * about twenty times faster: the digits are computed from {@code v × 10^d} and only a value within a
 * hair of a rounding tie (or beyond 10^14 once scaled, or not finite) is left to {@code
 * String.format}, which rounds half up the shortest decimal that reads back as {@code v}.
 */
public final class Decimals {
  private Decimals() {}

  private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000, 1_000_000_000};
  private static final double LIMIT = 1e14;

  /**
   * @param v a number
   * @return it with four decimals, {@code "-0.0000"} for a tiny negative, as {@code %.4f} writes it
   */
  public static String fixed4(double v) {
    return fixed(v, 4);
  }

  /**
   * @param v a number
   * @param decimals the decimals, 0 to 9
   * @return it with that many decimals, exactly as {@code String.format(Locale.ROOT, "%.<d>f", v)}
   */
  public static String fixed(double v, int decimals) {
    if (decimals < 0 || decimals >= POWERS.length) {
      throw new IllegalArgumentException("decimals must be 0 to 9, was " + decimals);
    }
    double a = Math.abs(v);
    double x = a * POWERS[decimals];
    if (!(x < LIMIT)) { // also NaN and infinities
      return slow(v, decimals);
    }
    double floor = Math.floor(x);
    double frac = x - floor; // exact
    // x carries a rounding error of half an ulp; near a tie the exact rule decides.
    if (Math.abs(frac - 0.5) <= Math.max(1e-7, 8 * Math.ulp(x))) {
      return slow(v, decimals);
    }
    long n = (long) floor + (frac > 0.5 ? 1 : 0);
    StringBuilder b = new StringBuilder(24);
    if (Double.doubleToRawLongBits(v) < 0) {
      b.append('-'); // -0.0 and tiny negatives too, as %f writes them
    }
    long whole = n / LONG_POWERS[decimals];
    b.append(whole);
    if (decimals > 0) {
      b.append('.');
      String part = Long.toString(n % LONG_POWERS[decimals]);
      for (int i = part.length(); i < decimals; i++) {
        b.append('0');
      }
      b.append(part);
    }
    return b.toString();
  }

  private static String slow(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
