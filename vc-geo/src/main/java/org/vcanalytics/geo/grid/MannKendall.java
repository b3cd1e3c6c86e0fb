package org.vcanalytics.geo.grid;

import java.util.Arrays;

/**
 * The Mann–Kendall trend test of a series (Mann 1945; Kendall 1975), as Emerging Hot Spot Analysis
 * applies it to each cell's series of Gi* z-scores:
 *
 * <pre>
 *   S      = Σ_{i&lt;j} sign(x_j − x_i)
 *   Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18      (t_g: the size of each group of ties)
 *   Z      = (S − 1)/√Var(S) if S &gt; 0,  (S + 1)/√Var(S) if S &lt; 0,  0 if S = 0 (or Var(S) = 0)
 *   p      = 2 Φ(−|Z|)
 * </pre>
 *
 * <p><b>Ties.</b> The values are doubles, so "equal" is made exact: each value is rounded to the
 * nearest multiple of {@value #TIE_RESOLUTION} ({@code Math.round(x × 10⁹)}) and two values are equal
 * (a tie, sign 0) when their rounded values are; S and the tie groups both use the rounded values.
 * Gi* z-scores of the same counts agree far closer than that, and two z-scores that differ by less
 * than 10⁻⁹ are no evidence of a trend.
 *
 * <p>Worked checks (MannKendallTest): 1, 2, 3, 4, 5 gives S = 10, Var = 16.667, Z = 2.20454, p =
 * 0.027486; 1, 1, 2, 3, 3, 4 gives S = 13, Var = 26.333, Z = 2.33845, p = 0.019364.
 *
 * <p>O(n²) per series (n is a number of periods, small), O(n log n) for the ties. Pure.
 */
final class MannKendall {
  /** Values equal after rounding to a multiple of this are ties. */
  static final double TIE_RESOLUTION = 1e-9;

  /** 1 / {@link #TIE_RESOLUTION}, exact as a double. */
  private static final double PER_UNIT = 1e9;

  private MannKendall() {}

  /**
   * The outcome of the test.
   *
   * @param s Kendall's S
   * @param variance Var(S), corrected for ties
   * @param z the continuity-corrected normal score
   * @param p its two-sided p-value
   */
  record Result(long s, double variance, double z, double p) {
    /**
     * The direction of the trend at a significance level.
     *
     * @param alpha the level: a trend when p &lt; alpha
     * @return +1 up, −1 down, 0 none
     */
    int direction(double alpha) {
      return p < alpha ? Long.signum(s) : 0;
    }
  }

  /**
   * The test of a series, oldest first.
   *
   * @param x the series (finite values; any length, 0 or 1 giving S = 0 and p = 1)
   * @return S, Var(S), Z and p
   */
  static Result test(double[] x) {
    int n = x.length;
    long[] r = new long[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException("Mann-Kendall needs finite values, was " + x[i]);
      }
      r[i] = Math.round(x[i] * PER_UNIT);
    }
    long s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Long.compare(r[j], r[i]);
      }
    }
    long[] sorted = r.clone();
    Arrays.sort(sorted);
    long ties = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      long t = j - i;
      ties += t * (t - 1) * (2 * t + 5);
      i = j;
    }
    long nn = n;
    double variance = (nn * (nn - 1) * (2 * nn + 5) - ties) / 18.0;
    double z = 0;
    if (variance > 0 && s != 0) {
      z = (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
    }
    return new Result(s, variance, z, GetisOrd.pValue(z));
  }
}
