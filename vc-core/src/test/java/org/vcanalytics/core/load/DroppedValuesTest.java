package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vcanalytics.core.load.Rejection.Action.ROW_REJECTED;
import static org.vcanalytics.core.load.Rejection.Action.VALUE_DROPPED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.VcDataset;

/**
 * A bad optional value never removes its row: it is treated as not recorded, the row is accepted
 * and the value is listed with the action {@code value dropped}. Only a field the row cannot do
 * without rejects it, and no row is rejected because a row of another file lost a value.
 */
class DroppedValuesTest {

  @TempDir Path dir;

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  @Test
  void aPersonWhoseSexIsXKeepsTheirInvolvementsMentionsCustodyAndOcgRows() throws IOException {
    write("people.csv", "person_id,sex\nP1,X\nP2,F\n");
    write("crimes.csv", "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    write("involvements.csv", "crime_id,person_id,role\nC1,P1,OFFENDER\nC1,P2,VICTIM\n");
    write("intel.csv", "intel_id,recorded_on,source_evaluation,intelligence_assessment\nI1,2024-01-02,2,C\n");
    write("intel_people.csv", "intel_id,person_id\nI1,P1\nI1,P2\n");
    write("custody.csv", "custody_id,person_id,booked_on\nK1,P1,2024-01-03\n");
    write("ocg.csv", "person_id,ocg_id,from\nP1,G1,2023-01-01\n");
    LoadResult r = VcPackage.load(dir);
    VcDataset d = r.dataset();

    // Before: P1 rejected for sex X, and with them 1 involvement, 1 mention, 1 custody record and 1
    // membership ("names P1, whose row in people.csv (line 2) was rejected"). Now: one dropped
    // value, every row accepted.
    assertThat(r.report().rejections())
        .containsExactly(
            Rejection.valueDropped("people.csv", 2, "sex", "X", "unknown value; expected one of F, M, U"));
    assertThat(d.person("P1").orElseThrow().sex()).isEmpty();
    assertThat(d.involvementsOf("P1")).hasSize(1);
    assertThat(d.intelNaming("P1")).extracting(l -> l.id()).containsExactly("I1");
    assertThat(d.custodyOf("P1")).extracting(c -> c.id()).containsExactly("K1");
    assertThat(d.isOcgMemberOn("P1", LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(r.report().file("people.csv")).isEqualTo(new FileReport("people.csv", true, 2, 2, 0, 1));
    for (String f : new String[] {"involvements.csv", "intel_people.csv", "custody.csv", "ocg.csv"}) {
      assertThat(r.report().file(f).rejected()).as(f).isZero();
    }
    assertThat(r.report().hasRejections()).isFalse();
    assertThat(r.report().rejectedCount()).isZero();
    assertThat(r.report().droppedCount()).isEqualTo(1);
    assertThat(r.report().hasDroppedValues()).isTrue();
  }

  /**
   * The date-of-birth window with as-of 2010-06-30 runs from 2010-06-30 − 120 years = 1890-06-30 to
   * 2010-06-30, both days included; without an as-of date it is the general window 1900-01-01 to
   * 2100-12-31.
   */
  @ParameterizedTest(name = "born {0}, as of {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // date_of_birth | as-of | kept or the reason it is dropped
        "1899-12-31|2010-06-30|kept", // 110 years before: inside the as-of window, before 1900
        "1890-06-30|2010-06-30|kept", // exactly 120 years before
        "1890-06-29|2010-06-30|implausible date of birth: more than 120 years before the as-of date 2010-06-30",
        "2010-06-30|2010-06-30|kept", // born on the as-of day
        "2010-07-01|2010-06-30|a date of birth after the as-of date 2010-06-30",
        "2010-07-01||kept", // no as-of date: only the general window
        "1899-12-31||implausible date: outside 1900-01-01 to 2100-12-31",
        "2101-01-01|2150-01-01|kept", // the as-of window replaces the general one
        "2021-02-30|2024-01-01|impossible date: no such day in the calendar",
      })
  void aDateOfBirthIsCheckedAgainstTheAsOfDate(String born, LocalDate asOf, String expected)
      throws IOException {
    write("people.csv", "person_id,date_of_birth\nP1," + born + "\n");
    write("crimes.csv", "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    LoadOptions options = asOf == null ? LoadOptions.defaults() : LoadOptions.defaults().withAsOf(asOf);
    LoadResult r = VcPackage.load(dir, options);
    Person p = r.dataset().person("P1").orElseThrow(); // kept either way
    if (expected.equals("kept")) {
      assertThat(p.dateOfBirth()).hasValue(LocalDate.parse(born));
      assertThat(r.report().rejections()).isEmpty();
    } else {
      assertThat(p.dateOfBirth()).isEmpty();
      assertThat(r.report().rejections())
          .containsExactly(Rejection.valueDropped("people.csv", 2, "date_of_birth", born, expected));
    }
  }

  /** The worked example of docs/data-contract.md, "Rejected rows and dropped values". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // people.csv row | column | value | reason | action | date of birth kept | sex kept
        "P1,2008-11-02,X|sex|X|unknown value; expected one of F, M, U|value dropped|2008-11-02|",
        "P1,2021-02-30,F|date_of_birth|2021-02-30|impossible date: no such day in the calendar|value dropped||F",
        "`,2008-11-02,F`|person_id||a value is required|row rejected||",
      })
  void theDataContractWorkedExample(
      String row, String column, String value, String reason, String action, LocalDate born, String sex)
      throws IOException {
    write("people.csv", "person_id,date_of_birth,sex\n" + row + "\n");
    write("crimes.csv", CRIMES);
    LoadResult r = VcPackage.load(dir);
    Rejection only = r.report().rejections().get(0);
    assertThat(r.report().rejections()).hasSize(1);
    assertThat(List.of(only.line(), only.column(), only.value(), only.reason(), only.action().label()))
        .containsExactly(2L, column, value == null ? "" : value, reason, action);
    if (action.equals("row rejected")) {
      assertThat(r.dataset().people()).isEmpty();
    } else {
      Person p = r.dataset().person("P1").orElseThrow();
      assertThat(p.dateOfBirth()).isEqualTo(Optional.ofNullable(born));
      assertThat(p.sex().map(Enum::name)).isEqualTo(Optional.ofNullable(sex));
    }
  }

  @Test
  void aCrimeRecordedBeforeItWasCommittedKeepsItsCommittedDate() throws IOException {
    write("crimes.csv", "crime_id,ho_code,committed_on,recorded_on\nC1,8N,2024-01-10,2024-01-09\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().crime("C1").orElseThrow().committedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(r.dataset().crime("C1").orElseThrow().recordedOn()).isEmpty();
    assertThat(r.report().rejections())
        .containsExactly(
            Rejection.valueDropped(
                "crimes.csv", 2, "recorded_on", "2024-01-09",
                "recorded before it was committed (committed_on 2024-01-10)"));
  }

  @Test
  void aPointWithOneBadHalfIsDroppedWholeAndListedOnce() throws IOException {
    // The easting is fine, the northing is 1400000 (beyond 1300000): both are dropped, one entry.
    write("crimes.csv", "crime_id,ho_code,committed_on,easting,northing\nC1,8N,2024-01-01,407000,1400000\n"
        + "C2,8N,2024-01-01,407000,286000\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().crime("C1").orElseThrow().location()).isEmpty();
    assertThat(r.dataset().crime("C2").orElseThrow().location()).hasValue(GridPoint.of(407000, 286000));
    assertThat(r.report().rejections())
        .containsExactly(
            Rejection.valueDropped(
                "crimes.csv", 2, "northing", "1400000",
                "outside Great Britain: a National Grid northing is 0 to 1300000 metres;"
                    + " easting and northing are dropped together"));
    assertThat(r.report().file("crimes.csv").valuesDropped()).isEqualTo(1);
  }

  @Test
  void severalBadValuesOfOneRowAreEachListedInColumnOrder() throws IOException {
    write(
        "crimes.csv",
        "crime_id,ho_code,committed_on,weapon,domestic_abuse,lsoa,ocg_related\n"
            + "C1,8N,2024-01-01,SPOON,maybe,E01000001,sometimes\n");
    LoadResult r = VcPackage.load(dir);
    // Read in contract order: weapon, then domestic_abuse, then ocg_related; the lsoa is kept.
    assertThat(r.report().rejections())
        .extracting(Rejection::line, Rejection::column, Rejection::action)
        .containsExactly(
            tuple(2L, "weapon", VALUE_DROPPED),
            tuple(2L, "domestic_abuse", VALUE_DROPPED),
            tuple(2L, "ocg_related", VALUE_DROPPED));
    assertThat(r.dataset().crime("C1").orElseThrow().areaCodes()).containsEntry("lsoa", "E01000001");
    assertThat(r.report().file("crimes.csv")).isEqualTo(new FileReport("crimes.csv", true, 1, 1, 0, 3));
  }

  @Test
  void aRejectedRowListsOnlyWhyItIsRejectedInLineOrderAmongDrops() throws IOException {
    // Line 3 repeats P1 and has a bad sex: the row is rejected for the id, its sex is not listed.
    write("people.csv", "person_id,sex\nP1,F\nP1,X\nP2,Q\nP3,\n");
    write("crimes.csv", CRIMES);
    LoadResult r = VcPackage.load(dir);
    assertThat(r.report().rejections())
        .extracting(Rejection::line, Rejection::column, Rejection::action)
        .containsExactly(tuple(3L, "person_id", ROW_REJECTED), tuple(4L, "sex", VALUE_DROPPED));
    assertThat(r.report().file("people.csv")).isEqualTo(new FileReport("people.csv", true, 4, 3, 1, 1));
  }

  private static final String CRIMES = "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n";

  @Test
  void anOcgMembershipThatEndsBeforeItStartsIsReadAsNoEndRecorded() throws IOException {
    write("crimes.csv", CRIMES);
    write("ocg.csv", "person_id,ocg_id,from,to,role\nP1,G1,2021-01-01,2020-12-31,member\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().ocgMemberships()).hasSize(1);
    assertThat(r.dataset().ocgMemberships().get(0).until()).isEmpty();
    assertThat(r.dataset().ocgMemberships().get(0).role()).hasValue("member");
    assertThat(r.report().droppedValues())
        .extracting(Rejection::column, Rejection::value)
        .containsExactly(tuple("to", "2020-12-31"));
  }

  @Test
  void theFieldsARowCannotDoWithoutStillRejectIt() throws IOException {
    write("crimes.csv", CRIMES + "C2,8N,2024-02-30\n");
    write("intel.csv", "intel_id,recorded_on,source_evaluation,intelligence_assessment\nI1,yesterday,2,C\n");
    write("custody.csv", "custody_id,person_id,booked_on\nK1,P1,\n");
    write("ocg.csv", "person_id,ocg_id,from\nP1,G1,01/01/2020\n");
    write("schools.csv", "urn,name,easting,northing\n1,,400000,280000\n2,B,400000,1400000\n");
    LoadReport r = VcPackage.load(dir).report();
    assertThat(r.rejections())
        .extracting(Rejection::file, Rejection::column, Rejection::action)
        .containsExactly(
            tuple("crimes.csv", "committed_on", ROW_REJECTED),
            tuple("intel.csv", "recorded_on", ROW_REJECTED),
            tuple("custody.csv", "booked_on", ROW_REJECTED),
            tuple("ocg.csv", "from", ROW_REJECTED),
            tuple("schools.csv", "name", ROW_REJECTED),
            tuple("schools.csv", "northing", ROW_REJECTED));
    assertThat(r.rejectedCount()).isEqualTo(6);
    assertThat(r.droppedCount()).isZero();
  }

  @Test
  void optionalFlagsAndHandlingCodesDropTheirValueOnly() throws IOException {
    write("crimes.csv", CRIMES);
    write("custody.csv", "custody_id,person_id,booked_on,self_harm,school_urn\nK1,P1,2024-01-01,often,103456\n");
    write(
        "intel.csv",
        "intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment,handling_code,easting,northing\n"
            + "I1,2024-01-01,5x5x5,B,2,P,abc,286000\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().custodyRecords().get(0).selfHarm()).isEmpty();
    assertThat(r.dataset().custodyRecords().get(0).schoolUrn()).hasValue("103456");
    assertThat(r.dataset().intelLog("I1").orElseThrow().handlingCode()).isEmpty();
    assertThat(r.dataset().intelLog("I1").orElseThrow().location()).isEmpty();
    assertThat(r.report().rejections())
        .extracting(Rejection::file, Rejection::column, Rejection::value, Rejection::action)
        .containsExactly(
            tuple("intel.csv", "handling_code", "P", VALUE_DROPPED),
            tuple("intel.csv", "easting", "abc", VALUE_DROPPED),
            tuple("custody.csv", "self_harm", "often", VALUE_DROPPED));
  }

  @Test
  void aRejectionSaysItsActionAndTheOldFormsStillWork() {
    Rejection dropped = Rejection.valueDropped("people.csv", 5, "sex", "X", "unknown value; expected one of F, M, U");
    assertThat(dropped)
        .hasToString("people.csv line 5, column sex, value 'X': unknown value; expected one of F, M, U [value dropped]");
    Rejection rejected = new Rejection("crimes.csv", 3, "crime_id", "", "a value is required");
    assertThat(rejected.action()).isEqualTo(ROW_REJECTED);
    assertThat(rejected.rowRejected()).isTrue();
    assertThat(rejected).hasToString("crimes.csv line 3, column crime_id, value '': a value is required [row rejected]");
    assertThat(ROW_REJECTED.label()).isEqualTo("row rejected");
    assertThat(VALUE_DROPPED.label()).isEqualTo("value dropped");
    assertThat(new FileReport("x.csv", true, 3, 2, 1).valuesDropped()).isZero();
    assertThat(new LoadOptions(10)).isEqualTo(LoadOptions.defaults().withMaxFieldLength(10));
    assertThat(LoadOptions.defaults().asOf()).isEqualTo(Optional.empty());
    assertThat(LoadOptions.defaults().withAsOf(LocalDate.of(2024, 12, 31)).asOf())
        .hasValue(LocalDate.of(2024, 12, 31));
  }
}
