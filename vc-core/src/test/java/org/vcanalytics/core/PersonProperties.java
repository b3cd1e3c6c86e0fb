package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PersonProperties {

  /** Age in completed years is exactly {@code Period.between(dob, day).getYears()}. */
  @Property(tries = 2000)
  void ageIsCompletedYearsAsJavaTimeCountsThem(
      @ForAll @IntRange(min = 0, max = 60000) int born, @ForAll @IntRange(min = 0, max = 60000) int on) {
    LocalDate dob = LocalDate.of(1900, 1, 1).plusDays(born);
    LocalDate day = LocalDate.of(1900, 1, 1).plusDays(on);
    Person p = Person.builder().id("P1").dateOfBirth(dob).build();
    if (day.isBefore(dob)) {
      assertThat(p.ageOn(day)).isEmpty();
    } else {
      assertThat(p.ageOn(day)).hasValue(Period.between(dob, day).getYears());
    }
  }

  @Property(tries = 1)
  void leapDayBirthdays() {
    Person p = Person.builder().id("P1").dateOfBirth(LocalDate.of(2000, 2, 29)).build();
    assertThat(p.ageOn(LocalDate.of(2001, 2, 28))).hasValue(0);
    assertThat(p.ageOn(LocalDate.of(2001, 3, 1))).hasValue(1);
    assertThat(p.ageOn(LocalDate.of(2004, 2, 29))).hasValue(4);
  }
}
