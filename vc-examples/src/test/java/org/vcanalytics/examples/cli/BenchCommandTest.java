package org.vcanalytics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vc bench}: every stage of the contract measured, one table, one JSON line; no time asserted. */
class BenchCommandTest {

  @TempDir Path tmp;

  @Test
  void benchMeasuresEveryStageAndWritesTheSameFilesAsAnalyse() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path bench = tmp.resolve("bench");
    int code =
        VcCommand.execute(new PrintWriter(out), new PrintWriter(err),
            "bench", "--data", "../examples/sample-package", "--as-of", "2024-12-31", "--out", bench.toString());
    assertThat(code).as(err.toString()).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]).get("vc_bench");
    assertThat(json.get("as_of").asText()).isEqualTo("2024-12-31");
    List<String> stages = new ArrayList<>();
    for (JsonNode s : json.get("stages")) {
      stages.add(s.get("stage").asText());
      assertThat(s.get("wall_s").asDouble()).isNotNegative();
      assertThat(s.get("cpu_s").asDouble()).isNotNegative();
      assertThat(s.get("alloc_mb").asDouble()).isNotNegative();
      assertThat(s.get("peak_heap_mb").asDouble()).isPositive();
    }
    assertThat(stages)
        .startsWith("load people.csv", "load crimes.csv", "load involvements.csv", "load intel.csv",
            "load intel_people.csv", "load custody.csv", "load ocg.csv", "load schools.csv",
            "load areas.geojson", "load index", "classify", "network", "proximity", "harm", "hotspots", "grid")
        .contains("write people.csv", "write events.csv", "write network.graphml", "write report.html");
    assertThat(lines[0]).startsWith("stage").contains("wall s", "cpu s", "alloc MB", "peak MB");
    assertThat(out.toString()).contains("\ntotal ");

    // The files are those of vc analyse, byte for byte.
    Path analysed = tmp.resolve("analysed");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31",
        "--out", analysed.toString())).isZero();
    try (var files = Files.list(analysed)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readAllBytes(bench.resolve(f.getFileName()))).as(f.getFileName().toString())
            .isEqualTo(Files.readAllBytes(f));
      }
    }
  }
}
