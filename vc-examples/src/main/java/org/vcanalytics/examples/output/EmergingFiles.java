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
import org.vcanalytics.geo.grid.EmergingHotSpots;

/**
 * ehsa.csv and ehsa_periods.csv: the pipeline's emerging hot-spot analysis, a row per grid cell and
 * a row per cell and period, in grid.csv's cell order. Writes; computes nothing.
 */
final class EmergingFiles {
  private EmergingFiles() {}

  static final List<String> CELLS = List.of(
      "column", "row", "easting", "northing", "category", "trend_s", "trend_z", "trend_p", "hot_periods",
      "cold_periods", "periods");
  static final List<String> PERIODS = List.of("column", "row", "period", "gi_star", "p", "hot", "cold");

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
}
