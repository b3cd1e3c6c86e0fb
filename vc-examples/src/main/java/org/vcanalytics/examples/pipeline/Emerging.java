package org.vcanalytics.examples.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.grid.EmergingHotSpots;
import org.vcanalytics.geo.grid.GridHotspots;

/**
 * The pipeline's emerging hot-spot analysis: the violent crimes with a location, counted per period
 * of {@link EmergingOptions#period()} over the ten years of the ten-year view, on the grid of {@code
 * grid.csv} (laid over every violent crime with a location, so the cells are the same). Computes;
 * writes nothing.
 *
 * @param periods the periods, oldest first (ehsa_periods.csv's {@code period} is the label)
 * @param result vc-geo's result, one cell per grid cell in grid.csv's order
 */
public record Emerging(List<Period> periods, EmergingHotSpots.Result result) {
  /** Copies the periods. */
  public Emerging {
    periods = List.copyOf(periods);
    Objects.requireNonNull(result, "result");
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
      VcDataset data, Classification c, LocalDate asOf, PipelineOptions options, GridHotspots.Grid grid,
      List<GridPoint> extent) {
    EmergingOptions o = options.emerging();
    List<Period> periods = periods(o.period(), asOf, options.hotspots().trendLength());
    Map<LocalDate, Integer> index = new HashMap<>();
    List<List<GridPoint>> points = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i).start(), i);
      points.add(new ArrayList<>());
    }
    for (CrimeClassification v : c.violentCrimes()) {
      Crime crime = data.crime(v.crimeId()).orElseThrow();
      if (crime.location().isPresent() && !crime.committedOn().isAfter(asOf)) {
        Integer i = index.get(o.period().startOf(crime.committedOn()));
        if (i != null) {
          points.get(i).add(crime.location().get());
        }
      }
    }
    GridHotspots.Options g = new GridHotspots.Options(
        grid.cellSize(), grid.bandwidth(), options.grid().fdr(), options.grid().criticalP());
    return new Emerging(periods, EmergingHotSpots.analyse(extent, points, g, o.ehsa()));
  }
}
