package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.VcDataset;

/**
 * The people named by involvements.csv and intel_people.csv are looked up a batch at a time
 * ({@link PersonReferences}); over several batches, every row meets the fate a look-up of its own
 * gives it, and the report lists the rejections in line order.
 */
class PersonReferencesTest {

  @TempDir Path dir;

  /**
   * 200 involvements (lines 2 to 201, more than three batches of 64) naming P0 to P198 on C1; among
   * them line 10 names P900, not registered; line 70 names P901, whose people.csv row (line 3) was
   * rejected for a field over the limit of 10 characters; line 75 has a bad role (rejected at once,
   * before its person is looked up); line 140 repeats line 139 (a duplicate); line 201, the last,
   * names P902 (looked up at the end of the file). So 200 − 5 = 195 involvements are kept.
   */
  @Test
  void everyRowOverSeveralBatchesMeetsItsFate() throws IOException {
    StringBuilder people = new StringBuilder("person_id,date_of_birth,sex,home_easting,home_northing\n");
    people.append("P0,,,,\n").append("P901,,FFFFFFFFFFF,,\n"); // line 3: an 11-character field
    for (int i = 1; i < 200; i++) {
      people.append("P").append(i).append(",,,,\n");
    }
    Files.writeString(dir.resolve("people.csv"), people.toString());
    Files.writeString(dir.resolve("crimes.csv"), "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    StringBuilder inv = new StringBuilder("crime_id,person_id,role\n");
    for (int line = 2; line <= 201; line++) {
      String person = switch (line) {
        case 10 -> "P900";
        case 70 -> "P901";
        case 140 -> "P137"; // line 139 names P137 too, in the same role
        case 201 -> "P902";
        default -> "P" + (line - 2);
      };
      inv.append("C1,").append(person).append(line == 75 ? ",ASSAILANT\n" : ",VICTIM\n");
    }
    Files.writeString(dir.resolve("involvements.csv"), inv.toString());

    LoadResult result = VcPackage.load(dir, new LoadOptions(10));

    List<Rejection> involvements = new ArrayList<>();
    for (Rejection r : result.report().rejections()) {
      if (r.file().equals("involvements.csv")) {
        involvements.add(r);
      }
    }
    assertThat(involvements)
        .containsExactly(
            new Rejection("involvements.csv", 10, "person_id", "P900", "names P900, which is not in people.csv"),
            new Rejection(
                "involvements.csv", 70, "person_id", "P901",
                "names P901, whose row in people.csv (line 3) was rejected"),
            new Rejection(
                "involvements.csv", 75, "role", "ASSAILANT",
                "unknown value; expected one of VICTIM, OFFENDER, SUSPECT, WITNESS, OTHER"),
            new Rejection(
                "involvements.csv", 140, "(row)", "C1,P137,VICTIM",
                "duplicate: the same person in the same role on the same crime is on line 139"),
            new Rejection("involvements.csv", 201, "person_id", "P902", "names P902, which is not in people.csv"));
    assertThat(result.report().file("involvements.csv"))
        .isEqualTo(new FileReport("involvements.csv", true, 200, 195, 5, 0));
    VcDataset data = result.dataset();
    List<Involvement> kept = data.involvementsIn("C1");
    assertThat(kept).hasSize(195);
    // Each kept involvement holds the register's one instance of its person id.
    for (Involvement i : kept) {
      assertThat(i.personId()).isSameAs(data.person(i.personId()).orElseThrow().id());
    }
  }

  /** intel_people.csv the same way: 100 mentions of I1, line 50 naming someone not registered. */
  @Test
  void mentionsOverSeveralBatchesToo() throws IOException {
    StringBuilder people = new StringBuilder("person_id\n");
    for (int i = 0; i < 100; i++) {
      people.append("P").append(i).append('\n');
    }
    Files.writeString(dir.resolve("people.csv"), people.toString());
    Files.writeString(dir.resolve("crimes.csv"), "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    Files.writeString(
        dir.resolve("intel.csv"),
        "intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment,handling_code\n"
            + "I1,2024-01-01,,1,A,\n");
    StringBuilder named = new StringBuilder("intel_id,person_id\n");
    for (int line = 2; line <= 101; line++) {
      named.append("I1,").append(line == 50 ? "P999" : "P" + (line - 2)).append('\n');
    }
    Files.writeString(dir.resolve("intel_people.csv"), named.toString());

    LoadResult result = VcPackage.load(dir);

    assertThat(result.report().rejections())
        .containsExactly(
            new Rejection("intel_people.csv", 50, "person_id", "P999", "names P999, which is not in people.csv"));
    assertThat(result.dataset().intelMentions()).hasSize(99);
  }
}
