package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.load.VcPackage;

/**
 * {@link VcDataset#peopleOfInvolvementsIn} and {@link VcDataset#crimesOfInvolvementsOf}: the person
 * or crime of each involvement, in step with {@link VcDataset#involvementsIn} and {@link
 * VcDataset#involvementsOf}.
 */
class InStepTest {

  static final LocalDate D = LocalDate.of(2024, 3, 1);

  /**
   * Worked example: C1 has P2 as victim and P1 as offender and suspect; C2 has P1 as offender. In
   * C1 the involvements are P1 OFFENDER, P1 SUSPECT, P2 VICTIM (person, then role), so the people
   * are P1, P1, P2; P1's involvements are C1 OFFENDER, C1 SUSPECT, C2 OFFENDER, so the crimes are
   * C1, C1, C2. P3 is in no crime: none.
   */
  @Test
  void theWorkedExample() {
    VcDataset d =
        VcDataset.builder()
            .addPerson(Person.of("P3"))
            .addCrime(crime("C2"))
            .addCrime(crime("C1"))
            .addInvolvement("C1", "P2", Role.VICTIM)
            .addInvolvement("C2", "P1", Role.OFFENDER)
            .addInvolvement("C1", "P1", Role.SUSPECT)
            .addInvolvement("C1", "P1", Role.OFFENDER)
            .build();
    assertThat(d.peopleOfInvolvementsIn("C1").stream().map(Person::id)).containsExactly("P1", "P1", "P2");
    assertThat(d.crimesOfInvolvementsOf("P1").stream().map(Crime::id)).containsExactly("C1", "C1", "C2");
    // crimes() is in id order, C1 then C2: the places of P1's crimes are 0, 0, 1.
    assertThat(d.crimeIndexesOfInvolvementsOf("P1")).containsExactly(0, 0, 1);
    assertThat(d.crimeIndexesOfInvolvementsOf("P9")).isEmpty();
    assertThat(d.crimesOfInvolvementsOf("P3")).isEmpty();
    assertThat(d.peopleOfInvolvementsIn("C9")).isEmpty();
    assertThat(d.crimesOfInvolvementsOf("P9")).isEmpty();
    assertThat(d.peopleOfInvolvementsIn("C1").get(0)).isSameAs(d.person("P1").orElseThrow());
  }

  @Test
  void everyInvolvementOfTheSamplePackageIsInStep() {
    VcDataset d = VcPackage.load(Path.of("../examples/sample-package")).dataset();
    for (Crime c : d.crimes()) {
      List<Involvement> inv = d.involvementsIn(c.id());
      List<Person> people = d.peopleOfInvolvementsIn(c.id());
      assertThat(people).hasSameSizeAs(inv);
      for (int k = 0; k < inv.size(); k++) {
        assertThat(people.get(k).id()).isEqualTo(inv.get(k).personId());
      }
    }
    for (int at = 0; at < d.crimes().size(); at++) {
      // By the crime's position, the same records as by id.
      String id = d.crimes().get(at).id();
      assertThat(d.involvementsInCrimeAt(at)).isEqualTo(d.involvementsIn(id));
      assertThat(d.personIndexesOfInvolvementsInCrimeAt(at)).containsExactly(d.personIndexesOfInvolvementsIn(id));
    }
    for (int at = 0; at < d.intelLogs().size(); at++) {
      String id = d.intelLogs().get(at).id();
      assertThat(d.personIndexesNamedInLogAt(at)).containsExactly(d.personIndexesNamedIn(id));
    }
    for (int at = 0; at < d.people().size(); at++) {
      Person p = d.people().get(at);
      List<Involvement> inv = d.involvementsOf(p.id());
      List<Crime> crimes = d.crimesOfInvolvementsOf(p.id());
      assertThat(crimes).hasSameSizeAs(inv);
      // By the person's position, the same records as by id.
      assertThat(d.involvementsOfPersonAt(at)).isEqualTo(inv);
      assertThat(d.crimesOfInvolvementsOfPersonAt(at)).isEqualTo(crimes);
      assertThat(d.custodyOfPersonAt(at)).isEqualTo(d.custodyOf(p.id()));
      assertThat(d.ocgMembershipsOfPersonAt(at)).isEqualTo(d.ocgMembershipsOf(p.id()));
      LocalDate day = LocalDate.of(2021, 6, 1); // P001 a member of OCG-A since 2020, P003 since 2019
      assertThat(d.ocgMembershipsOnPersonAt(at, day)).isEqualTo(d.ocgMembershipsOn(p.id(), day));
      int[] places = d.crimeIndexesOfInvolvementsOf(p.id());
      assertThat(places).hasSize(inv.size());
      for (int k = 0; k < inv.size(); k++) {
        assertThat(crimes.get(k).id()).isEqualTo(inv.get(k).crimeId());
        assertThat(d.crimes().get(places[k])).isSameAs(crimes.get(k));
      }
    }
  }

  /**
   * The classification's records and places are in step with its crimes: on the sample package as of
   * 2024-04-01, C003 (2024-05-05) and C004 (2024-06-01) are after the date, so C001 and C002 are
   * classified, at places 0 and 1 of the data set's four; each classified crime's record is the data
   * set's own, and each crime's place gives its classification, or none when it is after the date.
   */
  @Test
  void theClassificationIsInStepWithTheDataSet() {
    VcDataset d = VcPackage.load(Path.of("../examples/sample-package")).dataset();
    LocalDate asOf = LocalDate.of(2024, 4, 1);
    var c = org.vcanalytics.core.classify.VcClassifier.classify(d, asOf);
    for (int k = 0; k < c.crimes().size(); k++) {
      assertThat(c.crimeRecords().get(k)).isSameAs(d.crime(c.crimes().get(k).crimeId()).orElseThrow());
    }
    for (int k = 0; k < c.violentCrimes().size(); k++) {
      assertThat(c.violentCrimeRecords().get(k).id()).isEqualTo(c.violentCrimes().get(k).crimeId());
      // The data set's place of the k-th violent crime, and back.
      int at = c.dataIndexOfViolent(d, k);
      assertThat(d.crimes().get(at)).isSameAs(c.violentCrimeRecords().get(k));
      assertThat(c.violentAt(at)).isEqualTo(k);
    }
    // Another data set, with another crime at that place: refused, not read.
    VcDataset other = VcDataset.builder().addCrime(crime("C001X")).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.dataIndexOfViolent(other, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not of this data set");
    long after = 0;
    for (int i = 0; i < d.crimes().size(); i++) {
      Crime crime = d.crimes().get(i);
      var at = c.crimeAt(i);
      assertThat(at).isEqualTo(c.crime(crime.id()));
      assertThat(at.isEmpty()).isEqualTo(crime.committedOn().isAfter(asOf));
      after += at.isEmpty() ? 1 : 0;
    }
    assertThat(after).isEqualTo(c.crimesAfterAsOf()).isEqualTo(2);
    assertThat(c.crimeAt(0).orElseThrow().crimeId()).isEqualTo("C001");
    assertThat(c.crimeAt(3)).isEmpty();
  }

  private static Crime crime(String id) {
    return Crime.builder().id(id).hoCode("8N").committedOn(D).build();
  }
}
