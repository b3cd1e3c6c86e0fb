package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.synthetic.SyntheticForce;
import org.vcanalytics.harm.Category;
import org.vcanalytics.network.NetworkMeasures;

/** people.csv's network measures: empty by default, the sub-network's measures when enabled. */
class MeasuresColumnsTest {

  @TempDir Path tmp;

  private static final List<String> COLUMNS =
      List.of("degree", "weighted_degree", "betweenness", "closeness", "component", "community", "coreness");

  @Test
  void offByDefaultTheColumnsAreEmptyAndTheSummarySaysSo() throws Exception {
    Pipeline.PipelineResult r = run(PipelineOptions.defaults(), tmp.resolve("off"));
    assertThat(r.measures()).isEmpty();
    for (Map<String, String> row : rows(tmp.resolve("off/people.csv"))) {
      COLUMNS.forEach(c -> assertThat(row.get(c)).as(c).isEmpty());
    }
    JsonNode m = new ObjectMapper().readTree(tmp.resolve("off/summary.json").toFile()).at("/network/measures");
    assertThat(m.get("computed").asBoolean()).isFalse();
  }

  @Test
  void enabledTheyAreThoseOfTheCategorySubNetwork() throws Exception {
    PipelineOptions o =
        PipelineOptions.defaults().withMeasures(MeasuresOptions.defaults().withEnabled(true));
    Pipeline.PipelineResult r = run(o, tmp.resolve("on"));
    NetworkMeasures m = r.measures().orElseThrow();
    int filled = 0;
    for (Map<String, String> row : rows(tmp.resolve("on/people.csv"))) {
      String id = row.get("person_id");
      var pm = m.person(id).filter(NetworkMeasures.PersonMeasures::linked);
      if (pm.isEmpty()) {
        COLUMNS.forEach(c -> assertThat(row.get(c)).as(id + " " + c).isEmpty());
        continue;
      }
      // Only people in a category are in the sub-network.
      assertThat(row.get("category")).isNotEqualTo(Category.NONE.name());
      assertThat(Integer.parseInt(row.get("degree"))).isEqualTo(pm.get().degree());
      assertThat(Double.parseDouble(row.get("betweenness"))).isCloseTo(pm.get().betweenness(), org.assertj.core.data.Offset.offset(5e-5));
      assertThat(Integer.parseInt(row.get("component"))).isEqualTo(pm.get().component());
      assertThat(Integer.parseInt(row.get("coreness"))).isEqualTo(pm.get().coreness());
      filled++;
    }
    assertThat(filled).isPositive();
    JsonNode s = new ObjectMapper().readTree(tmp.resolve("on/summary.json").toFile()).at("/network/measures");
    assertThat(s.get("computed").asBoolean()).isTrue();
    assertThat(s.get("people").asInt()).isEqualTo(m.size());
    assertThat(s.get("seed").asLong()).isEqualTo(1);
  }

  private Pipeline.PipelineResult run(PipelineOptions o, Path out) {
    Path pkg = tmp.resolve("pkg-" + out.getFileName());
    SyntheticForce.generate(pkg, new SyntheticForce.Settings(2_000, 3, 7, LocalDate.of(2024, 12, 31)));
    LocalDate asOf = LocalDate.of(2025, 1, 1);
    LoadResult loaded = VcPackage.load(pkg);
    Pipeline.PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), asOf, o, line -> {});
    Outputs.write(r, out);
    return r;
  }

  private static List<Map<String, String>> rows(Path csv) throws Exception {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      return it.readAll();
    }
  }
}
