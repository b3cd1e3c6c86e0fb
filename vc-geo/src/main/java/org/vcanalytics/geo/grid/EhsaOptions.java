package org.vcanalytics.geo.grid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of {@link EmergingHotSpots}; {@link #defaults()} are written here once. In JSON ({@link
 * #fromJson}, {@link #json}) the fields are named as the components, and a field left out takes its
 * default.
 *
 * @param fdr adjust each period's Gi* p-values by Benjamini–Hochberg across the grid's cells before
 *     deciding hot and cold (default true, as ArcGIS's Emerging Hot Spot Analysis)
 * @param criticalP the significance level (default 0.05): a cell-period is hot (cold) when its p ≤
 *     this and Gi* &gt; 0 (&lt; 0); a cell's trend is up (down) when its Mann–Kendall p &lt; this and S
 *     &gt; 0 (&lt; 0)
 */
public record EhsaOptions(boolean fdr, double criticalP) {
  /** Checks the options. */
  public EhsaOptions {
    if (!(criticalP > 0 && criticalP < 1)) {
      throw new IllegalArgumentException("criticalP must be in (0, 1), was " + criticalP);
    }
  }

  /** @return FDR on, critical p 0.05 */
  public static EhsaOptions defaults() {
    return new EhsaOptions(true, 0.05);
  }

  /**
   * The options of a JSON object: a field left out ({@code null}) takes its default.
   *
   * @param fdr default true
   * @param criticalP default 0.05
   * @return the options
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  @JsonCreator
  public static EhsaOptions fromJson(
      @JsonProperty("fdr") Boolean fdr, @JsonProperty("criticalP") Double criticalP) {
    EhsaOptions d = defaults();
    return new EhsaOptions(
        fdr == null ? d.fdr() : fdr, criticalP == null ? d.criticalP() : criticalP);
  }

  /**
   * The options as JSON fields, read back by {@link #fromJson}.
   *
   * @return field name to value, in a fixed order
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fdr", fdr);
    m.put("criticalP", criticalP);
    return m;
  }

  /** @param on adjust p-values for the false discovery rate @return a copy */
  public EhsaOptions withFdr(boolean on) {
    return new EhsaOptions(on, criticalP);
  }

  /** @param p the significance level, in (0, 1) @return a copy */
  public EhsaOptions withCriticalP(double p) {
    return new EhsaOptions(fdr, p);
  }
}
