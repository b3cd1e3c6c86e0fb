package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

  /**
   * Someone born on 29 February has their birthday on 29 February in a leap year and on 1 March in
   * any other year, so their age on a day of year y is (y - birth year), less one before that
   * year's birthday. Births in every leap year from 1804 to 2096, days up to 130 years later, most of
   * them from 27 February to 2 March.
   */
  @Property(tries = 3000)
  void leapDayBirthdays(
      @ForAll("leapYears") int born,
      @ForAll @IntRange(min = 0, max = 130) int yearsLater,
      @ForAll("daysOfYear") int dayOfYear) {
    int y = born + yearsLater;
    LocalDate day = Year.of(y).atDay(Math.min(dayOfYear, Year.of(y).length()));
    Person p = Person.builder().id("P1").dateOfBirth(LocalDate.of(born, Month.FEBRUARY, 29)).build();
    LocalDate birthday = Year.isLeap(y) ? LocalDate.of(y, Month.FEBRUARY, 29) : LocalDate.of(y, Month.MARCH, 1);
    if (yearsLater == 0 && day.isBefore(birthday)) {
      assertThat(p.ageOn(day)).isEmpty();
    } else {
      assertThat(p.ageOn(day)).as("born %s-02-29, on %s", born, day)
          .hasValue(yearsLater - (day.isBefore(birthday) ? 1 : 0));
    }
  }

  /**
   * Someone born from 27 February to 3 March (not on 29 February) has their birthday on the same
   * month and day every year, leap or not: their age on a day of year y is (y - birth year), less one
   * before it. Catches an age counted by day of the year (1 March is day 61 in a leap year, 60 in
   * others).
   */
  @Property(tries = 2000)
  void birthdaysNextToTheLeapDay(
      @ForAll @IntRange(min = 1801, max = 2100) int born,
      @ForAll @IntRange(min = 58, max = 62) int bornDayOfYear,
      @ForAll @IntRange(min = 0, max = 130) int yearsLater,
      @ForAll("daysOfYear") int dayOfYear) {
    LocalDate dob = Year.of(born).atDay(bornDayOfYear);
    if (dob.getMonth() == Month.FEBRUARY && dob.getDayOfMonth() == 29) {
      dob = dob.plusDays(1); // leapDayBirthdays covers 29 February
    }
    int y = born + yearsLater;
    LocalDate day = Year.of(y).atDay(Math.min(dayOfYear, Year.of(y).length()));
    LocalDate birthday = LocalDate.of(y, dob.getMonth(), dob.getDayOfMonth());
    Person p = Person.builder().id("P1").dateOfBirth(dob).build();
    if (yearsLater == 0 && day.isBefore(birthday)) {
      assertThat(p.ageOn(day)).isEmpty();
    } else {
      assertThat(p.ageOn(day)).as("born %s, on %s", dob, day)
          .hasValue(yearsLater - (day.isBefore(birthday) ? 1 : 0));
    }
  }

  /** Every leap year from 1804 to 2096 (1900 and 2100 are not: divisible by 100, not by 400). */
  @Provide
  Arbitrary<Integer> leapYears() {
    return Arbitraries.of(IntStream.rangeClosed(1801, 2100).filter(Year::isLeap).boxed().toList());
  }

  /**
   * Day of the year: three times in four one of days 58 to 62 (27 February to 2 March in a leap
   * year, 27 February to 3 March in a common one), else any day (366 is 31 December in a common year).
   */
  @Provide
  Arbitrary<Integer> daysOfYear() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(58, 62)),
        Tuple.of(1, Arbitraries.integers().between(1, 366)));
  }
}
