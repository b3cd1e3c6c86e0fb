package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken file stops the load with one error naming the file and line. */
class BrokenFileTest {

  @TempDir Path tmp;

  private Path pkg(String crimes) throws IOException {
    Path dir = tmp.resolve("pkg");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("crimes.csv"), crimes);
    return dir;
  }

  @Test
  void notUtf8() throws IOException {
    Path dir = pkg("");
    Files.write(
        dir.resolve("crimes.csv"),
        "crime_id,ho_code,committed_on,offence_title\nC1,8N,2024-01-01,ok\nC2,8N,2024-01-01,Caf\u00e9 fight\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("crimes.csv line 3: is not UTF-8 text")
        .satisfies(e -> assertThat(((BrokenFileException) e).line()).isEqualTo(3));
  }

  @Test
  void notCsv() throws IOException {
    Path dir = pkg("{\"type\": \"FeatureCollection\", \"features\": []}\n");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("crimes.csv line 1: wrong header: required columns crime_id, ho_code,"
            + " committed_on are missing");
  }

  @Test
  void wrongHeader() throws IOException {
    Path dir = pkg("crime_id,code,committed_on\nC1,8N,2024-01-01\n");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessage(
            "crimes.csv line 1: wrong header: required column ho_code is missing; the header reads"
                + " 'crime_id,code,committed_on'. Is this the right file, and is it CSV?");
  }

  @Test
  void aColumnNamedTwice() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on,HO_CODE\nC1,8N,2024-01-01,8N\n");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessage("crimes.csv line 1: the header names column 'ho_code' twice (columns 2 and 4)");
  }

  @Test
  void anUnterminatedQuote() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on,mo_text\nC1,8N,2024-01-01,\"never closed\nC2,8N,2024-01-01,x\n");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("crimes.csv line ")
        .hasMessageContaining("not valid CSV");
  }

  @Test
  void brokenOptionalFileStopsTheLoadToo() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    Files.writeString(dir.resolve("involvements.csv"), "crime,person,role\nC1,P1,VICTIM\n");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("involvements.csv line 1: wrong header");
  }

  @Test
  void areasThatAreNotGeoJson() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    Files.writeString(dir.resolve("areas.geojson"), "{\"type\": \"FeatureCollection\",\n \"features\": [\n {\"type\": ]}");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("areas.geojson line 3: is not valid JSON");
    Files.writeString(dir.resolve("areas.geojson"), "{\"type\": \"Feature\"}");
    assertThatThrownBy(() -> VcPackage.load(dir))
        .hasMessage("areas.geojson line 1: is not a GeoJSON FeatureCollection with a 'features' array");
  }

  @Test
  void areasWithoutCrsInMetresAreBritishNationalGrid() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    Files.writeString(
        dir.resolve("areas.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"level\":\"npu\",\"id\":\"N1\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[400000,280000],[401000,280000],[401000,281000],[400000,280000]]]}}]}");
    assertThat(VcPackage.load(dir).dataset().areas().get(0).crs())
        .isEqualTo(org.vcanalytics.core.Area.Crs.BRITISH_NATIONAL_GRID);
  }

  @Test
  void manyBlankLinesAreSkippedAndSaidSo() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n" + "\"\"\n  \n\t\n".repeat(20_000) + "C2,8N,2024-01-02\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().crimes()).hasSize(2);
    assertThat(r.report().warnings())
        .contains("crimes.csv: 60000 lines holding only white space or an empty quoted field skipped as blank");
  }

  @Test
  void anEmptyPeopleFileIsNoRegister() throws IOException {
    Path dir = pkg("crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    Files.writeString(dir.resolve("people.csv"), "");
    Files.writeString(dir.resolve("involvements.csv"), "crime_id,person_id,role\nC1,P1,VICTIM\n");
    Files.writeString(dir.resolve("areas.geojson"), "");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.report().rejections()).isEmpty();
    assertThat(r.dataset().people()).extracting(p -> p.id()).containsExactly("P1");
    assertThat(r.report().warnings())
        .contains(
            "people.csv is empty (not even a header): read as a file with no rows; people are taken"
                + " from the ids in the other files",
            "areas.geojson is empty: read as a file with no areas");
  }

  @Test
  void missingCrimesFileOrFolder() throws IOException {
    Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> VcPackage.load(tmp.resolve("empty")))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("crimes.csv: is missing from");
    assertThatThrownBy(() -> VcPackage.load(tmp.resolve("nowhere")))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("is not a folder");
  }

  @Test
  void headerOnlyAndBomCrlfSpreadsheetExportsLoad() throws IOException {
    Path dir = pkg("\uFEFFCrime_ID,HO_Code,Committed_On\r\nC1,8N,2024-01-01\r\n");
    Files.writeString(dir.resolve("people.csv"), "person_id\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().crimes()).hasSize(1);
    assertThat(r.report().file("people.csv")).isEqualTo(new FileReport("people.csv", true, 0, 0, 0));
    assertThat(r.report().warnings()).contains("people.csv has a header but no rows");
    assertThat(r.report().file("involvements.csv").present()).isFalse();
  }
}
