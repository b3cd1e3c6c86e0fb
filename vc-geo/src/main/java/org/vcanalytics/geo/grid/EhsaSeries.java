package org.vcanalytics.geo.grid;

/**
 * The part of emerging hot-spot analysis that is the same for a grid cell and an area: from one
 * place's series of Gi* z-scores and (adjusted) p-values, oldest first, its hot and cold periods,
 * its Mann–Kendall trend and its category. Used by {@link EmergingHotSpots} and {@link
 * EmergingAreas}. Immutable (the flags are copied in and out).
 */
final class EhsaSeries {
  private final boolean[] hot;
  private final boolean[] cold;
  private final int hots;
  private final int colds;
  private final MannKendall.Result trend;
  private final EhsaCategory category;

  private EhsaSeries(boolean[] hot, boolean[] cold, int hots, int colds, MannKendall.Result trend,
      EhsaCategory category) {
    this.hot = hot;
    this.cold = cold;
    this.hots = hots;
    this.colds = colds;
    this.trend = trend;
    this.category = category;
  }

  /**
   * Hot when p ≤ critical p and z &gt; 0, cold when p ≤ critical p and z &lt; 0; the Mann–Kendall
   * test of z; the category of {@link EhsaCategory#of}.
   *
   * @param z the z-scores, oldest first (one or more)
   * @param p their p-values (adjusted when FDR is on)
   * @param criticalP the significance level
   * @return the series
   */
  static EhsaSeries of(double[] z, double[] p, double criticalP) {
    int t = z.length;
    boolean[] hot = new boolean[t];
    boolean[] cold = new boolean[t];
    int hots = 0;
    int colds = 0;
    for (int k = 0; k < t; k++) {
      boolean significant = p[k] <= criticalP;
      hot[k] = significant && z[k] > 0;
      cold[k] = significant && z[k] < 0;
      hots += hot[k] ? 1 : 0;
      colds += cold[k] ? 1 : 0;
    }
    MannKendall.Result mk = MannKendall.test(z);
    EhsaCategory category = EhsaCategory.of(hot, cold, mk.direction(criticalP));
    return new EhsaSeries(hot, cold, hots, colds, mk, category);
  }

  /**
   * Each place's series from every period's z-scores: the p-values (adjusted per period across the
   * places when {@code fdr}), then {@link #of} per place.
   *
   * @param z the z-scores, {@code z[period][place]}, every period with the same places
   * @param ehsa FDR and critical p
   * @param each receives each place's index, z-scores, p-values and series, in index order
   */
  static void forEach(double[][] z, EhsaOptions ehsa, Each each) {
    int t = z.length;
    int places = t == 0 ? 0 : z[0].length;
    double[][] p = new double[t][];
    for (int k = 0; k < t; k++) {
      p[k] = EmergingHotSpots.pValues(z[k], ehsa.fdr());
    }
    for (int i = 0; i < places; i++) {
      double[] zi = new double[t];
      double[] pi = new double[t];
      for (int k = 0; k < t; k++) {
        zi[k] = z[k][i];
        pi[k] = p[k][i];
      }
      each.accept(i, zi, pi, of(zi, pi, ehsa.criticalP()));
    }
  }

  /**
   * @param categories the places' categories
   * @return how many places are in each category, every one of the seventeen, in the enum's order
   */
  static java.util.Map<EhsaCategory, Long> counts(java.util.stream.Stream<EhsaCategory> categories) {
    java.util.Map<EhsaCategory, Long> m = new java.util.EnumMap<>(EhsaCategory.class);
    for (EhsaCategory c : EhsaCategory.values()) {
      m.put(c, 0L);
    }
    categories.forEach(c -> m.merge(c, 1L, Long::sum));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Receives one place of {@link #forEach}. */
  @FunctionalInterface
  interface Each {
    void accept(int index, double[] z, double[] p, EhsaSeries series);
  }

  int periods() {
    return hot.length;
  }

  boolean hot(int k) {
    return hot[k];
  }

  boolean cold(int k) {
    return cold[k];
  }

  int hots() {
    return hots;
  }

  int colds() {
    return colds;
  }

  MannKendall.Result trend() {
    return trend;
  }

  EhsaCategory category() {
    return category;
  }
}
