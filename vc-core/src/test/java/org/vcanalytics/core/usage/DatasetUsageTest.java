package org.vcanalytics.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.OcgMembership;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;

/**
 * Builds a data set from code, from a package other than the model's, as a force developer or a
 * JShell user would: only public factories and builders, no generated class names.
 */
class DatasetUsageTest {

  static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

  static VcDataset small() {
    return VcDataset.builder()
        .addPerson(Person.builder().id("P2").sex(Sex.F).dateOfBirth(LocalDate.of(2000, 3, 1)).build())
        .addPerson(Person.builder().id("P1").home(GridPoint.of(407000, 286000)).build())
        .addCrime(Crime.builder().id("C2").hoCode("34B").committedOn(MARCH_1).build())
        .addCrime(
            Crime.builder().id("C1").hoCode("8N").committedOn(MARCH_1).weapon(Weapon.KNIFE_OR_SHARP).build())
        .addInvolvement("C1", "P1", Role.OFFENDER)
        .addInvolvement("C1", "P2", Role.VICTIM)
        .addInvolvement("C2", "P1", Role.SUSPECT)
        .addInvolvement("C2", "P3", Role.VICTIM) // P3 is not registered: created with only an id
        .addIntelLog(
            IntelLog.builder().id("I1").recordedOn(MARCH_1).grade(IntelGrade.of("3x5x2", "2", "C")).build())
        .addIntelMentions("I1", "P1", "P2")
        .addOcgMembership(
            OcgMembership.builder().personId("P1").ocgId("G1").since(LocalDate.of(2023, 1, 1))
                .until(LocalDate.of(2024, 2, 29)).build())
        .build();
  }

  @Test
  void answersEveryPillarsQuestions() {
    VcDataset d = small();
    assertThat(d.people()).extracting(Person::id).containsExactly("P1", "P2", "P3");
    assertThat(d.crimes()).extracting(Crime::id).containsExactly("C1", "C2");
    assertThat(d.involvementsOf("P1")).extracting(i -> i.crimeId()).containsExactly("C1", "C2");
    assertThat(d.involvementsIn("C2")).extracting(i -> i.personId()).containsExactly("P1", "P3");
    assertThat(d.intelNaming("P2")).extracting(IntelLog::id).containsExactly("I1");
    assertThat(d.peopleNamedIn("I1")).containsExactly("P1", "P2");
    // Membership ended 2024-02-29, the day before the crimes.
    assertThat(d.isOcgMemberOn("P1", LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(d.isOcgMemberOn("P1", MARCH_1)).isFalse();
    // Born 2000-03-01: 24 on 2024-03-01 (a birthday on the day counts), 23 the day before.
    assertThat(d.person("P2").orElseThrow().ageOn(MARCH_1)).hasValue(24);
    assertThat(d.person("P2").orElseThrow().ageOn(MARCH_1.minusDays(1))).hasValue(23);
    assertThat(d.person("P3").orElseThrow().ageOn(MARCH_1)).isEmpty();
  }

  @Test
  void builderRefusesBrokenReferences() {
    assertThatThrownBy(
            () ->
                VcDataset.builder()
                    .addInvolvement("C9", "P1", Role.VICTIM)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names crime C9, which is not in the data set");
    assertThatThrownBy(() -> VcDataset.builder().addIntelMentions("I9", "P1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names intelligence log I9, which is not in the data set");
    assertThatThrownBy(
            () ->
                VcDataset.builder()
                    .addCrime(Crime.builder().id("C1").hoCode("8N").committedOn(MARCH_1).build())
                    .addCrime(Crime.builder().id("C1").hoCode("8N").committedOn(MARCH_1).build())
                    .build())
        .hasMessage("crime C1 is added twice");
    assertThatThrownBy(
            () ->
                VcDataset.builder()
                    .addIntelLog(
                        IntelLog.builder().id("I1").recordedOn(MARCH_1).grade(IntelGrade.of("3x5x2", "1", "A")).build())
                    .addIntelMentions("I1", "P1", "P1")
                    .build())
        .hasMessageContaining("a person cannot be their own link");
  }

  @Test
  void valuesCheckTheirOwnRules() {
    // Codes and headers are normalised as they are built, so code reads as data does.
    assertThat(Crime.builder().id("C1").hoCode(" 008n ").committedOn(MARCH_1).build().hoCode()).isEqualTo("8N");
    assertThatThrownBy(() -> Crime.builder().id("C1").hoCode(" ").committedOn(MARCH_1).build())
        .hasMessage("crime C1: the offence code is blank");
    assertThat(
            IntelLog.builder().id("I1").recordedOn(MARCH_1).grade(IntelGrade.of("3x5x2", "1", "A"))
                .addHeaders("Domestic  abuse", " ", "DOMESTIC ABUSE", "weapons").build().headers())
        .containsExactly("DOMESTIC ABUSE", "WEAPONS");
    assertThatThrownBy(() -> Person.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> Crime.builder().id("C1").hoCode("8N").committedOn(MARCH_1).recordedOn(MARCH_1.minusDays(1)).build())
        .hasMessageContaining("before it was committed");
    assertThatThrownBy(() -> GridPoint.of(800_000, 100)).hasMessageContaining("outside Great Britain");
    assertThatThrownBy(() -> Person.of(" ")).hasMessage("person id is blank");
    assertThatThrownBy(
            () ->
                IntelLog.builder().id("I1").recordedOn(MARCH_1).grade(IntelGrade.of("3x5x2", "1", "A"))
                    .handlingCode("4").build())
        .hasMessageContaining("is not a 3x5x2 handling code");
  }

  @Test
  void sameRecordsInAnyOrderGiveAnEqualDataSet() {
    VcDataset a = small();
    VcDataset b =
        VcDataset.builder()
            .addOcgMembership(a.ocgMemberships().get(0))
            .addIntelMentions("I1", "P2", "P1")
            .addIntelLog(a.intelLog("I1").orElseThrow())
            .addInvolvement("C2", "P3", Role.VICTIM)
            .addInvolvement("C2", "P1", Role.SUSPECT)
            .addInvolvement("C1", "P2", Role.VICTIM)
            .addInvolvement("C1", "P1", Role.OFFENDER)
            .addCrime(a.crime("C1").orElseThrow())
            .addCrime(a.crime("C2").orElseThrow())
            .addPerson(a.person("P1").orElseThrow())
            .addPerson(a.person("P2").orElseThrow())
            .build();
    assertThat(java.util.List.copyOf(b.people())).isEqualTo(java.util.List.copyOf(a.people()));
    assertThat(java.util.List.copyOf(b.crimes())).isEqualTo(java.util.List.copyOf(a.crimes()));
    assertThat(b.involvements()).isEqualTo(a.involvements());
    assertThat(b.intelMentions()).isEqualTo(a.intelMentions());
    assertThat(b.toString()).isEqualTo(a.toString());
  }
}
