package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vcanalytics.core.load.Rejection.Action.ROW_REJECTED;
import static org.vcanalytics.core.load.Rejection.Action.VALUE_DROPPED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;

/**
 * The package {@code packages/bad} holds one row of each bad kind of spec §5 among good rows. Each is
 * reported with its file, line, column, reason and action; a bad optional value is dropped and its
 * row kept, and no good row is lost.
 */
class BadPackageTest {

  @TempDir static Path tmp;
  static LoadResult result;

  @BeforeAll
  static void load() throws IOException {
    Path dir = TestPackages.copy("bad", tmp.resolve("bad"));
    // A huge field (20,000 characters, over the 10,000 default limit) on crimes.csv line 5 and
    // people.csv line 3; a BEL in the person id on people.csv line 9; an ESC in crimes.csv line 7.
    replace(dir.resolve("crimes.csv"), "HUGE", "x".repeat(20_000));
    replace(dir.resolve("crimes.csv"), "ESCAPE", "\u001B");
    replace(dir.resolve("people.csv"), "HUGE", "y".repeat(20_000));
    replace(dir.resolve("people.csv"), "BELL", "\u0007");
    result = VcPackage.load(dir);
  }

  private static void replace(Path file, String placeholder, String text) throws IOException {
    Files.writeString(file, Files.readString(file).replace(placeholder, text));
  }

  @Test
  void everyProblemIsReportedWithFileLineColumnAndAction() {
    assertThat(result.report().rejections())
        .extracting(Rejection::file, Rejection::line, Rejection::column, Rejection::action)
        .containsExactly(
            tuple("people.csv", 3L, "(row)", ROW_REJECTED),
            tuple("people.csv", 4L, "date_of_birth", VALUE_DROPPED),
            tuple("people.csv", 5L, "sex", VALUE_DROPPED),
            tuple("people.csv", 6L, "date_of_birth", VALUE_DROPPED),
            tuple("people.csv", 6L, "home_easting", VALUE_DROPPED),
            tuple("people.csv", 7L, "person_id", ROW_REJECTED),
            tuple("people.csv", 9L, "person_id", ROW_REJECTED),
            tuple("crimes.csv", 3L, "recorded_on", VALUE_DROPPED),
            tuple("crimes.csv", 4L, "committed_on", ROW_REJECTED),
            tuple("crimes.csv", 5L, "(row)", ROW_REJECTED),
            tuple("crimes.csv", 6L, "crime_id", ROW_REJECTED),
            tuple("crimes.csv", 8L, "ho_code", ROW_REJECTED),
            tuple("crimes.csv", 9L, "(row)", ROW_REJECTED),
            tuple("involvements.csv", 4L, "role", ROW_REJECTED),
            tuple("involvements.csv", 5L, "crime_id", ROW_REJECTED),
            tuple("involvements.csv", 6L, "person_id", ROW_REJECTED),
            tuple("involvements.csv", 7L, "crime_id", ROW_REJECTED),
            tuple("involvements.csv", 8L, "person_id", ROW_REJECTED),
            tuple("involvements.csv", 9L, "(row)", ROW_REJECTED),
            tuple("intel.csv", 3L, "source_evaluation", ROW_REJECTED),
            tuple("intel.csv", 4L, "intelligence_assessment", ROW_REJECTED),
            tuple("intel.csv", 5L, "source_evaluation", ROW_REJECTED),
            tuple("intel.csv", 6L, "grading_system", ROW_REJECTED),
            tuple("intel.csv", 7L, "handling_code", VALUE_DROPPED),
            tuple("intel_people.csv", 4L, "person_id", ROW_REJECTED),
            tuple("intel_people.csv", 5L, "intel_id", ROW_REJECTED),
            tuple("intel_people.csv", 6L, "intel_id", ROW_REJECTED),
            tuple("custody.csv", 3L, "mental_health", VALUE_DROPPED),
            tuple("custody.csv", 4L, "person_id", ROW_REJECTED),
            tuple("ocg.csv", 3L, "to", VALUE_DROPPED),
            tuple("areas.geojson", 3L, "id", ROW_REJECTED),
            tuple("areas.geojson", 4L, "geometry", ROW_REJECTED),
            tuple("areas.geojson", 5L, "geometry", ROW_REJECTED),
            tuple("areas.geojson", 6L, "id", ROW_REJECTED),
            tuple("areas.geojson", 7L, "population", VALUE_DROPPED));
  }

  @Test
  void reasonsSayWhatIsWrong() {
    assertThat(result.report().rejections())
        .extracting(Rejection::value, Rejection::reason)
        .contains(
            tuple("2021-02-30", "impossible date: no such day in the calendar"),
            tuple("01/02/1990", "not a date in YYYY-MM-DD form"),
            tuple("X", "unknown value; expected one of F, M, U"),
            tuple(
                "900000",
                "outside Great Britain: a National Grid easting is 0 to 700000 metres;"
                    + " home_easting and home_northing are dropped together"),
            tuple("P001", "duplicate id: the row on line 2 has it and is kept"),
            // The BEL is shown escaped, never as the character itself.
            tuple("P0\\u000707", "holds a control character (U+0007)"),
            tuple("2024-02-01", "recorded before it was committed (committed_on 2024-02-10)"),
            tuple("2024-02-30", "impossible date: no such day in the calendar"),
            tuple("C001", "duplicate id: the row on line 2 has it and is kept"),
            tuple("", "a value is required"),
            tuple("C007,8N,2024-04-01", "the row has 3 fields but the header has 5"),
            tuple(
                "ASSAILANT",
                "unknown value; expected one of VICTIM, OFFENDER, SUSPECT, WITNESS, OTHER"),
            tuple("C999", "names C999, which is not in crimes.csv"),
            tuple("P999", "names P999, which is not in people.csv"),
            tuple("C003", "names C003, whose row in crimes.csv (line 4) was rejected"),
            tuple("P002", "names P002, whose row in people.csv (line 3) was rejected"),
            tuple(
                "C001,P001,OFFENDER",
                "duplicate: the same person in the same role on the same crime is on line 2"),
            tuple("4", "graded outside its system: a 3x5x2 source evaluation is 1, 2 or 3"),
            tuple("6", "graded outside its system: a 5x5x5 intelligence assessment is 1 to 5"),
            tuple("A", "graded outside its system: a 3x5x2 source evaluation is 1, 2 or 3"),
            tuple("4x4", "unknown grading system; expected 3x5x2 or 5x5x5"),
            tuple("3", "graded outside its system: a 3x5x2 handling code is P or C"),
            tuple("P001", "the log already names this person on line 2; a person cannot be their own link"),
            tuple("I002", "names I002, whose row in intel.csv (line 3) was rejected"),
            tuple("I404", "names I404, which is not in intel.csv"),
            tuple("maybe", "not a flag: expected Y or N (or true/false, 1/0), or blank"),
            tuple("P404", "names P404, which is not in people.csv"),
            tuple(
                "2020-01-01",
                "the membership ends before it starts (from 2021-01-01); read as no end recorded"),
            tuple("", "a value is required"),
            tuple("Point", "not a Polygon or MultiPolygon; areas must be polygons"),
            tuple("[-74.0,40.7]", "outside Great Britain (longitude -9 to 3, latitude 49 to 61)"),
            tuple("L1", "duplicate id in level lsoa: the feature on line 2 has it and is kept"),
            tuple("many", "not a whole number of people"));
  }

  @Test
  void aHugeFieldIsShownShortenedWithItsLength() {
    Rejection huge =
        result.report().rejections().stream().filter(r -> r.line() == 5 && r.file().equals("crimes.csv"))
            .findFirst().orElseThrow();
    assertThat(huge.reason()).isEqualTo("a field is 20000 characters long; the limit is 10000");
    assertThat(huge.value()).hasSize(200 + "… (20000 characters)".length()).endsWith("… (20000 characters)");
  }

  @Test
  void countsReconcileForEveryFile() {
    LoadReport r = result.report();
    for (FileReport f : r.files()) {
      long rejected = r.rejectedRows().stream().filter(x -> x.file().equals(f.file())).count();
      long dropped = r.droppedValues().stream().filter(x -> x.file().equals(f.file())).count();
      assertThat(f.rejected()).as(f.file()).isEqualTo(rejected);
      assertThat(f.valuesDropped()).as(f.file()).isEqualTo(dropped);
      assertThat(f.accepted() + f.rejected()).as(f.file()).isEqualTo(f.rowsRead());
    }
    // people.csv: 8 rows; rejected: line 3 (huge field), 7 (repeated id), 9 (BEL in the id) = 3;
    // accepted 8 - 3 = 5, with 4 values dropped (line 4 date, 5 sex, 6 date and home).
    assertThat(r.file("people.csv")).isEqualTo(new FileReport("people.csv", true, 8, 5, 3, 4));
    // crimes.csv: 8 rows; rejected lines 4, 5, 6, 8, 9 = 5; C002 on line 3 kept without recorded_on.
    assertThat(r.file("crimes.csv")).isEqualTo(new FileReport("crimes.csv", true, 8, 3, 5, 1));
    assertThat(r.file("involvements.csv")).isEqualTo(new FileReport("involvements.csv", true, 10, 4, 6, 0));
    assertThat(r.file("intel.csv")).isEqualTo(new FileReport("intel.csv", true, 7, 3, 4, 1));
    assertThat(r.file("intel_people.csv")).isEqualTo(new FileReport("intel_people.csv", true, 7, 4, 3, 0));
    assertThat(r.file("custody.csv")).isEqualTo(new FileReport("custody.csv", true, 4, 3, 1, 1));
    assertThat(r.file("ocg.csv")).isEqualTo(new FileReport("ocg.csv", true, 3, 3, 0, 1));
    assertThat(r.file("schools.csv")).isEqualTo(new FileReport("schools.csv", true, 0, 0, 0, 0));
    assertThat(r.file("areas.geojson")).isEqualTo(new FileReport("areas.geojson", true, 6, 2, 4, 1));
    // 3 + 5 + 6 + 4 + 3 + 1 + 0 + 0 + 4 = 26 rows rejected; 4 + 1 + 1 + 1 + 1 + 1 = 9 values dropped.
    assertThat(r.rejectedCount()).isEqualTo(26);
    assertThat(r.droppedCount()).isEqualTo(9);
    assertThat(r.hasRejections()).isTrue();
    assertThat(r.hasDroppedValues()).isTrue();
  }

  @Test
  void noGoodRowIsLost() {
    VcDataset d = result.dataset();
    assertThat(d.people()).extracting(p -> p.id()).containsExactly("P001", "P003", "P004", "P005", "P006");
    assertThat(d.person("P001").orElseThrow().dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(d.person("P003").orElseThrow().dateOfBirth()).isEmpty();
    assertThat(d.person("P005").orElseThrow().home()).isEmpty();
    assertThat(d.crimes()).extracting(c -> c.id()).containsExactly("C001", "C002", "C005");
    assertThat(d.crime("C001").orElseThrow().committedOn()).hasToString("2024-01-01");
    assertThat(d.crime("C002").orElseThrow().committedOn()).hasToString("2024-02-10");
    assertThat(d.crime("C002").orElseThrow().recordedOn()).isEmpty();
    // The ESC of "red\u001B[0m" is removed: free text keeps no control character.
    assertThat(d.crime("C005").orElseThrow().moText()).hasValue("red[0m");
    assertThat(d.involvements())
        .extracting(i -> i.crimeId() + "/" + i.personId() + "/" + i.role())
        .containsExactly(
            "C001/P001/OFFENDER", "C001/P006/VICTIM", "C002/P004/WITNESS", "C005/P001/SUSPECT");
    assertThat(d.intelLogs()).extracting(l -> l.id()).containsExactly("I001", "I006", "I007");
    assertThat(d.intelLog("I006").orElseThrow().handlingCode()).isEmpty();
    assertThat(d.peopleNamedIn("I001")).containsExactly("P001", "P006");
    assertThat(d.peopleNamedIn("I007")).containsExactly("P006");
    assertThat(d.custodyRecords()).extracting(c -> c.id()).containsExactly("K001", "K002", "K004");
    assertThat(d.ocgMemberships()).extracting(m -> m.personId()).containsExactlyInAnyOrder("P001", "P004", "P006");
    assertThat(d.involvementsOf("P001")).extracting(i -> i.role()).containsExactly(Role.OFFENDER, Role.SUSPECT);
    assertThat(d.areas()).extracting(a -> a.id() + ":" + a.crs()).containsExactly("L1:WGS84", "L7:WGS84");
  }

  @Test
  void aPersonWithADroppedSexKeepsEveryRowThatNamesThem() {
    // P004's sex X is dropped; the person is kept, and so is every row of another file naming P004.
    VcDataset d = result.dataset();
    assertThat(d.person("P004").orElseThrow().sex()).isEmpty();
    assertThat(d.involvementsOf("P004")).extracting(i -> i.crimeId() + "/" + i.role()).containsExactly("C002/WITNESS");
    assertThat(d.intelNaming("P004")).extracting(l -> l.id()).containsExactly("I006");
    assertThat(d.custodyOf("P004")).extracting(c -> c.id()).containsExactly("K004");
    assertThat(d.ocgMembershipsOn("P004", LocalDate.of(2024, 1, 1))).extracting(m -> m.ocgId()).containsExactly("OCG2");
  }

  @Test
  void warningsNameIgnoredColumnsCleanedTextAndEmptyFiles() {
    assertThat(result.report().warnings())
        .containsExactly(
            "people.csv: column 'nickname' is not in the data contract and was ignored",
            "crimes.csv: control characters removed from 1 free-text value (line breaks read as"
                + " spaces) in mo_text",
            "schools.csv is empty (not even a header): read as a file with no rows");
  }
}
