package org.vcanalytics.geo.grid;

/**
 * The Getis–Ord local statistic Gi* with binary distance-band weights, the self included, as
 * sfhotspot's {@code hotspot_gistar} and PySAL's {@code G_Local(transform="B", star=True)} compute it
 * (Ord and Getis 1995):
 *
 * <pre>
 *   Gi* = (Σⱼ wᵢⱼ xⱼ − x̄ Wᵢ) / (S √((n Wᵢ − Wᵢ²) / (n − 1)))
 * </pre>
 *
 * where wᵢⱼ = 1 when the distance from i to j is at most the band (i itself included), Wᵢ = Σⱼ wᵢⱼ, x̄
 * and S are the mean and the (population) standard deviation of all n values. Gi* is a z-score: large
 * positive values mark a cluster of high values (a hot spot), large negative ones a cold spot.
 * O(n²) here; {@link GridHotspots} uses the grid's regular layout instead.
 */
final class GetisOrd {
  private GetisOrd() {}

  /**
   * Gi* of every point.
   *
   * @param x the points' x coordinates
   * @param y the points' y coordinates
   * @param values the values at the points
   * @param band the neighbour distance (inclusive)
   * @return the z-score of each point; 0 where all values are equal
   */
  static double[] giStar(double[] x, double[] y, double[] values, double band) {
    int n = values.length;
    double sum = 0;
    double sumSq = 0;
    for (double v : values) {
      sum += v;
      sumSq += v * v;
    }
    double mean = sum / n;
    double s = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double wx = 0;
      int w = 0;
      for (int j = 0; j < n; j++) {
        if (Math.hypot(x[i] - x[j], y[i] - y[j]) <= band) {
          wx += values[j];
          w++;
        }
      }
      z[i] = z(wx, w, n, mean, s);
    }
    return z;
  }

  /**
   * Gi* of counts with binary weights on given neighbourhoods (an area's contiguous areas and
   * itself, say), with the mean and the population standard deviation of all n counts, as {@link
   * GridHotspots} does on the grid.
   *
   * @param n the count of each place
   * @param neighbourhood the indexes of each place's neighbours, itself included
   * @return the z-score of each place; all 0 with one place or when all counts are equal
   */
  static double[] giStar(long[] n, int[][] neighbourhood) {
    int places = n.length;
    double[] ms = meanAndSd(n);
    double mean = ms[0];
    double s = ms[1];
    double[] z = new double[places];
    for (int i = 0; i < places; i++) {
      double wx = 0;
      for (int j : neighbourhood[i]) {
        wx += n[j];
      }
      z[i] = places > 1 ? z(wx, neighbourhood[i].length, places, mean, s) : 0;
    }
    return z;
  }

  /**
   * The mean and the population standard deviation of counts, as Gi* takes them.
   *
   * @param n the counts (one or more)
   * @return {mean, standard deviation}
   */
  static double[] meanAndSd(long[] n) {
    double sum = 0;
    double sumSq = 0;
    for (long v : n) {
      sum += v;
      sumSq += (double) v * v;
    }
    double mean = sum / n.length;
    return new double[] {mean, Math.sqrt(Math.max(0, sumSq / n.length - mean * mean))};
  }

  /** The Gi* z-score from a neighbourhood's sum and size. */
  static double z(double neighbourSum, int neighbours, int n, double mean, double s) {
    double denominator = s * Math.sqrt(((double) n * neighbours - (double) neighbours * neighbours) / (n - 1));
    return denominator > 0 ? (neighbourSum - mean * neighbours) / denominator : 0;
  }

  /**
   * Two-sided p-value of a z-score under the standard normal: 2 Φ(−|z|) = erfc(|z| / √2), with
   * {@link #erfc} (fractional error below 1.2e-7).
   *
   * @param z a z-score
   * @return the p-value
   */
  static double pValue(double z) {
    return erfc(Math.abs(z) / Math.sqrt(2));
  }

  /**
   * The complementary error function: the Taylor series of erf near zero, else the Chebyshev
   * approximation of Numerical Recipes' {@code erfcc} (fractional error below 1.2e-7).
   */
  static double erfc(double x) {
    if (Math.abs(x) < 0.5) {
      // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)), converging fast for small x.
      double term = x;
      double sum = x;
      double x2 = x * x;
      for (int k = 1; k < 30; k++) {
        term *= -x2 / k;
        sum += term / (2 * k + 1);
      }
      return 1 - 2 / Math.sqrt(Math.PI) * sum;
    }
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t * Math.exp(
            -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
