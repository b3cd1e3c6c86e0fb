package org.vcanalytics.examples.policeuk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.examples.cli.VcCommand;

/** {@code vc analyse} on the bundled police.uk sample (examples/police-uk-sample, in the repository). */
class PoliceUkCommandTest {

  static final Path SAMPLE = Path.of("..", "examples", "police-uk-sample");

  @TempDir Path tmp;

  static int run(StringWriter err, String... args) {
    return VcCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
  }

  @Test
  void autoDetectsTheDownloadAndWritesTheSummary() throws Exception {
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    assertThat(run(err, "analyse", "--data", SAMPLE.toString(), "--as-of", "2018-12-31", "--out", out.toString()))
        .as(err.toString()).isZero();
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode p = s.path("police_uk");
    assertThat(p.path("rows").asLong()).isEqualTo(1_559);
    assertThat(p.path("rows_by_crime_type").path("Violence and sexual offences").asLong()).isEqualTo(230);
    assertThat(p.path("rows_by_crime_type").path("Robbery").asLong()).isEqualTo(18);
    assertThat(p.path("anti_social_behaviour_rows").asLong()).isEqualTo(216);
    assertThat(p.path("duplicate_crime_ids").asLong()).isEqualTo(13);
    assertThat(p.path("violent_crimes").asLong()).isEqualTo(243);
    assertThat(p.path("violent_crimes_without_location").asLong()).isEqualTo(28);
    assertThat(s.path("crimes").path("violent").asLong()).isEqualTo(243);
    assertThat(s.path("input").has("2018-11/2018-11-city-of-london-street.csv")).isTrue();
    List<String> areas = Files.readAllLines(out.resolve(PoliceUkOutputs.AREAS_FILE));
    assertThat(areas).first().isEqualTo("level,area_id,area_name");
    assertThat(areas).contains("force,City of London Police,City of London Police");
    assertThat(Files.readString(out.resolve("events.csv"))).doesNotContain("KNIFE").contains("PUK-VSO");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("police.uk open-data download")
        .contains("Harm is an approximation")
        .contains("The police.uk crime types");
  }

  @Test
  void validateReadsTheDownloadToo() {
    StringWriter out = new StringWriter();
    int code = VcCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "validate", "--data", SAMPLE.toString());
    assertThat(code).isEqualTo(1); // the 13 repeated Crime IDs are rejected rows
    assertThat(out.toString())
        .contains("2018-11/2018-11-city-of-london-street.csv")
        .contains("13 rows rejected")
        .contains("repeats the Crime ID of");
  }

  @Test
  void explicitFormatsAndBadOnes() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "analyse", "--data", SAMPLE.toString(), "--format", "sideways", "--as-of", "2018-12-31",
        "--out", tmp.resolve("a").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--format must be one of").doesNotContain("Exception");
    StringWriter err2 = new StringWriter();
    assertThat(run(err2, "analyse", "--data", "../examples/sample-package", "--format", "police-uk",
        "--as-of", "2018-12-31", "--out", tmp.resolve("b").toString())).isEqualTo(2);
    assertThat(err2.toString()).contains("not a police.uk download").doesNotContain("\tat ");
  }

  @Test
  void theSameBytesWhateverTheLayout() throws Exception {
    // The same two months flat in one folder and in YYYY-MM sub-folders give the same tables.
    Path flat = Files.createDirectories(tmp.resolve("flat"));
    for (String m : List.of("2018-12", "2018-11")) {
      String name = m + "-city-of-london-street.csv";
      Files.copy(SAMPLE.resolve(m).resolve(name), flat.resolve(name));
    }
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    StringWriter err = new StringWriter();
    assertThat(run(err, "analyse", "--data", flat.toString(), "--as-of", "2018-12-31", "--out", a.toString())).isZero();
    assertThat(run(err, "analyse", "--data", SAMPLE.toString(), "--format", "police-uk", "--as-of", "2018-12-31",
        "--out", b.toString())).isZero();
    for (String f : List.of("events.csv", "hotspots.csv", "grid.csv", "police-uk-areas.csv")) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }
}
