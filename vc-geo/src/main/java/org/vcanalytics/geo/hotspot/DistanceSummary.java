package org.vcanalytics.geo.hotspot;

/**
 * The spread of home-to-crime distances, in metres.
 *
 * <p>Quartiles and the median are interpolated between the sorted distances x<sub>1</sub> ≤ … ≤
 * x<sub>n</sub> at position h = (n − 1) p + 1 (Hyndman and Fan's type 7: the default of R's {@code
 * quantile}, NumPy's {@code percentile} and Excel's {@code QUARTILE.INC}). For the distances 100,
 * 200, 400, 800 the median is 300 and the quartiles 175 and 500.
 *
 * @param count the number of journeys with a distance
 * @param min the shortest
 * @param lowerQuartile the 25th percentile
 * @param median the 50th percentile
 * @param upperQuartile the 75th percentile
 * @param max the longest
 * @param mean the arithmetic mean
 */
public record DistanceSummary(
    long count,
    double min,
    double lowerQuartile,
    double median,
    double upperQuartile,
    double max,
    double mean) {

  /** Summarises sorted distances; the array must not be empty. */
  static DistanceSummary ofSorted(double[] sorted) {
    double sum = 0;
    for (double d : sorted) {
      sum += d;
    }
    return new DistanceSummary(
        sorted.length,
        sorted[0],
        quantile(sorted, 0.25),
        quantile(sorted, 0.5),
        quantile(sorted, 0.75),
        sorted[sorted.length - 1],
        sum / sorted.length);
  }

  /** Type-7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
