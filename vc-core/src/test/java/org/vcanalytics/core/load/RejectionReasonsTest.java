package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rejection reason of docs/data-contract.md, one worked example each. The package holds a
 * minimal valid base (people P1, P2; crime C1; log I1) and the file under test gets a header and
 * the one bad row, on line 2 — or line 3 when the first data row (line 2) is a good row the bad one
 * repeats.
 */
class RejectionReasonsTest {

  @TempDir Path dir;

  private static final String PEOPLE = "person_id,date_of_birth,sex,home_easting,home_northing\nP1,,,,\nP2,,,,\n";
  private static final String CRIMES = "crime_id,ho_code,committed_on,recorded_on\nC1,8N,2024-01-01,\n";
  private static final String INTEL =
      "intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment,handling_code\n"
          + "I1,2024-01-01,,1,A,\n";

  @ParameterizedTest(name = "{0} {3}: {5}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // file | header | rows (\n-separated) | column | value | reason | line | action (R = row rejected, D = value dropped)
        "crimes.csv|crime_id,ho_code,committed_on|C1,8N,2024-01-01\\nC2,,2024-01-01|ho_code||a value is required|3|R",
        "crimes.csv|crime_id,ho_code,committed_on|C1,8N,2024-01-01\\nC2,8N|(row)|C2,8N|the row has 2 fields but the header has 3|3|R",
        "crimes.csv|crime_id,ho_code,committed_on|C1,8N,2024-01-01\\nC2,8N,01/02/2024|committed_on|01/02/2024|not a date in YYYY-MM-DD form|3|R",
        "crimes.csv|crime_id,ho_code,committed_on|C1,8N,2024-01-01\\nC2,8N,2023-02-29|committed_on|2023-02-29|impossible date: no such day in the calendar|3|R",
        "crimes.csv|crime_id,ho_code,committed_on|C1,8N,2024-01-01\\nC2,8N,1066-10-14|committed_on|1066-10-14|implausible date: outside 1900-01-01 to 2100-12-31|3|R",
        "crimes.csv|crime_id,ho_code,committed_on,domestic_abuse|C1,8N,2024-01-01,\\nC2,8N,2024-01-01,maybe|domestic_abuse|maybe|not a flag: expected Y or N (or true/false, 1/0), or blank|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,weapon|C1,8N,2024-01-01,\\nC2,8N,2024-01-01,SPOON|weapon|SPOON|unknown value; expected one of NONE, KNIFE_OR_SHARP, FIREARM, IMITATION_FIREARM, AIR_WEAPON, BLUNT, OTHER|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,weapon_use|C1,8N,2024-01-01,\\nC2,8N,2024-01-01,WAVED|weapon_use|WAVED|unknown value; expected one of USED, THREATENED, FIRED, POSSESSED|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,easting,northing|C1,8N,2024-01-01,,\\nC2,8N,2024-01-01,\"407,123\",286000|easting|407,123|not a number of metres (write it with a dot, e.g. 407123.5); easting and northing are dropped together|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,easting,northing|C1,8N,2024-01-01,,\\nC2,8N,2024-01-01,-1.89,52.48|easting|-1.89|outside Great Britain: a National Grid easting is 0 to 700000 metres; easting and northing are dropped together|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,easting,northing|C1,8N,2024-01-01,,\\nC2,8N,2024-01-01,400000,1400000|northing|1400000|outside Great Britain: a National Grid northing is 0 to 1300000 metres; easting and northing are dropped together|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,easting,northing|C1,8N,2024-01-01,,\\nC2,8N,2024-01-01,,286000|easting||blank while northing is given; easting and northing are dropped together|3|D",
        "crimes.csv|crime_id,ho_code,committed_on,recorded_on|C1,8N,2024-01-01,\\nC2,8N,2024-01-10,2024-01-09|recorded_on|2024-01-09|recorded before it was committed (committed_on 2024-01-10)|3|D",
        "crimes.csv|crime_id,ho_code,committed_on|C1,8N,2024-01-01\\nC1,5A,2024-01-02|crime_id|C1|duplicate id: the row on line 2 has it and is kept|3|R",
        "people.csv|person_id,sex|P1,F\\nP2,X|sex|X|unknown value; expected one of F, M, U|3|D",
        "people.csv|person_id,home_easting,home_northing|P1,,\\nP2,407000,|home_northing||blank while home_easting is given; home_easting and home_northing are dropped together|3|D",
        "involvements.csv|crime_id,person_id,role|C1,P1,VICTIM\\nC1,P2,ASSAILANT|role|ASSAILANT|unknown value; expected one of VICTIM, OFFENDER, SUSPECT, WITNESS, OTHER|3|R",
        "involvements.csv|crime_id,person_id,role|C1,P1,VICTIM\\nC9,P2,VICTIM|crime_id|C9|names C9, which is not in crimes.csv|3|R",
        "involvements.csv|crime_id,person_id,role|C1,P1,VICTIM\\nC1,P9,VICTIM|person_id|P9|names P9, which is not in people.csv|3|R",
        "involvements.csv|crime_id,person_id,role|C1,P1,VICTIM\\nC1,P1,victim|(row)|C1,P1,VICTIM|duplicate: the same person in the same role on the same crime is on line 2|3|R",
        "intel.csv|intel_id,recorded_on,source_evaluation,intelligence_assessment|I1,2024-01-01,1,A\\nI2,2024-01-01,4,C|source_evaluation|4|graded outside its system: a 3x5x2 source evaluation is 1, 2 or 3|3|R",
        "intel.csv|intel_id,recorded_on,source_evaluation,intelligence_assessment|I1,2024-01-01,1,A\\nI2,2024-01-01,1,F|intelligence_assessment|F|graded outside its system: a 3x5x2 intelligence assessment is A to E|3|R",
        "intel.csv|intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment|I1,2024-01-01,,1,A\\nI2,2024-01-01,5x5x5,F,1|source_evaluation|F|graded outside its system: a 5x5x5 source evaluation is A to E|3|R",
        "intel.csv|intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment|I1,2024-01-01,,1,A\\nI2,2024-01-01,5x5x5,A,6|intelligence_assessment|6|graded outside its system: a 5x5x5 intelligence assessment is 1 to 5|3|R",
        "intel.csv|intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment,handling_code|I1,2024-01-01,,1,A,\\nI2,2024-01-01,5x5x5,A,1,P|handling_code|P|graded outside its system: a 5x5x5 handling code is 1 to 5|3|D",
        "intel.csv|intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment|I1,2024-01-01,,1,A\\nI2,2024-01-01,4x4,1,A|grading_system|4x4|unknown grading system; expected 3x5x2 or 5x5x5|3|R",
        "intel_people.csv|intel_id,person_id|I1,P1\\nI1,P1|person_id|P1|the log already names this person on line 2; a person cannot be their own link|3|R",
        "intel_people.csv|intel_id,person_id|I1,P1\\nI9,P1|intel_id|I9|names I9, which is not in intel.csv|3|R",
        "custody.csv|custody_id,person_id,booked_on,alcohol|K1,P1,2024-01-01,\\nK2,P1,2024-01-01,often|alcohol|often|not a flag: expected Y or N (or true/false, 1/0), or blank|3|D",
        "custody.csv|custody_id,person_id,booked_on|K1,P1,2024-01-01\\nK1,P2,2024-01-02|custody_id|K1|duplicate id: the row on line 2 has it and is kept|3|R",
        "ocg.csv|person_id,ocg_id,from,to|P1,G1,2020-01-01,\\nP2,G1,2021-01-01,2020-12-31|to|2020-12-31|the membership ends before it starts (from 2021-01-01); read as no end recorded|3|D",
        "ocg.csv|person_id,ocg_id,from,to|P1,G1,2020-01-01,\\nP1,G1,2020-01-01,2020-06-01|(row)|P1,G1,2020-01-01|duplicate: the same membership (person, OCG, start date) is on line 2|3|R",
        "ocg.csv|person_id,ocg_id,from|P1,G1,2020-01-01\\nP9,G1,2020-01-01|person_id|P9|names P9, which is not in people.csv|3|R",
        "schools.csv|urn,name,easting,northing|1,A,400000,280000\\n2,B,,|easting||a value is required|3|R",
        "schools.csv|urn,name,easting,northing|1,A,400000,280000\\n1,B,400000,280000|urn|1|duplicate id: the row on line 2 has it and is kept|3|R",
      })
  void rejectsTheRowOrDropsTheValue(
      String file, String header, String rows, String column, String value, String reason, long line,
      String action)
      throws IOException {
    Files.writeString(dir.resolve("people.csv"), PEOPLE);
    Files.writeString(dir.resolve("crimes.csv"), CRIMES);
    Files.writeString(dir.resolve("intel.csv"), INTEL);
    Files.writeString(dir.resolve(file), header + "\n" + rows.replace("\\n", "\n") + "\n");
    LoadReport report = VcPackage.load(dir).report();
    boolean dropped = action.equals("D");
    assertThat(report.rejections())
        .containsExactly(
            new Rejection(
                file, line, column, value == null ? "" : value, reason,
                dropped ? Rejection.Action.VALUE_DROPPED : Rejection.Action.ROW_REJECTED));
    FileReport f = report.file(file);
    long n = rows.split("\\\\n").length;
    // A dropped value keeps its row: all n accepted, 1 value dropped; a rejected row: n - 1 and 0.
    assertThat(f).isEqualTo(new FileReport(file, true, n, dropped ? n : n - 1, dropped ? 0 : 1, dropped ? 1 : 0));
    assertThat(report.rejectedCount()).isEqualTo(dropped ? 0 : 1);
    assertThat(report.droppedCount()).isEqualTo(dropped ? 1 : 0);
    assertThat(report.hasRejections()).isEqualTo(!dropped);
  }

  @org.junit.jupiter.api.Test
  void fieldLengthCountsCharactersNotCodeUnits() throws IOException {
    // Three knife emoji (each two UTF-16 code units) and 8 x: 11 characters (17 code units), over a
    // limit of 10; the good row's 3 emoji and 7 x are 10 characters (13 code units), at the limit.
    String field = "\uD83D\uDD2A".repeat(3) + "x".repeat(8);
    Files.writeString(
        dir.resolve("crimes.csv"),
        "crime_id,ho_code,committed_on,mo_text\nC1,8N,2024-01-01,"
            + "\uD83D\uDD2A".repeat(3) + "x".repeat(7) + "\nC2,8N,2024-01-01," + field + "\n");
    LoadReport report = VcPackage.load(dir, new LoadOptions(10)).report();
    assertThat(report.rejections())
        .containsExactly(
            new Rejection("crimes.csv", 3, "(row)", field, "a field is 11 characters long; the limit is 10"));
    // A shortened value never splits a character.
    assertThat(SafeText.shown("\uD83D\uDD2A".repeat(300))).startsWith("\uD83D\uDD2A".repeat(200) + "… (300");
  }

  @ParameterizedTest(name = "areas: {1} ({4})")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{\"type\":\"Feature\",\"properties\":{\"level\":\"npu\",\"id\":\"N2\",\"population\":12.5},\"geometry\":SQUARE}`|population|12.5|not a whole number of people|D",
        "`{\"type\":\"Feature\",\"properties\":{\"id\":\"N2\"},\"geometry\":SQUARE}`|level||a value is required|R",
        "`{\"type\":\"Feature\",\"properties\":{\"level\":\"npu\",\"id\":\"N2\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[400000,280000],[401000,280000],[400000,280000]]]}}`|geometry|[[400000,280000],[401000,280000],[400000,280000]]|a ring needs at least 4 positions|R",
        "`{\"type\":\"Feature\",\"properties\":{\"level\":\"npu\",\"id\":\"N1\"},\"geometry\":SQUARE}`|id|N1|duplicate id in level npu: the feature on line 2 has it and is kept|R",
      })
  void rejectsAreas(String feature, String column, String value, String reason, String action)
      throws IOException {
    String square =
        "{\"type\":\"Polygon\",\"coordinates\":[[[400000,280000],[401000,280000],[401000,281000],[400000,280000]]]}";
    String good = "{\"type\":\"Feature\",\"properties\":{\"level\":\"npu\",\"id\":\"N1\"},\"geometry\":" + square + "}";
    Files.writeString(dir.resolve("crimes.csv"), CRIMES);
    Files.writeString(
        dir.resolve("areas.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[\n" + good + ",\n" + feature.replace("SQUARE", square) + "\n]}\n");
    LoadReport report = VcPackage.load(dir).report();
    boolean dropped = action.equals("D");
    assertThat(report.rejections())
        .containsExactly(
            new Rejection(
                "areas.geojson", 3, column, value == null ? "" : value, reason,
                dropped ? Rejection.Action.VALUE_DROPPED : Rejection.Action.ROW_REJECTED));
    // Two features: a bad population keeps its feature (2 accepted, 1 value dropped).
    assertThat(report.file("areas.geojson"))
        .isEqualTo(new FileReport("areas.geojson", true, 2, dropped ? 2 : 1, dropped ? 0 : 1, dropped ? 1 : 0));
    assertThat(List.of(report.file("crimes.csv").accepted())).containsExactly(1L);
  }
}
