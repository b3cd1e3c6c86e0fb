package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vcanalytics.core.load.Rejection.Action.ROW_REJECTED;
import static org.vcanalytics.core.load.Rejection.Action.VALUE_DROPPED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.VcDataset;

/**
 * Control characters (U+0000–U+001F but tab, and U+007F): in an id, or a key naming another file's
 * row, they reject the row (an id cannot be "not recorded"); in free text they are removed, tab
 * kept, line breaks read as spaces. Reports show them escaped, never as the characters.
 */
class ControlCharactersTest {

  @TempDir Path dir;

  private static final String ESC = "\u001B";
  private static final String NUL = "\u0000";

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  private void base() throws IOException {
    write("people.csv", "person_id\nP1\n");
    write("crimes.csv", "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    write("intel.csv", "intel_id,recorded_on,source_evaluation,intelligence_assessment\nI1,2024-01-01,2,C\n");
  }

  /** Each id column with ESC in it (written as {@code ^} here): the row is rejected. */
  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file | header | column | row with ^ for ESC
        "people.csv|person_id|person_id|P^2",
        "crimes.csv|crime_id,ho_code,committed_on|crime_id|C^2,8N,2024-01-01",
        "crimes.csv|crime_id,ho_code,committed_on|ho_code|C2,8^N,2024-01-01",
        "involvements.csv|crime_id,person_id,role|crime_id|C1^,P1,VICTIM",
        "involvements.csv|crime_id,person_id,role|person_id|C1,^P1,VICTIM",
        "intel.csv|intel_id,recorded_on,source_evaluation,intelligence_assessment|intel_id|I^2,2024-01-01,2,C",
        "intel_people.csv|intel_id,person_id|intel_id|I^1,P1",
        "intel_people.csv|intel_id,person_id|person_id|I1,P1^",
        "custody.csv|custody_id,person_id,booked_on|custody_id|K^1,P1,2024-01-01",
        "custody.csv|custody_id,person_id,booked_on|person_id|K1,P^1,2024-01-01",
        "ocg.csv|person_id,ocg_id,from|person_id|P^1,G1,2020-01-01",
        "ocg.csv|person_id,ocg_id,from|ocg_id|P1,G^1,2020-01-01",
        "schools.csv|urn,name,easting,northing|urn|10^3456,A school,400000,280000",
      })
  void aControlCharacterInAnIdRejectsTheRow(String file, String header, String column, String row)
      throws IOException {
    base();
    String line = row.replace("^", ESC);
    // Appended to the base file when it is one, so the base row stays on line 2.
    String text = file.equals("people.csv") || file.equals("crimes.csv") || file.equals("intel.csv")
        ? Files.readString(dir.resolve(file)) + line + "\n"
        : header + "\n" + line + "\n";
    write(file, text);
    LoadReport report = VcPackage.load(dir).report();
    String bad = line.split(",")[java.util.Arrays.asList(header.split(",")).indexOf(column)];
    long at = file.equals("people.csv") || file.equals("crimes.csv") || file.equals("intel.csv") ? 3 : 2;
    assertThat(report.rejections())
        .containsExactly(
            new Rejection(
                file, at, column, bad.replace(ESC, "\\u001B"), "holds a control character (U+001B)",
                ROW_REJECTED));
  }

  @Test
  void freeTextLosesItsControlCharactersButKeepsTabsAndWordBreaks() throws IOException {
    write(
        "crimes.csv",
        "crime_id,ho_code,committed_on,offence_title,mo_text,postcode,npu,lsoa\n"
            + "C1,8N,2024-01-01,Assault" + NUL + " with injury,\"line one\r\nline two\tend\",B5" + ESC
            + " 4AB,NPU" + ESC + "[31m1,\u007F\n");
    write(
        "intel.csv",
        "intel_id,recorded_on,source_evaluation,intelligence_assessment,handling_code,headers\n"
            + "I1,2024-01-01,2,C,P\u0007,DOMESTIC" + ESC + " ABUSE;WEAPONS\n");
    write("ocg.csv", "person_id,ocg_id,from,role\nP1,G1,2020-01-01,lead" + NUL + "er\n");
    write("schools.csv", "urn,name,easting,northing,phase,status\n1,Sample" + ESC + "Academy,400000,280000,Second\u0001ary,Op\u0002en\n");
    LoadResult r = VcPackage.load(dir);
    VcDataset d = r.dataset();
    Crime c = d.crime("C1").orElseThrow();
    assertThat(c.offenceTitle()).hasValue("Assault with injury");
    // CRLF inside a quoted field is one line break: one space; the tab stays.
    assertThat(c.moText()).hasValue("line one line two\tend");
    assertThat(c.postcode()).hasValue("B5 4AB");
    // The ESC of an ANSI colour code goes; the rest of the code is text and stays.
    assertThat(c.areaCodes()).containsExactly(java.util.Map.entry("npu", "NPU[31m1"));
    assertThat(d.intelLog("I1").orElseThrow().handlingCode()).hasValue("P");
    assertThat(d.intelLog("I1").orElseThrow().headers()).containsExactly("DOMESTIC ABUSE", "WEAPONS");
    assertThat(d.ocgMemberships().get(0).role()).hasValue("leader");
    assertThat(d.school("1").orElseThrow().name()).isEqualTo("SampleAcademy");
    assertThat(d.school("1").orElseThrow().phase()).hasValue("Secondary");
    assertThat(d.school("1").orElseThrow().status()).hasValue("Open");
    // The lsoa held nothing but a DEL: not recorded, and listed as a dropped value.
    assertThat(r.report().rejections())
        .containsExactly(
            Rejection.valueDropped("crimes.csv", 2, "lsoa", "\\u007F", "holds only control characters"));
    assertThat(r.report().warnings())
        .contains(
            "crimes.csv: control characters removed from 4 free-text values (line breaks read as"
                + " spaces) in offence_title, postcode, mo_text, npu",
            "intel.csv: control characters removed from 2 free-text values (line breaks read as"
                + " spaces) in handling_code, headers",
            "ocg.csv: control characters removed from 1 free-text value (line breaks read as spaces)"
                + " in role",
            "schools.csv: control characters removed from 3 free-text values (line breaks read as"
                + " spaces) in name, phase, status");
  }

  @Test
  void aDateFlagOrCodeWithAControlCharacterIsBad() throws IOException {
    // Not silently trimmed: U+001F is white space to String.strip(), but not to the loader.
    write(
        "crimes.csv",
        "crime_id,ho_code,committed_on,recorded_on,weapon,domestic_abuse\n"
            + "C1,8N,2024-01-01\u001F,,,\n"
            + "C2,8N,2024-01-01,2024-01-02\u001F,KNIFE" + NUL + ",Y\u0007\n");
    LoadReport r = VcPackage.load(dir).report();
    assertThat(r.rejections())
        .extracting(Rejection::line, Rejection::column, Rejection::value, Rejection::action)
        .containsExactly(
            tuple(2L, "committed_on", "2024-01-01\\u001F", ROW_REJECTED),
            tuple(3L, "recorded_on", "2024-01-02\\u001F", VALUE_DROPPED),
            tuple(3L, "weapon", "KNIFE\\u0000", VALUE_DROPPED),
            tuple(3L, "domestic_abuse", "Y\\u0007", VALUE_DROPPED));
    assertThat(r.rejections()).allSatisfy(x -> assertThat(x.reason()).startsWith("holds a control character (U+00"));
  }

  @Test
  void aSchoolUrnOfACustodyRecordIsDroppedNotTheRecord() throws IOException {
    base();
    write("custody.csv", "custody_id,person_id,booked_on,school_urn\nK1,P1,2024-01-01,10" + ESC + "3456\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().custodyRecords()).hasSize(1);
    assertThat(r.dataset().custodyRecords().get(0).schoolUrn()).isEmpty();
    assertThat(r.report().droppedValues())
        .containsExactly(
            Rejection.valueDropped(
                "custody.csv", 2, "school_urn", "10\\u001B3456", "holds a control character (U+001B)"));
  }

  @Test
  void areaIdsAndLevelsRejectTheFeatureNamesAreStripped() throws IOException {
    base();
    String square =
        "{\"type\":\"Polygon\",\"coordinates\":[[[400000,280000],[401000,280000],[401000,281000],[400000,280000]]]}";
    write(
        "areas.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"properties\":{\"level\":\"npu\",\"id\":\"N1\",\"name\":\"North\\u001b[2J One\"},\"geometry\":" + square + "},\n"
            + "{\"type\":\"Feature\",\"properties\":{\"level\":\"npu\",\"id\":\"N\\u00002\"},\"geometry\":" + square + "},\n"
            + "{\"type\":\"Feature\",\"properties\":{\"level\":\"np\\nu\",\"id\":\"N3\"},\"geometry\":" + square + "}\n"
            + "]}\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().areas()).extracting(a -> a.id() + ":" + a.name()).containsExactly("N1:North[2J One");
    assertThat(r.report().rejections())
        .containsExactly(
            new Rejection("areas.geojson", 3, "id", "N\\u00002", "holds a control character (U+0000)"),
            new Rejection("areas.geojson", 4, "level", "np\\u000Au", "holds a control character (U+000A)"));
    assertThat(r.report().file("areas.geojson")).isEqualTo(new FileReport("areas.geojson", true, 3, 1, 2, 0));
  }

  @Test
  void shownValuesEscapeControlsAndNeverSplitACharacter() {
    // 3 characters, the middle one escaped as 6: "a\u001Bb" is shown as a, \u001B, b.
    assertThat(SafeText.shown("a" + ESC + "b")).isEqualTo("a\\u001Bb");
    // Capped at 80 shown characters: 13 escapes of 6 are 78, a 14th would make 84.
    assertThat(SafeText.echo(ESC.repeat(20))).isEqualTo("\\u001B".repeat(13) + "…");
    assertThat(SafeText.echo("x".repeat(81))).isEqualTo("x".repeat(80) + "…");
    assertThat(SafeText.stripControls("a\r\nb\nc\rd" + NUL + "e\tf")).isEqualTo("a b c de\tf");
  }
}
