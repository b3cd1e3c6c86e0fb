package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.Grade3x5x2;
import org.vcanalytics.core.Grade5x5x5;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.School;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;

/** The sample package under test resources, every file and optional column, loaded end to end. */
class SamplePackageTest {

  static LoadResult result;
  static VcDataset d;

  @BeforeAll
  static void load() {
    result = VcPackage.load(TestPackages.resource("sample"));
    d = result.dataset();
  }

  @Test
  void nothingIsRejectedAndEveryFileIsCounted() {
    assertThat(result.report().rejections()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.report().files())
        .extracting(FileReport::file, FileReport::rowsRead, FileReport::accepted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("people.csv", 5L, 5L),
            org.assertj.core.groups.Tuple.tuple("crimes.csv", 4L, 4L),
            org.assertj.core.groups.Tuple.tuple("involvements.csv", 10L, 10L),
            org.assertj.core.groups.Tuple.tuple("intel.csv", 4L, 4L),
            org.assertj.core.groups.Tuple.tuple("intel_people.csv", 8L, 8L),
            org.assertj.core.groups.Tuple.tuple("custody.csv", 3L, 3L),
            org.assertj.core.groups.Tuple.tuple("ocg.csv", 2L, 2L),
            org.assertj.core.groups.Tuple.tuple("schools.csv", 2L, 2L),
            org.assertj.core.groups.Tuple.tuple("areas.geojson", 3L, 3L));
  }

  @Test
  void areasWithTheirCoordinateSystemAndProperties() {
    assertThat(d.areas())
        .extracting(a -> a.level() + "/" + a.id() + "/" + a.name() + "/" + a.population() + "/" + a.crs())
        .containsExactly(
            "lsoa/E01000001/E01000001/OptionalLong.empty/BRITISH_NATIONAL_GRID",
            "npu/NPU1/Sample NPU One/OptionalLong[12000]/BRITISH_NATIONAL_GRID",
            "npu/NPU2/Sample NPU Two/OptionalLong[8000]/BRITISH_NATIONAL_GRID");
    assertThat(d.areas().get(2).geometryJson()).startsWith("{\"type\":\"MultiPolygon\"");
  }

  @Test
  void people() {
    Person p2 = d.person("P002").orElseThrow();
    assertThat(p2.dateOfBirth()).hasValue(LocalDate.of(2008, 11, 2));
    assertThat(p2.sex()).hasValue(Sex.F);
    assertThat(p2.home()).hasValue(GridPoint.of(406100, 287400));
    assertThat(p2.homePostcode()).hasValue("B6 5BB"); // "b6  5bb" normalised
    Person p4 = d.person("P004").orElseThrow();
    assertThat(p4.dateOfBirth()).isEmpty();
    assertThat(p4.sex()).hasValue(Sex.U);
    assertThat(d.person("P003").orElseThrow().home()).isEmpty();
    // P002 born 2008-11-02: 15 on 2024-03-01 (crime C001), 16 on 2024-11-02.
    assertThat(p2.ageOn(LocalDate.of(2024, 3, 1))).hasValue(15);
    assertThat(p2.ageOn(LocalDate.of(2024, 11, 1))).hasValue(15);
    assertThat(p2.ageOn(LocalDate.of(2024, 11, 2))).hasValue(16);
  }

  @Test
  void crimesWithCodesNormalisedAndOptionalColumns() {
    assertThat(d.crimes()).extracting(Crime::id, Crime::hoCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C001", "8N"), // 008N
            org.assertj.core.groups.Tuple.tuple("C002", "4.1"), // 4/1
            org.assertj.core.groups.Tuple.tuple("C003", "34B"), // 34b
            org.assertj.core.groups.Tuple.tuple("C004", "195"));
    Crime c1 = d.crime("C001").orElseThrow();
    assertThat(c1.committedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(c1.recordedOn()).hasValue(LocalDate.of(2024, 3, 2));
    assertThat(c1.offenceTitle()).hasValue("Assault with injury");
    assertThat(c1.location()).hasValue(GridPoint.of(407600, 286700));
    assertThat(c1.postcode()).hasValue("B5 4AB");
    assertThat(c1.weapon()).hasValue(Weapon.KNIFE_OR_SHARP);
    assertThat(c1.weaponUse()).hasValue(WeaponUse.USED);
    assertThat(c1.domesticAbuse()).hasValue(false);
    assertThat(c1.ocgRelated()).hasValue(false);
    assertThat(c1.moText()).hasValue("Victim stabbed, \"minor\" wound"); // RFC 4180 quoting
    assertThat(c1.areaCodes())
        .containsExactly(
            java.util.Map.entry("npu", "NPU1"),
            java.util.Map.entry("neighbourhood", "NB1"),
            java.util.Map.entry("postcode_district", "B5"),
            java.util.Map.entry("lsoa", "E01000001"));
    Crime c2 = d.crime("C002").orElseThrow();
    assertThat(c2.domesticAbuse()).isEmpty(); // blank = not recorded
    assertThat(c2.ocgRelated()).hasValue(true);
    assertThat(c2.location()).isEmpty();
    assertThat(c2.areaCodes()).isEmpty();
    assertThat(d.crime("C003").orElseThrow().recordedOn()).isEmpty();
  }

  @Test
  void involvementsBothWays() {
    assertThat(d.involvementsIn("C001"))
        .extracting(i -> i.personId() + ":" + i.role())
        .containsExactly("P001:OFFENDER", "P001:SUSPECT", "P002:VICTIM", "P005:WITNESS");
    assertThat(d.involvementsOf("P001"))
        .extracting(i -> i.crimeId() + ":" + i.role())
        .containsExactly("C001:OFFENDER", "C001:SUSPECT", "C003:OFFENDER");
    assertThat(d.involvementsOf("P003")).extracting(i -> i.role()).containsExactly(Role.SUSPECT, Role.VICTIM);
    assertThat(d.involvementsIn("nope")).isEmpty();
  }

  @Test
  void intelligenceWithGradesAsTypes() {
    IntelLog i1 = d.intelLog("I001").orElseThrow();
    assertThat(i1.grade()).isEqualTo(new Grade3x5x2(Grade3x5x2.Source.UNTESTED, Grade3x5x2.Assessment.C));
    assertThat(i1.grade()).hasToString("3x5x2 2/C");
    assertThat(i1.handlingCode()).hasValue("P");
    assertThat(i1.headers()).containsExactly("DOMESTIC ABUSE", "WEAPONS");
    assertThat(d.intelLog("I002").orElseThrow().headers()).containsExactly("DOMESTIC ABUSE");
    assertThat(d.intelLog("I002").orElseThrow().location()).hasValue(GridPoint.of(407100, 286900));
    IntelLog i3 = d.intelLog("I003").orElseThrow();
    assertThat(i3.grade())
        .isEqualTo(new Grade5x5x5(Grade5x5x5.Source.B, Grade5x5x5.Intelligence.KNOWN_TO_SOURCE));
    assertThat(i3.grade()).hasToString("5x5x5 B2");
    assertThat(i3.handlingCode()).hasValue("4");
    assertThat(d.intelLog("I004").orElseThrow().grade().assessmentCode()).isEqualTo("E");
    assertThat(d.intelNaming("P001")).extracting(IntelLog::id).containsExactly("I001", "I002");
    assertThat(d.peopleNamedIn("I004")).containsExactly("P002", "P005");
  }

  @Test
  void custodyOcgAndSchools() {
    assertThat(d.custodyOf("P001")).extracting(CustodyRecord::id).containsExactly("K001", "K002");
    CustodyRecord k1 = d.custodyOf("P001").get(0);
    assertThat(k1.mentalHealth()).hasValue(true);
    assertThat(k1.substanceMisuse()).hasValue(true); // "true"
    assertThat(k1.alcohol()).hasValue(false); // "0"
    assertThat(k1.selfHarm()).isEmpty();
    assertThat(k1.schoolUrn()).hasValue("103456");
    assertThat(d.custodyOf("P003").get(0).alcohol()).hasValue(true); // "yes"

    // P003 was in OCG-A until 2023-12-23 inclusive: a member that day, not the day after.
    assertThat(d.isOcgMemberOn("P003", LocalDate.of(2023, 12, 23))).isTrue();
    assertThat(d.isOcgMemberOn("P003", LocalDate.of(2023, 12, 24))).isFalse();
    assertThat(d.isOcgMemberOn("P001", LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(d.isOcgMemberOn("P001", LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(d.ocgMembershipsOn("P001", LocalDate.of(2030, 1, 1))).hasSize(1);

    School s = d.school("103456").orElseThrow();
    assertThat(s.name()).isEqualTo("Sample Academy");
    assertThat(s.location()).isEqualTo(GridPoint.of(407400, 286500));
    assertThat(s.phase()).hasValue("Secondary");
    assertThat(s.status()).hasValue("Open");
  }
}
