package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

  /**
   * Age in completed years around 29 February. Someone born on 29 February has their birthday on 29
   * February in a leap year and on 1 March in any other; a birthday on 28 February or 1 March never
   * moves. A leap year is divisible by 4, except century years not divisible by 400 (2100, not 2000).
   * An empty age is a day before the birth.
   */
  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    "2000-02-29, 2000-02-28,    ", // the day before the birth
    "2000-02-29, 2000-02-29,   0", // the day of birth
    "2000-02-29, 2000-03-01,   0",
    "2000-02-29, 2001-02-28,   0", // 2001 is common: birthday 1 March, not yet; 2001 - 2000 - 1 = 0
    "2000-02-29, 2001-03-01,   1", // the 1 March birthday: 2001 - 2000 = 1
    "2000-02-29, 2003-12-31,   3", // after 2003's birthday: 2003 - 2000 = 3
    "2000-02-29, 2004-02-28,   3", // 2004 is leap: birthday 29 February, not yet; 2004 - 2000 - 1 = 3
    "2000-02-29, 2004-02-29,   4", // the 29 February birthday: 2004 - 2000 = 4
    "2000-02-29, 2004-03-01,   4",
    "2000-02-29, 2100-02-28,  99", // 2100 is common (century, not / 400): 2100 - 2000 - 1 = 99
    "2000-02-29, 2100-03-01, 100", // 2100 - 2000 = 100
    "1996-02-29, 2000-02-28,   3", // 2000 is leap (/ 400): not yet; 2000 - 1996 - 1 = 3
    "1996-02-29, 2000-02-29,   4", // 2000 - 1996 = 4
    "2000-02-28, 2001-02-28,   1", // born the day before a leap day: birthday always 28 February
    "2000-02-28, 2004-02-28,   4",
    "2000-03-01, 2001-02-28,   0", // born the day after a leap day: birthday always 1 March
    "2000-03-01, 2001-03-01,   1",
    "2000-03-01, 2004-02-29,   3", // 29 February 2004 is before the 1 March birthday: 4 - 1 = 3
    "2001-02-28, 2004-02-27,   2", // born in a common year: 2004 - 2001 - 1 = 2
    "2001-02-28, 2004-02-28,   3", // 2004 - 2001 = 3, on 28 February even in a leap year
    "2001-03-01, 2004-02-29,   2", // 2004 - 2001 - 1 = 2
    "2001-03-01, 2004-03-01,   3",
  })
  void ageAroundTheLeapDay(LocalDate born, LocalDate on, Integer age) {
    Person p = Person.builder().id("P1").dateOfBirth(born).build();
    assertThat(p.ageOn(on)).isEqualTo(age == null ? OptionalInt.empty() : OptionalInt.of(age));
  }

  @Test
  void noDateOfBirthNoAge() {
    assertThat(Person.of("P1").ageOn(LocalDate.of(2024, 12, 31))).isEmpty();
  }
}
