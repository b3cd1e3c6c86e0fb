package org.vcanalytics.examples.share;


import java.util.Locale;

/**
 * How the tables of {@code OUT/share/} are protected (docs/sharing.md).
 *
 * <pre>{@code
 * ShareOptions o = ShareOptions.defaults().withRoundTo(5);
 * SharedOutputs.write(r, out.resolve("share"), pseudonyms, o);
 * }</pre>
 *
 * @param suppressBelow primary threshold: a count below it is suppressed (at least 1; default 5)
 * @param roundTo published counts are rounded to the nearest multiple of this: 1 (no rounding, the
 *     default) or 5
 * @param dominance the (n, k) dominance rule with n = 1: a cell whose largest single crime carries
 *     more than this fraction of the cell's harm is suppressed; in (0, 1], default 0.5 (1 turns the
 *     rule off, since one crime can never carry more than all of the harm)
 */
public record ShareOptions(int suppressBelow, int roundTo, double dominance) {

  /** The default primary threshold. */
  public static final int DEFAULT_SUPPRESS_BELOW = 5;

  /** The default dominance fraction. */
  public static final double DEFAULT_DOMINANCE = 0.5;

  /** Checks the options; a bad value is refused with its name, value and allowed range. */
  public ShareOptions {
    if (suppressBelow < 1) {
      throw new IllegalArgumentException(
          "suppressBelow must be 1 or more (default 5), was " + suppressBelow);
    }
    if (roundTo != 1 && roundTo != 5) {
      throw new IllegalArgumentException(
          "roundTo must be 1 (no rounding) or 5, was " + roundTo);
    }
    if (!(dominance > 0 && dominance <= 1)) {
      throw new IllegalArgumentException(
          "dominance must be in (0, 1] (default 0.5; 1 = off), was "
              + String.format(Locale.ROOT, "%s", dominance));
    }
  }

  /** @return suppress below 5, no rounding, dominance 0.5 */
  public static ShareOptions defaults() {
    return new ShareOptions(DEFAULT_SUPPRESS_BELOW, 1, DEFAULT_DOMINANCE);
  }

  /** @param n the primary threshold (1 or more) @return a copy */
  public ShareOptions withSuppressBelow(int n) {
    return new ShareOptions(n, roundTo, dominance);
  }

  /** @param base 1 or 5 @return a copy */
  public ShareOptions withRoundTo(int base) {
    return new ShareOptions(suppressBelow, base, dominance);
  }

  /** @param k the dominance fraction, in (0, 1] @return a copy */
  public ShareOptions withDominance(double k) {
    return new ShareOptions(suppressBelow, roundTo, k);
  }

  /**
   * A count as published: rounded half up to the nearest multiple of {@link #roundTo()}.
   *
   * @param count a count of 0 or more
   * @return the count as published
   */
  public long round(long count) {
    return roundTo == 1 ? count : (count + roundTo / 2) / roundTo * roundTo;
  }
}
