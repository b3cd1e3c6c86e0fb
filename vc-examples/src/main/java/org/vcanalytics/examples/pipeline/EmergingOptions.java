package org.vcanalytics.examples.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.grid.EhsaOptions;

/**
 * Emerging hot-spot analysis of the pipeline (ehsa.csv, ehsa_periods.csv and the dashboard's layer):
 * on the grid, per period over the ten years of the ten-year view ({@code hotspots.trendLength}
 * calendar years ending with the as-of date's). In JSON: {@code {"emerging": {"period": "QUARTER",
 * "fdr": false}}}; {@code {"emerging": {"areas": "lsoa"}}} also runs it on that level's areas
 * (ehsa-areas.csv, ehsa-areas_periods.csv). docs/hotspots.md, "Emerging hot-spot analysis".
 *
 * @param enabled whether to run it (default true)
 * @param period the period of each time step: {@code YEAR} (default), {@code QUARTER}, {@code MONTH}
 *     or {@code FINANCIAL_YEAR}
 * @param fdr Benjamini–Hochberg across each period's cells before deciding hot and cold (default
 *     true), as vc-geo's {@link EhsaOptions}
 * @param criticalP the significance level (default 0.05), as vc-geo's {@link EhsaOptions}
 * @param areas the level whose areas are analysed too (say {@code "lsoa"}), or empty (the default)
 *     for the grid only; in JSON a string, {@code ""} for none
 */
public record EmergingOptions(
    boolean enabled, PeriodType period, boolean fdr, double criticalP, Optional<String> areas) {
  /** Checks the parts as vc-geo does; a blank level is none, a level is stripped. */
  public EmergingOptions {
    Objects.requireNonNull(period, "period");
    new EhsaOptions(fdr, criticalP);
    areas = areas.map(String::strip).filter(a -> !a.isEmpty());
  }

  /**
   * The options without areas.
   *
   * @param enabled whether to run it
   * @param period the period of each time step
   * @param fdr Benjamini–Hochberg across each period's cells
   * @param criticalP the significance level
   */
  public EmergingOptions(boolean enabled, PeriodType period, boolean fdr, double criticalP) {
    this(enabled, period, fdr, criticalP, Optional.empty());
  }

  /** @return on, calendar years, FDR on, critical p 0.05, no areas */
  public static EmergingOptions defaults() {
    EhsaOptions d = EhsaOptions.defaults();
    return new EmergingOptions(true, PeriodType.YEAR, d.fdr(), d.criticalP(), Optional.empty());
  }

  /** @param level the level whose areas are analysed too, or blank for none @return a copy */
  public EmergingOptions withAreas(String level) {
    return new EmergingOptions(enabled, period, fdr, criticalP, Optional.ofNullable(level));
  }

  /** @return vc-geo's options */
  public EhsaOptions ehsa() {
    return new EhsaOptions(fdr, criticalP);
  }

  /** @param on run it or not @return a copy */
  public EmergingOptions withEnabled(boolean on) {
    return new EmergingOptions(on, period, fdr, criticalP, areas);
  }

  /** @param t the period of each time step @return a copy */
  public EmergingOptions withPeriod(PeriodType t) {
    return new EmergingOptions(enabled, t, fdr, criticalP, areas);
  }

  /**
   * Reads the options from JSON fields, each left out taking its default.
   *
   * @param enabled default true
   * @param period {@code YEAR} (default), {@code QUARTER}, {@code MONTH} or {@code FINANCIAL_YEAR}
   * @param fdr default true
   * @param criticalP default 0.05
   * @param areas a level, default none ({@code ""} or left out)
   * @return the options
   */
  @JsonCreator
  public static EmergingOptions fromJson(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("period") String period,
      @JsonProperty("fdr") Boolean fdr,
      @JsonProperty("criticalP") Double criticalP,
      @JsonProperty("areas") String areas) {
    PeriodType t = PeriodType.YEAR;
    if (period != null) {
      try {
        t = PeriodType.valueOf(period.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "period must be YEAR, QUARTER, MONTH or FINANCIAL_YEAR, was " + period, e);
      }
    }
    EhsaOptions e = EhsaOptions.fromJson(fdr, criticalP);
    return new EmergingOptions(enabled == null || enabled, t, e.fdr(), e.criticalP(), Optional.ofNullable(areas));
  }

  /**
   * @return the JSON fields: {@code enabled}, {@code period}, those of {@link EhsaOptions}, then
   *     {@code areas} ({@code ""} for none)
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", enabled);
    m.put("period", period.name());
    m.putAll(ehsa().json());
    m.put("areas", areas.orElse(""));
    return m;
  }
}
