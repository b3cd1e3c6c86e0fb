package org.vcanalytics.examples.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.examples.cli.VcCommand;

/**
 * Golden figures on the real police.uk data of the shared folder (its SOURCE.md files give them):
 * City of London Police, 24 monthly street files, and a Birmingham city-centre API extract. Skipped
 * when the data is absent, failing instead when {@code vc.requireSharedData} is true.
 */
class PoliceUkGoldenTest {

  static final Path EXTERNAL = Path.of("..", "..", "shared", "data", "external");
  static final Path CITY = EXTERNAL.resolve("police-uk-city-of-london");
  static final Path BIRMINGHAM = EXTERNAL.resolve("birmingham-centre-crime-2017");

  @TempDir Path tmp;

  /** The folder, when it is there; else a skip, or a failure when the shared data is required. */
  static Path require(Path dir) {
    return require(dir, Boolean.getBoolean("vc.requireSharedData"));
  }

  /** As {@link #require(Path)}, with the property's value given. */
  static Path require(Path dir, boolean required) {
    if (!Files.isDirectory(dir)) {
      String where = dir.toAbsolutePath().normalize().toString();
      if (required) {
        fail("the real-data folder " + where + " is absent, and vc.requireSharedData is true: put the"
            + " project's shared data folder in place (it is not in the repository)");
      }
      abort("skipped: the real-data folder " + where + " is absent (it lives in the project's shared data folder)");
    }
    return dir;
  }

  @Test
  void absentSharedDataFailsWhenRequiredAndSkipsOtherwise() {
    Path nowhere = tmp.resolve("no-such-download");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> require(nowhere, true))
        .isInstanceOf(org.opentest4j.AssertionFailedError.class)
        .hasMessageContaining("vc.requireSharedData is true");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> require(nowhere, false))
        .isInstanceOf(org.opentest4j.TestAbortedException.class);
  }

  @Test
  void cityOfLondonThroughTheAdapter() {
    PoliceUkLoad load = PoliceUkReader.read(require(CITY), PoliceUkFormat.STREET);
    assertThat(load.files()).hasSize(24);
    assertThat(load.rows()).isEqualTo(15_858);
    assertThat(load.rowsByCrimeType())
        .containsEntry("Violence and sexual offences", 2_268L)
        .containsEntry("Robbery", 160L)
        .containsEntry("Anti-social behaviour", 3_043L)
        .containsEntry("Other theft", 3_269L)
        .containsEntry("Possession of weapons", 124L)
        .hasSize(14);
    assertThat(load.antiSocialBehaviourRows()).isEqualTo(3_043);
    assertThat(load.violentRows()).isEqualTo(2_428);
    assertThat(load.duplicateCrimeIds()).isEqualTo(52); // 20 of them violent
    assertThat(load.dataset().crimes()).hasSize(2_408);
    assertThat(load.violentWithoutLocation()).isEqualTo(249);
    assertThat(load.report().rejectedCount()).isEqualTo(52);
    assertThat(load.report().droppedCount()).isZero();
    assertThat(load.forces()).containsExactly("City of London Police");
    assertThat(load.areaNames().get("lsoa")).hasSize(31).containsEntry("E01000001", "City of London 001A");
    assertThat(load.months().first()).isEqualTo("2017-01");
    assertThat(load.months().last()).isEqualTo("2018-12");
    FileReport december = load.report().files().stream()
        .filter(f -> f.file().equals("2017-12-city-of-london-street.csv")).findFirst().orElseThrow();
    assertThat(december.rowsRead()).isEqualTo(651);
    assertThat(load.dataset().people()).isEmpty();
  }

  @Test
  void cityOfLondonThroughTheSummary() throws Exception {
    Path out = tmp.resolve("out");
    int code = run("analyse", "--data", require(CITY).toString(), "--as-of", "2018-12-31", "--out", out.toString());
    assertThat(code).isZero();
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode p = s.path("police_uk");
    assertThat(p.path("format").asText()).isEqualTo("police-uk");
    assertThat(p.path("rows").asLong()).isEqualTo(15_858);
    assertThat(p.path("rows_by_crime_type").path("Violence and sexual offences").asLong()).isEqualTo(2_268);
    assertThat(p.path("rows_by_crime_type").path("Robbery").asLong()).isEqualTo(160);
    assertThat(p.path("anti_social_behaviour_rows").asLong()).isEqualTo(3_043);
    assertThat(p.path("duplicate_crime_ids").asLong()).isEqualTo(52);
    assertThat(p.path("harm_weights").path("approximation").asBoolean()).isTrue();
    assertThat(p.path("harm_weights").path("PUK-VSO").path("weight").asText()).isEqualTo("1022.8145");
    assertThat(p.path("harm_weights").path("PUK-ROBBERY").path("weight").asText()).isEqualTo("799.6289");
    assertThat(p.path("not_produced").path("harm_per_person").asText()).contains("no people");
    assertThat(s.path("crimes").path("violent").asLong()).isEqualTo(2_408);
    assertThat(s.path("crimes").path("definition").asText()).isEqualTo("POLICE_UK");
    assertThat(s.path("cohort").path("size").asLong()).isZero();
    assertThat(s.path("network").path("people").asLong()).isZero();
    assertThat(Files.readAllLines(out.resolve("rejections.csv"))).hasSize(53);
    assertThat(Files.readAllLines(out.resolve("people.csv"))).hasSize(1);
    assertThat(Files.readAllLines(out.resolve("links.csv"))).hasSize(1);
    assertThat(Files.readString(out.resolve("hotspots.csv"))).contains("force,City of London Police,2017-01,ALL,");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("police.uk open-data download")
        .contains("every crime is dated the 15th");
  }

  @Test
  void birminghamApiExtract() {
    PoliceUkLoad load = PoliceUkReader.read(require(BIRMINGHAM), PoliceUkFormat.API);
    assertThat(load.rows()).isEqualTo(17_260);
    assertThat(load.violentRows()).isEqualTo(3_886);
    assertThat(load.rowsByCrimeType())
        .containsEntry("Violence and sexual offences", 3_174L)
        .containsEntry("Robbery", 712L)
        .containsEntry("Anti-social behaviour", 3_384L)
        .containsEntry("Vehicle crime", 2_092L);
    assertThat(load.dataset().crimes()).hasSize(3_886);
    assertThat(load.violentWithoutLocation()).isZero();
    assertThat(load.report().rejections()).isEmpty();
    assertThat(load.months()).hasSize(11);
    assertThat(load.forces()).isEmpty();
    assertThat(load.dataset().crimes())
        .allSatisfy(c -> assertThat(c.location()).isPresent())
        .allSatisfy(c -> assertThat(c.areaCodes()).containsKey("ward"));
    Map<String, Long> wards = new java.util.TreeMap<>();
    load.dataset().crimes().forEach(c -> wards.merge(c.areaCodes().get("ward"), 1L, Long::sum));
    assertThat(wards.keySet()).isSubsetOf("Ladywood", "Nechells", "Aston", "Soho", "Edgbaston");
  }

  @Test
  void birminghamThroughTheCommand() throws Exception {
    Path out = tmp.resolve("bham");
    int code = run("analyse", "--data", require(BIRMINGHAM).toString(), "--format", "police-uk-api",
        "--as-of", "2017-11-30", "--out", out.toString());
    assertThat(code).isZero();
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(s.path("police_uk").path("violent_crime_rows").asLong()).isEqualTo(3_886);
    assertThat(s.path("crimes").path("violent").asLong()).isEqualTo(3_886);
  }

  static int run(String... args) {
    StringWriter err = new StringWriter();
    int code = VcCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    if (code != 0) {
      System.err.println(err);
    }
    return code;
  }
}
