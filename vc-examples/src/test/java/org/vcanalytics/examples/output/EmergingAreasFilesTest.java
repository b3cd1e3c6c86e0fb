package org.vcanalytics.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.pipeline.EmergingOptions;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import org.vcanalytics.examples.synthetic.SyntheticForce;
import org.vcanalytics.geo.grid.EhsaCategory;

/** ehsa-areas.csv and ehsa-areas_periods.csv: every polygon area of the level once, counts that add up. */
class EmergingAreasFilesTest {
  @TempDir Path tmp;

  private static PipelineResult run(Path data, String areas) throws IOException {
    LoadResult loaded = VcPackage.load(data);
    PipelineOptions o = PipelineOptions.defaults().withEmerging(EmergingOptions.defaults().withAreas(areas));
    return Pipeline.run(loaded.dataset(), loaded.report(), LocalDate.of(2024, 12, 31), o, s -> {});
  }

  @Test
  void everyLsoaOfAGeneratedForceOnceAndItsPeriodsAddUp() throws IOException {
    Path data = tmp.resolve("force");
    SyntheticForce.generate(data, new SyntheticForce.Settings(400, 3, 7, LocalDate.of(2024, 12, 31)));
    PipelineResult r = run(data, "lsoa");
    Path out = tmp.resolve("out");
    Outputs.write(r, out);
    Set<String> polygons = new TreeSet<>();
    for (Area a : r.data().areas()) {
      if (a.level().equals("lsoa")) {
        polygons.add(a.id());
      }
    }
    assertThat(polygons).hasSizeGreaterThan(10);
    List<String> areas = Files.readAllLines(out.resolve("ehsa-areas.csv"));
    List<String> periods = Files.readAllLines(out.resolve("ehsa-areas_periods.csv"));
    assertThat(areas.get(0)).isEqualTo(String.join(",", EmergingFiles.AREAS));
    assertThat(periods.get(0)).isEqualTo(String.join(",", EmergingFiles.AREA_PERIODS));
    Set<String> labels = java.util.Arrays.stream(EhsaCategory.values()).map(EhsaCategory::label)
        .collect(java.util.stream.Collectors.toSet());
    Map<String, int[]> counted = new HashMap<>();
    for (String line : periods.subList(1, periods.size())) {
      String[] v = line.split(",");
      assertThat(v[0]).isEqualTo("lsoa");
      int[] hc = counted.computeIfAbsent(v[1], k -> new int[3]);
      hc[0] += v[5].equals("true") ? 1 : 0;
      hc[1] += v[6].equals("true") ? 1 : 0;
      hc[2]++;
    }
    List<String> ids = new ArrayList<>();
    for (String line : areas.subList(1, areas.size())) {
      String[] c = line.split(",");
      assertThat(c[0]).isEqualTo("lsoa");
      ids.add(c[1]);
      assertThat(labels).contains(c[2]);
      int[] hc = counted.get(c[1]);
      assertThat(Integer.parseInt(c[6])).isEqualTo(hc[0]);
      assertThat(Integer.parseInt(c[7])).isEqualTo(hc[1]);
      assertThat(Integer.parseInt(c[8])).isEqualTo(hc[2]).isEqualTo(10);
    }
    assertThat(ids).containsExactlyElementsOf(polygons); // one row per polygon area, in id order
    assertThat(counted.keySet()).isEqualTo(polygons);
    // the grid's files are those of a run without areas, byte for byte
    Path grid = tmp.resolve("grid");
    Outputs.write(run(data, ""), grid);
    for (String f : List.of("ehsa.csv", "ehsa_periods.csv")) {
      assertThat(Files.readAllBytes(out.resolve(f))).isEqualTo(Files.readAllBytes(grid.resolve(f)));
    }
    assertThat(grid.resolve("ehsa-areas.csv")).doesNotExist();
    assertThat(grid.resolve("ehsa-areas_periods.csv")).doesNotExist();
    // the same input gives the same bytes
    Path again = tmp.resolve("again");
    Outputs.write(run(data, "lsoa"), again);
    assertThat(Files.readAllBytes(again.resolve("ehsa-areas.csv"))).isEqualTo(Files.readAllBytes(out.resolve("ehsa-areas.csv")));
  }

  @Test
  void theSamplePackagesNpusAndALevelWithoutPolygonsWarns() throws IOException {
    Path sample = Path.of("../examples/sample-package");
    PipelineResult r = run(sample, "npu");
    Path out = tmp.resolve("npu");
    Outputs.write(r, out);
    List<String> areas = Files.readAllLines(out.resolve("ehsa-areas.csv"));
    long npus = r.data().areas().stream().filter(a -> a.level().equals("npu")).count();
    assertThat(areas).hasSize(1 + (int) npus);
    assertThat(r.warningsBySource().get("emerging")).isEmpty();

    PipelineResult none = run(sample, "no-such-level");
    assertThat(none.emerging().orElseThrow().areas()).isEmpty();
    assertThat(none.warningsBySource().get("emerging")).singleElement().asString().contains("no-such-level");
    Path off = tmp.resolve("off");
    Outputs.write(none, off);
    assertThat(off.resolve("ehsa-areas.csv")).doesNotExist();
    assertThat(off.resolve("ehsa-areas_periods.csv")).doesNotExist();
  }
}
