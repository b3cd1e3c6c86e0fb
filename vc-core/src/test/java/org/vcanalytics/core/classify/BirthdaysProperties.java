package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Person;

/** {@link Parties.Birthdays}: an age by place is the age {@link Person#ageOn} gives. */
class BirthdaysProperties {

  /**
   * Worked examples: on 2025-01-01 someone born 1993-03-02 is (20250101 − 19930302) / 10000 =
   * 319799 / 10000 = 31; someone born 2004-02-29 is 0 on 2005-02-28 (9999 / 10000) and 1 on
   * 2005-03-01 (10072 / 10000); someone born after the day, or with no date of birth, has no age.
   */
  @Test
  void workedExamples() {
    Parties.Birthdays b =
        new Parties.Birthdays(
            List.of(born("P1", 1993, 3, 2), born("P2", 2004, 2, 29), Person.of("P3"), born("P4", 2030, 1, 1)));
    assertThat(age(b, 0, LocalDate.of(2025, 1, 1))).isEqualTo(31);
    assertThat(age(b, 1, LocalDate.of(2005, 2, 28))).isEqualTo(0);
    assertThat(age(b, 1, LocalDate.of(2005, 3, 1))).isEqualTo(1);
    assertThat(age(b, 2, LocalDate.of(2025, 1, 1))).isEqualTo(-1);
    assertThat(age(b, 3, LocalDate.of(2025, 1, 1))).isEqualTo(-1);
  }

  /** Any birth and any day, of a four-digit year or not (those are asked of the record). */
  @Property(tries = 2000)
  void theAgeIsTheRecordsAge(
      @ForAll @IntRange(min = -3000, max = 12000) int birthYear,
      @ForAll @IntRange(min = 1, max = 366) int birthDay,
      @ForAll @IntRange(min = -3000, max = 12000) int year,
      @ForAll @IntRange(min = 1, max = 366) int day) {
    LocalDate birth = LocalDate.ofYearDay(birthYear, Math.min(birthDay, LocalDate.of(birthYear, 1, 1).lengthOfYear()));
    LocalDate on = LocalDate.ofYearDay(year, Math.min(day, LocalDate.of(year, 1, 1).lengthOfYear()));
    Person p = Person.builder().id("P1").dateOfBirth(birth).build();
    Parties.Birthdays b = new Parties.Birthdays(List.of(p));
    assertThat(age(b, 0, on)).isEqualTo(p.ageOn(on).orElse(-1));
  }

  private static int age(Parties.Birthdays b, int rank, LocalDate day) {
    return b.age(rank, Parties.Birthdays.packed(day), day);
  }

  private static Person born(String id, int y, int m, int d) {
    return Person.builder().id(id).dateOfBirth(LocalDate.of(y, m, d)).build();
  }
}
