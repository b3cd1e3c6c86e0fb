package org.vcanalytics.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.pipeline.Emerging;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import org.vcanalytics.examples.report.DashboardFiles;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.grid.EhsaCategory;

/** ehsa.csv and ehsa_periods.csv of the sample package: the grid's cells, the periods, and counts that add up. */
class EmergingFilesTest {
  @TempDir Path tmp;

  @Test
  void theTenCalendarYearsEndingWithTheAsOfYear() {
    // 2024-12-31, ten years: 2015 … 2024; quarters: 2015-Q1 … 2024-Q4, 40 of them.
    List<Period> years = Emerging.periods(PeriodType.YEAR, LocalDate.of(2024, 12, 31), 10);
    assertThat(years).hasSize(10);
    assertThat(years.get(0).label()).isEqualTo("2015");
    assertThat(years.get(9).label()).isEqualTo("2024");
    List<Period> quarters = Emerging.periods(PeriodType.QUARTER, LocalDate.of(2024, 5, 2), 10);
    // 2015-Q1 … 2024-Q2: 9 × 4 + 2 = 38
    assertThat(quarters).hasSize(38);
    assertThat(quarters.get(37).label()).isEqualTo("2024-Q2");
  }

  @Test
  void everyGridCellOnceAndItsPeriodsAddUp() throws IOException {
    LoadResult loaded = VcPackage.load(Path.of("../examples/sample-package"));
    PipelineResult r = Pipeline.run(
        loaded.dataset(), loaded.report(), LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
    Path out = tmp.resolve("out");
    Outputs.write(r, out);
    List<String> grid = Files.readAllLines(out.resolve("grid.csv"));
    List<String> cells = Files.readAllLines(out.resolve("ehsa.csv"));
    List<String> periods = Files.readAllLines(out.resolve("ehsa_periods.csv"));
    assertThat(cells.get(0)).isEqualTo(String.join(",", EmergingFiles.CELLS));
    assertThat(periods.get(0)).isEqualTo(String.join(",", EmergingFiles.PERIODS));
    assertThat(cells).hasSameSizeAs(grid);
    Set<String> labels = new TreeSet<>();
    for (EhsaCategory c : EhsaCategory.values()) {
      labels.add(c.label());
    }
    // per cell: the hot and cold periods of ehsa.csv are the true rows of ehsa_periods.csv
    Map<String, int[]> counted = new HashMap<>();
    for (String line : periods.subList(1, periods.size())) {
      String[] v = line.split(",");
      int[] hc = counted.computeIfAbsent(v[0] + "," + v[1], k -> new int[3]);
      hc[0] += v[5].equals("true") ? 1 : 0;
      hc[1] += v[6].equals("true") ? 1 : 0;
      hc[2]++;
    }
    for (int i = 1; i < cells.size(); i++) {
      String[] c = cells.get(i).split(",");
      String[] g = grid.get(i).split(",");
      assertThat(c[0] + "," + c[1] + "," + c[2] + "," + c[3]).isEqualTo(g[0] + "," + g[1] + "," + g[2] + "," + g[3]);
      assertThat(labels).contains(c[4]);
      int[] hc = counted.get(c[0] + "," + c[1]);
      assertThat(Integer.parseInt(c[8])).isEqualTo(hc[0]);
      assertThat(Integer.parseInt(c[9])).isEqualTo(hc[1]);
      assertThat(Integer.parseInt(c[10])).isEqualTo(hc[2]).isEqualTo(10);
    }
    // the dashboard's grid carries each cell's category, in the same order
    var d = DashboardFiles.data(out.resolve("report.html")).path("grid");
    assertThat(d.path("ehsa").path("periods").size()).isEqualTo(10);
    for (int i = 1; i < cells.size(); i++) {
      int k = d.path("cells").get(i - 1).get(8).asInt();
      assertThat(d.path("ehsa").path("categories").get(k).asText()).isEqualTo(cells.get(i).split(",")[4]);
    }
  }

  @Test
  void offWritesNeither() throws IOException {
    LoadResult loaded = VcPackage.load(Path.of("../examples/sample-package"));
    PipelineOptions o = PipelineOptions.defaults().withEmerging(
        org.vcanalytics.examples.pipeline.EmergingOptions.defaults().withEnabled(false));
    PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), LocalDate.of(2024, 12, 31), o, s -> {});
    Path out = tmp.resolve("off");
    Outputs.write(r, out);
    assertThat(out.resolve("ehsa.csv")).doesNotExist();
    assertThat(out.resolve("ehsa_periods.csv")).doesNotExist();
    assertThat(DashboardFiles.data(out.resolve("report.html")).path("grid").has("ehsa")).isFalse();
  }
}
