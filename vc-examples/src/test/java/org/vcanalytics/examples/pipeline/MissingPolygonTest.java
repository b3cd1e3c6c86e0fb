package org.vcanalytics.examples.pipeline;

import org.vcanalytics.examples.cli.VcCommand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crime whose pre-assigned area code has no polygon in areas.geojson: the analysis still writes
 * every file, the crime is counted under its code, the map draws the areas it has, and the summary
 * and the report say how many crimes carry such codes.
 *
 * <p>The sample package with crime C003 (robbery, 2024-05-05, violent) given {@code lsoa} =
 * {@code E01999999}, which no feature of areas.geojson has. The lsoa level has polygons for
 * E01000001 only. Violent crimes up to 2024-12-31: C001 (lsoa E01000001, pre-assigned, npu NPU1,
 * neighbourhood NB1, postcode_district b5), C002 (no codes, no location), C003 (lsoa E01999999).
 * So, per level, the violent crimes whose code has no polygon: lsoa 1 (C003); neighbourhood 1 and
 * postcode_district 1 (C001's NB1 and b5: those levels have no polygons at all); npu 0 (NPU1 has
 * one).
 */
class MissingPolygonTest {

  @TempDir Path tmp;
  Path data;
  Path out;

  @BeforeEach
  void copySampleWithACodeWithoutPolygon() throws IOException {
    data = tmp.resolve("data");
    out = tmp.resolve("out");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of("../examples/sample-package"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    Path crimes = data.resolve("crimes.csv");
    String text = Files.readString(crimes, StandardCharsets.UTF_8);
    String before = "C003,34b,2024-05-05,,Robbery of personal property,407000,287000,,,,,,,,,,";
    assertThat(text).contains(before);
    Files.writeString(crimes, text.replace(before, before + "E01999999"), StandardCharsets.UTF_8);
  }

  @Test
  void theAnalysisWritesEveryFileAndCountsTheCrimeUnderItsCode() throws IOException {
    assertThat(VcCommand.execute("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString()))
        .isZero();
    assertThat(out.resolve("report.html")).isRegularFile();
    // hotspots.csv has the code's rows: C003 in 2024, under E01999999.
    List<Map<String, String>> rows = AnalyseEndToEndTest.read(out.resolve("hotspots.csv"));
    assertThat(rows)
        .filteredOn(h -> h.get("level").equals("lsoa") && h.get("area_id").equals("E01999999")
            && h.get("period").equals("2024") && h.get("typology").equals("ALL"))
        .singleElement()
        .satisfies(h -> assertThat(h.get("vc_events")).isEqualTo("1"))
        .satisfies(h -> assertThat(h.get("rate_per_1000")).isEmpty());
    assertThat(AnalyseEndToEndTest.reconciledLevels(out)).contains("lsoa");
    // summary.json: per level, the violent crimes whose code has no polygon.
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode n = s.path("areas").path("violent_crimes_with_code_without_polygon");
    assertThat(n.path("lsoa").asLong(-1)).isEqualTo(1);
    assertThat(n.path("npu").asLong(-1)).isEqualTo(0);
    assertThat(n.path("neighbourhood").asLong(-1)).isEqualTo(1);
    assertThat(n.path("postcode_district").asLong(-1)).isEqualTo(1);
    assertThat(s.path("areas").path("codes_without_polygon").path("lsoa").toString()).isEqualTo("[\"E01999999\"]");
  }

  /**
   * summary.json lists the warnings the report shows (Report's list: load, classification, harm and
   * hotspots, in that order), the hotspot pillar's included, and counts them per source. Here the
   * hotspot pillar warns of E01999999, a code with no polygon.
   */
  @Test
  void summaryJsonHasTheHotspotWarningsTheReportShows() throws IOException {
    assertThat(VcCommand.execute("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString()))
        .isZero();
    org.vcanalytics.core.load.LoadResult loaded =
        org.vcanalytics.core.load.VcPackage.load(data, org.vcanalytics.core.load.LoadOptions.defaults()
            .withAsOf(java.time.LocalDate.of(2024, 12, 31)));
    Pipeline.PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), java.time.LocalDate.of(2024, 12, 31),
        PipelineOptions.defaults(), x -> {});
    List<String> hotspots = r.hotspots().warnings();
    assertThat(hotspots).isNotEmpty().anySatisfy(w -> assertThat(w).contains("E01999999"));
    List<String> expected = new java.util.ArrayList<>();
    expected.addAll(r.load().warnings());
    expected.addAll(r.classification().warnings());
    expected.addAll(r.harm().warnings());
    expected.addAll(hotspots);
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    List<String> written = new java.util.ArrayList<>();
    s.path("warnings").forEach(w -> written.add(w.asText()));
    assertThat(written).containsExactlyElementsOf(expected);
    List<String> shown = new java.util.ArrayList<>();
    org.vcanalytics.examples.report.DashboardFiles.data(out.resolve("report.html")).path("warnings")
        .forEach(w -> shown.add(w.asText()));
    assertThat(shown).containsExactlyElementsOf(expected); // the dashboard's first screen lists the same
    assertThat(s.at("/warning_sources/hotspots").asInt(-1)).isEqualTo(hotspots.size());
    assertThat(s.at("/warning_sources/load").asInt(-1)
        + s.at("/warning_sources/classification").asInt(-1) + s.at("/warning_sources/harm").asInt(-1)
        + hotspots.size()).isEqualTo(written.size());
  }

  @Test
  void theMapDrawsTheAreasItHasAndTheDashboardCountsTheRest() throws IOException {
    assertThat(VcCommand.execute("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString()))
        .isZero();
    com.fasterxml.jackson.databind.JsonNode d =
        org.vcanalytics.examples.report.DashboardFiles.data(out.resolve("report.html"));
    // lsoa: two areas by id, E01000001 (a polygon) and E01999999 (a code with none); one shape.
    com.fasterxml.jackson.databind.JsonNode lsoa = null;
    for (com.fasterxml.jackson.databind.JsonNode l : d.path("levels")) {
      if (l.path("level").asText().equals("lsoa")) {
        lsoa = l;
      }
    }
    assertThat(lsoa).isNotNull();
    assertThat(lsoa.path("polygons").asBoolean()).isTrue();
    assertThat(lsoa.path("areas").toString()).contains("\"E01000001\"").contains("\"E01999999\"");
    assertThat(d.path("geometry").path("lsoa").path("features").size()).isEqualTo(1);
    // Its figures still count the code (index 1 = E01999999): one violent crime in 2024.
    int year = -1;
    for (int i = 0; i < d.path("periods").path("year").size(); i++) {
      if (d.path("periods").path("year").get(i).asText().equals("2024")) {
        year = i;
      }
    }
    boolean counted = false;
    for (com.fasterxml.jackson.databind.JsonNode row : d.path("figures").path("lsoa").path("ALL").path("year")) {
      if (row.get(0).asInt() == 1 && row.get(1).asInt() == year) {
        counted = row.get(2).asLong() == 1;
      }
    }
    assertThat(counted).isTrue();
    // The coverage note: lsoa has 1 violent crime with a code with no polygon (E01999999);
    // neighbourhood has no polygons at all (NB1).
    String coverage = d.path("coverage").toString();
    assertThat(coverage).contains("{\"level\":\"lsoa\",\"has_polygons\":true,\"violent_crimes\":1,"
        + "\"violent_crimes_as_of_year\":1,\"codes\":[\"E01999999\"]}");
    assertThat(coverage).contains("\"level\":\"neighbourhood\",\"has_polygons\":false").contains("\"NB1\"");
  }


  @Test
  void everyOtherTableCountsTheCrimeUnderItsCode() throws IOException {
    assertThat(VcCommand.execute("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString()))
        .isZero();
    // factors.csv: C003's offender P001 and victim P003 are the group of the code.
    assertThat(AnalyseEndToEndTest.read(out.resolve("factors.csv")))
        .filteredOn(f -> f.get("group").equals("lsoa E01999999") && f.get("factor").equals("MENTAL_HEALTH"))
        .singleElement().satisfies(f -> assertThat(f.get("of")).isEqualTo("2"));
    // travel.csv: P001 lives in E01000001 (407520, 286790), outside E01999999.
    assertThat(AnalyseEndToEndTest.read(out.resolve("travel.csv")))
        .filteredOn(t -> t.get("kind").equals("origins") && t.get("level").equals("lsoa")
            && t.get("area").equals("E01999999"))
        .singleElement().satisfies(t -> assertThat(t.get("count")).isEqualTo("1"))
        .satisfies(t -> assertThat(t.get("outside_or_people")).isEqualTo("1"));
    // The GeoJSON files hold only the areas with polygons.
    assertThat(Files.readString(out.resolve("hotspots-lsoa.geojson"))).contains("E01000001").doesNotContain("E01999999");
  }
}
