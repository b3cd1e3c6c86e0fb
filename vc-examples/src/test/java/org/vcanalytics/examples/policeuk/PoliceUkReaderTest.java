package org.vcanalytics.examples.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.load.BrokenFileException;
import org.vcanalytics.core.load.Rejection;

/** The police.uk adapter on small hand-made downloads: every rule of docs/open-data.md. */
class PoliceUkReaderTest {

  static final String HEADER = String.join(",", PoliceUkReader.STREET_HEADER);
  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  static final String C = "c".repeat(64);

  @TempDir Path tmp;

  static String row(String id, String month, String force, String lon, String lat, String lsoa, String type) {
    return String.join(",", id, month, force, force, lon, lat, "On or near Cheapside", lsoa,
        lsoa.isEmpty() ? "" : "City of London 001A", type, type.equals("Anti-social behaviour") ? "" : "Under investigation", "");
  }

  static Path write(Path dir, String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theRulesOnOneFile() throws IOException {
    write(tmp, "2024-03-city-of-london-street.csv",
        row(A, "2024-03", "City of London Police", "-0.0937", "51.5142", "E01000001", "Violence and sexual offences"),
        row("", "2024-03", "City of London Police", "-0.0937", "51.5142", "E01000001", "Anti-social behaviour"),
        row(B, "2024-03", "City of London Police", "", "", "", "Robbery"),
        row(A, "2024-03", "City of London Police", "-0.0937", "51.5142", "E01000001", "Violence and sexual offences"),
        row(C, "2024-03", "City of London Police", "-0.09", "51.51", "E01000001", "Shoplifting"));
    PoliceUkLoad load = PoliceUkReader.read(tmp, PoliceUkFormat.STREET);
    assertThat(load.rows()).isEqualTo(5);
    assertThat(load.antiSocialBehaviourRows()).isEqualTo(1);
    assertThat(load.duplicateCrimeIds()).isEqualTo(1);
    assertThat(load.violentWithoutLocation()).isEqualTo(1);
    assertThat(load.dataset().crimes()).extracting(Crime::id).containsExactly(A, B);
    Crime a = load.dataset().crime(A).orElseThrow();
    assertThat(a.hoCode()).isEqualTo(PoliceUkRules.VIOLENCE_CODE);
    assertThat(a.committedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(a.areaCodes()).containsEntry("lsoa", "E01000001").containsEntry("force", "City of London Police");
    assertThat(a.location().orElseThrow().easting()).isBetween(532_000.0, 533_000.0);
    assertThat(a.location().orElseThrow().northing()).isBetween(181_000.0, 181_500.0);
    Crime b = load.dataset().crime(B).orElseThrow();
    assertThat(b.hoCode()).isEqualTo(PoliceUkRules.ROBBERY_CODE);
    assertThat(b.location()).isEmpty();
    assertThat(b.areaCodes()).doesNotContainKey("lsoa");
    Rejection dup = load.report().rejections().get(0);
    assertThat(dup.file()).isEqualTo("2024-03-city-of-london-street.csv");
    assertThat(dup.line()).isEqualTo(5);
    assertThat(dup.column()).isEqualTo("Crime ID");
    assertThat(dup.reason()).contains("line 2").contains("first is kept");
    assertThat(load.report().files().get(0).rowsRead()).isEqualTo(5);
    assertThat(load.report().files().get(0).rejected()).isEqualTo(1);
    assertThat(load.report().warnings()).anyMatch(w -> w.contains("1 anti-social behaviour rows are not crimes"));
    assertThat(load.areaNames().get("lsoa")).containsEntry("E01000001", "City of London 001A");
  }

  @Test
  void badValuesAreListedAndLoseNothing() throws IOException {
    write(tmp, "2024-03-x-street.csv",
        row(A, "2024-13", "X", "-0.09", "51.51", "", "Robbery"),
        row(B, "2024-03", "X", "east", "51.51", "", "Robbery"),
        row(C, "2024-03", "X", "-0.09", "", "", "Robbery"),
        row("d".repeat(64), "2024-03", "X", "-0.09", "51.51", "", "Kidnap"),
        row("e".repeat(64), "2024-03", "X", "2.35", "48.85", "", "Robbery"));
    PoliceUkLoad load = PoliceUkReader.read(tmp, PoliceUkFormat.STREET);
    List<Rejection> r = load.report().rejections();
    assertThat(r).hasSize(5);
    assertThat(r.get(0)).extracting(Rejection::line, Rejection::column, Rejection::value, Rejection::rowRejected)
        .containsExactly(2L, "Month", "2024-13", true);
    assertThat(r.get(1).reason()).startsWith("not a number");
    assertThat(r.get(1).rowRejected()).isFalse();
    assertThat(r.get(2).reason()).startsWith("only one of longitude and latitude");
    assertThat(r.get(3)).extracting(Rejection::column, Rejection::value).containsExactly("Crime type", "Kidnap");
    assertThat(r.get(4).reason()).startsWith("not a WGS84 position in Great Britain");
    assertThat(load.dataset().crimes()).hasSize(3).allSatisfy(c -> assertThat(c.location()).isEmpty());
    assertThat(load.report().files().get(0).valuesDropped()).isEqualTo(3);
  }

  @Test
  void aWrongHeaderIsOneClearMessage() throws IOException {
    Files.writeString(tmp.resolve("2024-03-x-street.csv"), "Crime ID,Month\n" + A + ",2024-03\n");
    assertThat(PoliceUkReader.isStreetDownload(tmp)).isFalse();
    assertThatThrownBy(() -> PoliceUkReader.read(tmp, PoliceUkFormat.STREET))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("2024-03-x-street.csv line 1")
        .hasMessageContaining("not that of a police.uk street file");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> PoliceUkReader.read(empty, PoliceUkFormat.STREET))
        .hasMessageContaining("not a police.uk download");
  }

  @Test
  void subFoldersAndSeveralForcesFlatOrNot() throws IOException {
    Path flat = tmp.resolve("flat");
    write(flat, "2024-02-west-midlands-street.csv",
        row(A, "2024-02", "West Midlands Police", "-1.8904", "52.4862", "E01033620", "Violent crime"));
    write(flat, "2024-02-city-of-london-street.csv",
        row(B, "2024-02", "City of London Police", "-0.0937", "51.5142", "E01000001", "Robbery"));
    Path nested = tmp.resolve("nested");
    write(nested, "2024-02/2024-02-city-of-london-street.csv",
        row(B, "2024-02", "City of London Police", "-0.0937", "51.5142", "E01000001", "Robbery"));
    write(nested, "2024-02/2024-02-west-midlands-street.csv",
        row(A, "2024-02", "West Midlands Police", "-1.8904", "52.4862", "E01033620", "Violent crime"));
    Files.writeString(nested.resolve("README.txt"), "not a data file");
    assertThat(PoliceUkReader.isStreetDownload(flat)).isTrue();
    assertThat(PoliceUkReader.isStreetDownload(nested)).isTrue();
    PoliceUkLoad f = PoliceUkReader.read(flat, PoliceUkFormat.STREET);
    PoliceUkLoad n = PoliceUkReader.read(nested, PoliceUkFormat.STREET);
    assertThat(f.forces()).containsExactly("City of London Police", "West Midlands Police");
    assertThat(n.files()).containsExactly(
        "2024-02/2024-02-city-of-london-street.csv", "2024-02/2024-02-west-midlands-street.csv");
    assertThat(n.dataset().crimes()).isEqualTo(f.dataset().crimes());
    assertThat(f.dataset().crimes()).extracting(Crime::id).containsExactly(A, B); // the data set keeps id order
    assertThat(f.dataset().crime(A).orElseThrow().hoCode()).isEqualTo(PoliceUkRules.VIOLENCE_CODE);
  }

  @Test
  void apiExtractMapsSlugs() throws IOException {
    Files.writeString(tmp.resolve("extract.csv"),
        "\"\",\"type\",\"street\",\"month\",\"latitude\",\"longitude\",\"ward\"\n"
            + "\"1\",\"violent-crime\",\"On or near X\",\"2017-11\",\"52.48\",\"-1.89\",\"Ladywood\"\n"
            + "\"2\",\"anti-social-behaviour\",\"On or near X\",\"2017-11\",\"52.48\",\"-1.89\",\"Ladywood\"\n"
            + "\"3\",\"robbery\",\"On or near X\",\"2017-11\",\"52.48\",\"-1.89\",\"\"\n"
            + "\"4\",\"mugging\",\"On or near X\",\"2017-11\",\"52.48\",\"-1.89\",\"\"\n");
    PoliceUkLoad load = PoliceUkReader.read(tmp, PoliceUkFormat.API);
    assertThat(load.rowsByCrimeType()).containsEntry("Violence and sexual offences", 1L)
        .containsEntry("Robbery", 1L).containsEntry("Anti-social behaviour", 1L);
    assertThat(load.dataset().crimes()).extracting(Crime::id).containsExactly("extract.csv:2", "extract.csv:4");
    assertThat(load.dataset().crimes().get(0).areaCodes()).containsEntry("ward", "Ladywood");
    assertThat(load.report().rejections()).singleElement()
        .extracting(Rejection::line, Rejection::column, Rejection::value).containsExactly(5L, "type", "mugging");
  }

  @Test
  void categoryWeightsAreTheMedianOfTheirCodes() {
    assertThat(PoliceUkRules.weight(PoliceUkRules.VIOLENCE_CODE).weight()).isCloseTo(1022.814458, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(PoliceUkRules.weight(PoliceUkRules.VIOLENCE_CODE).codes()).isEqualTo(55);
    assertThat(PoliceUkRules.weight(PoliceUkRules.ROBBERY_CODE).weight()).isCloseTo(799.6288702, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(PoliceUkRules.weights().name()).contains("approximation");
    assertThat(PoliceUkRules.weights().find("PUK-VSO").orElseThrow().value()).isCloseTo(1022.8144580, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(PoliceUkRules.weights().find("8N")).isPresent(); // the default table behind it
  }
}
