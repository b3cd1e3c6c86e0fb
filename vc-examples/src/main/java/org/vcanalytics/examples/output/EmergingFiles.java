package org.vcanalytics.examples.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vcanalytics.core.Decimals;
import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.pipeline.Emerging;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.grid.EmergingAreas;
import org.vcanalytics.geo.grid.EmergingHotSpots;

/**
 * ehsa.csv and ehsa_periods.csv: the pipeline's emerging hot-spot analysis, a row per grid cell and
 * a row per cell and period, in grid.csv's cell order; with {@code emerging.areas}, ehsa-areas.csv
 * and ehsa-areas_periods.csv, the same per area of the level. Writes; computes nothing.
 */
final class EmergingFiles {
  private EmergingFiles() {}

  static final List<String> CELLS = List.of(
      "column", "row", "easting", "northing", "category", "trend_s", "trend_z", "trend_p", "hot_periods",
      "cold_periods", "periods");
  static final List<String> PERIODS = List.of("column", "row", "period", "gi_star", "p", "hot", "cold");

  static final List<String> AREAS = List.of(
      "level", "area_id", "category", "trend_s", "trend_z", "trend_p", "hot_periods", "cold_periods", "periods");
  static final List<String> AREA_PERIODS = List.of("level", "area_id", "period", "gi_star", "p", "hot", "cold");

  static Optional<Path> cells(PipelineResult r, Path file) throws IOException {
    if (r.emerging().isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    for (EmergingHotSpots.Cell c : r.emerging().get().result().cells()) {
      rows.add(List.of(
          Integer.toString(c.column()), Integer.toString(c.row()), Decimals.fixed4(c.centre().easting()),
          Decimals.fixed4(c.centre().northing()), c.category().label(), Long.toString(c.trendS()),
          Decimals.fixed4(c.trendZ()), Decimals.fixed(c.trendP(), 6), Integer.toString(c.hotPeriods()),
          Integer.toString(c.coldPeriods()), Integer.toString(c.periods())));
    }
    return Optional.of(OutputFiles.csv(file, CELLS, rows));
  }

  static Optional<Path> periods(PipelineResult r, Path file) throws IOException {
    if (r.emerging().isEmpty()) {
      return Optional.empty();
    }
    Emerging e = r.emerging().get();
    List<EmergingHotSpots.CellPeriod> all = new ArrayList<>();
    e.result().cells().forEach(c -> all.addAll(c.series()));
    return Optional.of(OutputFiles.csv(file, PERIODS, OutputFiles.rows(all, x -> List.of(
        Integer.toString(x.column()), Integer.toString(x.row()), e.periods().get(x.period()).label(),
        Decimals.fixed4(x.giStar()), Decimals.fixed(x.p(), 6), Boolean.toString(x.hot()), Boolean.toString(x.cold())))));
  }

  /** ehsa-areas.csv: a row per area of the level, in id order; written only with {@code emerging.areas}. */
  static Optional<Path> areas(PipelineResult r, Path file) throws IOException {
    Optional<EmergingAreas.Result> a = r.emerging().flatMap(Emerging::areas);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    String level = a.get().level();
    return Optional.of(OutputFiles.csv(file, AREAS, OutputFiles.rows(a.get().areas(), x -> List.of(
        level, x.id(), x.category().label(), Long.toString(x.trendS()), Decimals.fixed4(x.trendZ()),
        Decimals.fixed(x.trendP(), 6), Integer.toString(x.hotPeriods()), Integer.toString(x.coldPeriods()),
        Integer.toString(x.periods())))));
  }

  /** ehsa-areas_periods.csv: a row per area and period, areas in id order, periods oldest first. */
  static Optional<Path> areaPeriods(PipelineResult r, Path file) throws IOException {
    Optional<EmergingAreas.Result> a = r.emerging().flatMap(Emerging::areas);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Emerging e = r.emerging().get();
    String level = a.get().level();
    List<EmergingAreas.AreaPeriod> all = new ArrayList<>();
    a.get().areas().forEach(x -> all.addAll(x.series()));
    return Optional.of(OutputFiles.csv(file, AREA_PERIODS, OutputFiles.rows(all, x -> List.of(
        level, x.areaId(), e.periods().get(x.period()).label(), Decimals.fixed4(x.giStar()),
        Decimals.fixed(x.p(), 6), Boolean.toString(x.hot()), Boolean.toString(x.cold())))));
  }
}
