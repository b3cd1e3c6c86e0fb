package org.vcanalytics.geo.hotspot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vcanalytics.geo.PeriodType;

/**
 * Options of the hotspot pillar; {@link #defaults()} are the specification's, written here once. In
 * JSON ({@link #fromJson}, {@link #json}) the fields are named as the components.
 *
 * <pre>{@code
 * HotspotOptions o = HotspotOptions.defaults()
 *     .withPeriods(EnumSet.of(PeriodType.MONTH, PeriodType.FINANCIAL_YEAR))
 *     .withSchoolDistanceMetres(250);
 * }</pre>
 *
 * @param periods the period types figures are counted over (default all four: month, quarter,
 *     calendar year, financial year)
 * @param levels the levels to count, in this order; empty (the default) means every level that has
 *     areas or pre-assigned codes
 * @param trendPeriod the period of the ten-year view (default {@link PeriodType#YEAR}; {@link
 *     PeriodType#FINANCIAL_YEAR} for financial years)
 * @param trendLength how many periods the ten-year view covers, ending with the one that contains
 *     the as-of date (default 10)
 * @param concentrationFractions the top fractions of areas whose share of violent crime is reported
 *     (default 0.05 and 0.10)
 * @param schoolDistanceMetres schools within this straight-line distance of an area's boundary are
 *     near it (default 400)
 * @param gapToleranceMetres a located crime (or home) in no polygon of a level but within this
 *     distance of one goes to the nearest, ties to the smallest id; farther, it is {@code
 *     UNASSIGNED} (default {@value #DEFAULT_GAP_TOLERANCE_METRES}; 0 for strict point-in-polygon).
 *     See docs/hotspots.md §1
 */
public record HotspotOptions(
    Set<PeriodType> periods,
    List<String> levels,
    PeriodType trendPeriod,
    int trendLength,
    List<Double> concentrationFractions,
    double schoolDistanceMetres,
    double gapToleranceMetres) {

  /**
   * The default gap tolerance, {@value} m: more than the widest sliver that simplifying polygons by
   * 10–17 m (the bundled Birmingham LSOAs: 0.00015°) leaves between two neighbours, whose middle is
   * at most 17 m from either; less than the 50–150 m of a typical residential street block, so a
   * crime is not moved across a block into an area it was never near.
   */
  public static final double DEFAULT_GAP_TOLERANCE_METRES = 25;

  /** The longest ten-year view: {@value} periods (a hundred years of months). */
  public static final int MAX_TREND_LENGTH = 1200;

  /** Checks and copies the options. */
  public HotspotOptions {
    Objects.requireNonNull(periods, "periods");
    periods =
        Collections.unmodifiableSet(
            periods.isEmpty() ? EnumSet.noneOf(PeriodType.class) : EnumSet.copyOf(periods));
    levels = List.copyOf(levels);
    Objects.requireNonNull(trendPeriod, "trendPeriod");
    if (trendLength < 1 || trendLength > MAX_TREND_LENGTH) {
      throw new IllegalArgumentException(
          "trendLength must be 1 to " + MAX_TREND_LENGTH + " periods, was " + trendLength);
    }
    List<Double> fractions = new ArrayList<>(concentrationFractions);
    for (Double f : fractions) {
      if (f == null || !(f > 0 && f <= 1)) {
        throw new IllegalArgumentException("concentration fractions must be in (0, 1], was " + f);
      }
    }
    fractions.sort(null);
    concentrationFractions = List.copyOf(fractions);
    if (!(schoolDistanceMetres >= 0 && Double.isFinite(schoolDistanceMetres))) {
      throw new IllegalArgumentException(
          "schoolDistanceMetres must be zero or more, was " + schoolDistanceMetres);
    }
    if (!(gapToleranceMetres >= 0 && Double.isFinite(gapToleranceMetres))) {
      throw new IllegalArgumentException(
          "gapToleranceMetres must be zero or more, was " + gapToleranceMetres);
    }
  }

  /** @return the specification's defaults */
  public static HotspotOptions defaults() {
    return new HotspotOptions(
        EnumSet.allOf(PeriodType.class), List.of(), PeriodType.YEAR, 10, List.of(0.05, 0.10), 400,
        DEFAULT_GAP_TOLERANCE_METRES);
  }

  /**
   * The options of a JSON object: a field left out ({@code null}) takes its default.
   *
   * @param periods default all four; at least one
   * @param levels default empty (every level)
   * @param trendPeriod default YEAR
   * @param trendLength default 10
   * @param concentrationFractions default 0.05 and 0.10
   * @param schoolDistanceMetres default 400
   * @param gapToleranceMetres default 25
   * @return the options
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  @JsonCreator
  public static HotspotOptions fromJson(
      @JsonProperty("periods") List<PeriodType> periods,
      @JsonProperty("levels") List<String> levels,
      @JsonProperty("trendPeriod") PeriodType trendPeriod,
      @JsonProperty("trendLength") Integer trendLength,
      @JsonProperty("concentrationFractions") List<Double> concentrationFractions,
      @JsonProperty("schoolDistanceMetres") Double schoolDistanceMetres,
      @JsonProperty("gapToleranceMetres") Double gapToleranceMetres) {
    HotspotOptions d = defaults();
    if (periods != null && periods.isEmpty()) {
      throw new IllegalArgumentException("periods needs at least one period type, was []");
    }
    return new HotspotOptions(
        periods == null ? d.periods() : Set.copyOf(periods),
        levels == null ? d.levels() : levels,
        trendPeriod == null ? d.trendPeriod() : trendPeriod,
        trendLength == null ? d.trendLength() : trendLength,
        concentrationFractions == null ? d.concentrationFractions() : concentrationFractions,
        schoolDistanceMetres == null ? d.schoolDistanceMetres() : schoolDistanceMetres,
        gapToleranceMetres == null ? d.gapToleranceMetres() : gapToleranceMetres);
  }

  /**
   * The options as JSON fields, read back by {@link #fromJson}.
   *
   * @return field name to value, in a fixed order
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("periods", periods.stream().map(PeriodType::name).toList());
    m.put("levels", levels);
    m.put("trendPeriod", trendPeriod.name());
    m.put("trendLength", trendLength);
    m.put("concentrationFractions", concentrationFractions);
    m.put("schoolDistanceMetres", schoolDistanceMetres);
    m.put("gapToleranceMetres", gapToleranceMetres);
    return m;
  }

  /** @param p the period types @return a copy */
  public HotspotOptions withPeriods(Set<PeriodType> p) {
    return new HotspotOptions(p, levels, trendPeriod, trendLength, concentrationFractions,
        schoolDistanceMetres, gapToleranceMetres);
  }

  /** @param l the levels, in order; empty for all @return a copy */
  public HotspotOptions withLevels(List<String> l) {
    return new HotspotOptions(periods, l, trendPeriod, trendLength, concentrationFractions,
        schoolDistanceMetres, gapToleranceMetres);
  }

  /** @param t the period of the ten-year view @return a copy */
  public HotspotOptions withTrendPeriod(PeriodType t) {
    return new HotspotOptions(periods, levels, t, trendLength, concentrationFractions,
        schoolDistanceMetres, gapToleranceMetres);
  }

  /** @param n the number of periods of the ten-year view @return a copy */
  public HotspotOptions withTrendLength(int n) {
    return new HotspotOptions(periods, levels, trendPeriod, n, concentrationFractions,
        schoolDistanceMetres, gapToleranceMetres);
  }

  /** @param f the top fractions of areas for concentration @return a copy */
  public HotspotOptions withConcentrationFractions(List<Double> f) {
    return new HotspotOptions(periods, levels, trendPeriod, trendLength, f,
        schoolDistanceMetres, gapToleranceMetres);
  }

  /** @param metres the school distance @return a copy */
  public HotspotOptions withSchoolDistanceMetres(double metres) {
    return new HotspotOptions(periods, levels, trendPeriod, trendLength, concentrationFractions,
        metres, gapToleranceMetres);
  }

  /** @param metres the gap tolerance, 0 for strict point-in-polygon @return a copy */
  public HotspotOptions withGapToleranceMetres(double metres) {
    return new HotspotOptions(periods, levels, trendPeriod, trendLength, concentrationFractions,
        schoolDistanceMetres, metres);
  }
}
