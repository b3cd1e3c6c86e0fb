package org.vcanalytics.geo.grid;

/**
 * A cell's category in Emerging Hot Spot Analysis, after ArcGIS Pro's "How Emerging Hot Spot
 * Analysis works", made exact. With n periods, H of them hot, and "hot at the end" meaning the last
 * period is hot:
 *
 * <blockquote>
 * If H &gt; 0 and (hot at the end or H ≥ 0.9 n): H ≥ 0.9 n and not hot at the end → {@code historical
 * hot spot}; H ≥ 0.9 n and trend up → {@code intensifying hot spot}; H ≥ 0.9 n and trend down →
 * {@code diminishing hot spot}; H ≥ 0.9 n otherwise → {@code persistent hot spot}; else (fewer than
 * 90 %, hot at the end) H = 1 → {@code new hot spot}; the hot periods are exactly the last H (one
 * final run, H ≥ 2) → {@code consecutive hot spot}; any cold period → {@code oscillating hot spot};
 * otherwise {@code sporadic hot spot}. If no hot category applies, the same rules for cold periods
 * (trend down for {@code intensifying cold spot}, up for {@code diminishing cold spot}) give the
 * eight cold categories ({@code oscillating cold spot}: any hot period); otherwise {@code no
 * pattern}.
 * </blockquote>
 *
 * <p>"H ≥ 0.9 n" is computed exactly in integers, as 10·H ≥ 9·n (9 hot periods of 10 are 90 %; 10 of
 * 12 are not). The rules are tried in the order written, so every series gets exactly one of the
 * seventeen. A cell-period is hot when its Gi* p ≤ the critical p and Gi* &gt; 0, cold when p ≤ the
 * critical p and Gi* &lt; 0; the trend is the Mann–Kendall test of the cell's Gi* z-scores, up (down)
 * when its p &lt; the critical p and S &gt; 0 (S &lt; 0) — see {@link EmergingHotSpots}.
 *
 * <p>The enum's order is ArcGIS's: the eight hot kinds, the eight cold kinds in the same order, then
 * {@link #NO_PATTERN}.
 */
public enum EhsaCategory {
  /** Hot in the last period only (fewer than 90 % of periods). */
  NEW_HOT_SPOT("new hot spot"),
  /** Hot in exactly the last H ≥ 2 periods, one final run (fewer than 90 %). */
  CONSECUTIVE_HOT_SPOT("consecutive hot spot"),
  /** Hot in at least 90 % of periods including the last, the z-scores trending up. */
  INTENSIFYING_HOT_SPOT("intensifying hot spot"),
  /** Hot in at least 90 % of periods including the last, no significant trend. */
  PERSISTENT_HOT_SPOT("persistent hot spot"),
  /** Hot in at least 90 % of periods including the last, the z-scores trending down. */
  DIMINISHING_HOT_SPOT("diminishing hot spot"),
  /** Hot in the last period, on and off before, never cold (fewer than 90 %). */
  SPORADIC_HOT_SPOT("sporadic hot spot"),
  /** Hot in the last period, on and off before, cold at least once (fewer than 90 %). */
  OSCILLATING_HOT_SPOT("oscillating hot spot"),
  /** Hot in at least 90 % of periods but not the last. */
  HISTORICAL_HOT_SPOT("historical hot spot"),
  /** Cold in the last period only (fewer than 90 % of periods), no hot category applying. */
  NEW_COLD_SPOT("new cold spot"),
  /** Cold in exactly the last C ≥ 2 periods, one final run (fewer than 90 %). */
  CONSECUTIVE_COLD_SPOT("consecutive cold spot"),
  /** Cold in at least 90 % of periods including the last, the z-scores trending down. */
  INTENSIFYING_COLD_SPOT("intensifying cold spot"),
  /** Cold in at least 90 % of periods including the last, no significant trend. */
  PERSISTENT_COLD_SPOT("persistent cold spot"),
  /** Cold in at least 90 % of periods including the last, the z-scores trending up. */
  DIMINISHING_COLD_SPOT("diminishing cold spot"),
  /** Cold in the last period, on and off before, never hot (fewer than 90 %). */
  SPORADIC_COLD_SPOT("sporadic cold spot"),
  /** Cold in the last period, on and off before, hot at least once (fewer than 90 %). */
  OSCILLATING_COLD_SPOT("oscillating cold spot"),
  /** Cold in at least 90 % of periods but not the last. */
  HISTORICAL_COLD_SPOT("historical cold spot"),
  /** None of the above. */
  NO_PATTERN("no pattern");

  /** The eight kinds of each side, in the enum's order. */
  private static final int NEW = 0;
  private static final int CONSECUTIVE = 1;
  private static final int INTENSIFYING = 2;
  private static final int PERSISTENT = 3;
  private static final int DIMINISHING = 4;
  private static final int SPORADIC = 5;
  private static final int OSCILLATING = 6;
  private static final int HISTORICAL = 7;

  private static final EhsaCategory[] ALL = values();

  private final String label;

  EhsaCategory(String label) {
    this.label = label;
  }

  /** @return the category as ArcGIS writes it, lower case: {@code "new hot spot"}, {@code "no pattern"} */
  public String label() {
    return label;
  }

  /**
   * The category of a cell's series. O(n).
   *
   * @param hot whether each period (oldest first, at least one) is hot
   * @param cold whether each period is cold (never both in one period)
   * @param trend the Mann–Kendall trend of the z-scores: +1 up, −1 down, 0 none
   * @return the category
   */
  static EhsaCategory of(boolean[] hot, boolean[] cold, int trend) {
    if (hot.length == 0 || hot.length != cold.length) {
      throw new IllegalArgumentException(
          "a category needs one or more periods, hot and cold alike; were " + hot.length + " and " + cold.length);
    }
    int k = kind(hot, cold, Integer.signum(trend));
    if (k >= 0) {
      return ALL[k];
    }
    k = kind(cold, hot, -Integer.signum(trend));
    return k >= 0 ? ALL[8 + k] : NO_PATTERN;
  }

  /**
   * The kind on one side: {@code mine} are that side's periods (hot for hot spots), {@code other} the
   * opposite side's; {@code towards} +1 when the trend strengthens this side. −1 when none applies.
   */
  private static int kind(boolean[] mine, boolean[] other, int towards) {
    int n = mine.length;
    int h = count(mine);
    boolean atEnd = mine[n - 1];
    boolean most = 10L * h >= 9L * n;
    if (h == 0 || !(atEnd || most)) {
      return -1;
    }
    if (most) {
      return !atEnd ? HISTORICAL : towards > 0 ? INTENSIFYING : towards < 0 ? DIMINISHING : PERSISTENT;
    }
    if (h == 1) {
      return NEW;
    }
    int run = 0;
    while (run < n && mine[n - 1 - run]) {
      run++;
    }
    if (run == h) {
      return CONSECUTIVE;
    }
    return count(other) > 0 ? OSCILLATING : SPORADIC;
  }

  private static int count(boolean[] b) {
    int c = 0;
    for (boolean v : b) {
      c += v ? 1 : 0;
    }
    return c;
  }
}
