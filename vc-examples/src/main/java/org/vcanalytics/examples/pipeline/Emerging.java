package org.vcanalytics.examples.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.grid.EmergingAreas;
import org.vcanalytics.geo.grid.EmergingHotSpots;
import org.vcanalytics.geo.grid.GridHotspots;
import org.vcanalytics.geo.hotspot.HotspotResult;

/**
 * The pipeline's emerging hot-spot analysis: the violent crimes with a location, counted per period
 * of {@link EmergingOptions#period()} over the ten years of the ten-year view, on the grid of {@code
 * grid.csv} (laid over every violent crime with a location, so the cells are the same). Computes;
 * writes nothing.
 *
 * <p>With {@link EmergingOptions#areas()} a level, also on that level's areas ({@link
 * EmergingAreas}, queen contiguity of the polygons in areas.geojson), with the violent crimes counted
 * per area as in hotspots.csv ({@link HotspotResult#areaOf}, so crimes without a location but with a
 * pre-assigned code count too); crimes with no area of the level ({@code UNASSIGNED}) or whose code
 * has no polygon are left out. A level with no polygons, or not among the hotspot pillar's levels,
 * gives a warning and no area analysis.
 *
 * @param periods the periods, oldest first (ehsa_periods.csv's {@code period} is the label)
 * @param result vc-geo's result, one cell per grid cell in grid.csv's order
 * @param areas the analysis on the areas of {@link EmergingOptions#areas()}, when asked for and the
 *     level has polygons
 * @param warnings why the analysis on areas asked for was not made (empty otherwise)
 */
public record Emerging(
    List<Period> periods, EmergingHotSpots.Result result, Optional<EmergingAreas.Result> areas,
    List<String> warnings) {
  /** Copies the lists. */
  public Emerging {
    periods = List.copyOf(periods);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(areas, "areas");
    warnings = List.copyOf(warnings);
  }

  /**
   * The analysis on the grid only.
   *
   * @param periods the periods, oldest first
   * @param result vc-geo's result
   */
  public Emerging(List<Period> periods, EmergingHotSpots.Result result) {
    this(periods, result, Optional.empty(), List.of());
  }

  /**
   * The periods of the analysis: those of {@code type} from the one holding 1 January of the first
   * of the {@code years} calendar years ending with the as-of date's, to the one holding the as-of
   * date.
   *
   * @param type the period type
   * @param asOf the as-of date
   * @param years the calendar years
   * @return the periods, oldest first
   */
  public static List<Period> periods(PeriodType type, LocalDate asOf, int years) {
    LocalDate first = LocalDate.of(asOf.getYear() - years + 1, 1, 1);
    Period last = new Period(type, type.startOf(asOf));
    List<Period> out = new ArrayList<>();
    for (Period p = new Period(type, type.startOf(first)); p.compareTo(last) <= 0; p = p.next()) {
      out.add(p);
    }
    return out;
  }

  static Emerging of(
      Classification c, LocalDate asOf, PipelineOptions options, GridHotspots.Grid grid,
      List<GridPoint> extent, HotspotResult hotspots) {
    EmergingOptions o = options.emerging();
    List<Period> periods = periods(o.period(), asOf, options.hotspots().trendLength());
    Map<LocalDate, Integer> index = new HashMap<>();
    List<List<GridPoint>> points = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i).start(), i);
      points.add(new ArrayList<>());
    }
    for (Crime crime : c.violentCrimeRecords()) {
      if (crime.location().isPresent() && !crime.committedOn().isAfter(asOf)) {
        Integer i = index.get(o.period().startOf(crime.committedOn()));
        if (i != null) {
          points.get(i).add(crime.location().get());
        }
      }
    }
    GridHotspots.Options g = new GridHotspots.Options(
        grid.cellSize(), grid.bandwidth(), options.grid().fdr(), options.grid().criticalP());
    EmergingHotSpots.Result cells = EmergingHotSpots.analyse(extent, points, g, o.ehsa());
    if (o.areas().isEmpty()) {
      return new Emerging(periods, cells);
    }
    String level = o.areas().get();
    AreaLayer layer = hotspots.layers().get(level);
    if (!hotspots.levels().contains(level)) {
      return new Emerging(periods, cells, Optional.empty(), List.of(
          "emerging.areas: level " + level + " is not a level of the hotspot figures (hotspots.levels);"
              + " no emerging hot-spot analysis on areas"));
    }
    if (layer == null || layer.size() == 0) {
      return new Emerging(periods, cells, Optional.empty(), List.of(
          "emerging.areas: level " + level + " has no polygons in areas.geojson; no emerging hot-spot"
              + " analysis on areas"));
    }
    return new Emerging(periods, cells, Optional.of(onAreas(c, asOf, o, index, layer, hotspots)), List.of());
  }

  /** Each violent crime counted in its area of the level (as hotspots.csv) and period. */
  private static EmergingAreas.Result onAreas(
      Classification c, LocalDate asOf, EmergingOptions o, Map<LocalDate, Integer> index,
      AreaLayer layer, HotspotResult hotspots) {
    List<Map<String, Long>> counts = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      counts.add(new TreeMap<>());
    }
    List<Crime> records = c.violentCrimeRecords();
    int level = hotspots.levels().indexOf(layer.level());
    for (int k = 0; k < records.size(); k++) {
      Crime crime = records.get(k);
      if (crime.committedOn().isAfter(asOf)) {
        continue;
      }
      Integer i = index.get(o.period().startOf(crime.committedOn()));
      String area = level < 0 ? AreaLayer.UNASSIGNED : hotspots.areaAt(k, level);
      if (i != null && !area.equals(AreaLayer.UNASSIGNED) && layer.area(area).isPresent()) {
        counts.get(i).merge(area, 1L, Long::sum);
      }
    }
    return EmergingAreas.analyse(layer, counts, o.ehsa());
  }
}
