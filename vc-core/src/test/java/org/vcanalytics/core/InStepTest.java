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
    for (Person p : d.people()) {
      List<Involvement> inv = d.involvementsOf(p.id());
      List<Crime> crimes = d.crimesOfInvolvementsOf(p.id());
      assertThat(crimes).hasSameSizeAs(inv);
      for (int k = 0; k < inv.size(); k++) {
        assertThat(crimes.get(k).id()).isEqualTo(inv.get(k).crimeId());
      }
    }
  }

  private static Crime crime(String id) {
    return Crime.builder().id(id).hoCode("8N").committedOn(D).build();
  }
}
