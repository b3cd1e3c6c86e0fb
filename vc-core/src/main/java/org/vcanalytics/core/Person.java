package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.vcanalytics.core.internal.VcStyle;

/**
 * A person known to the force: a row of {@code people.csv}, or someone named in an involvement or an
 * intelligence log when no people file is given (then only the id is known).
 *
 * <pre>{@code
 * Person p = Person.builder().id("P1").dateOfBirth(LocalDate.of(2001, 5, 4)).sex(Sex.F).build();
 * }</pre>
 */
@Value.Immutable
@VcStyle
public abstract class Person {

  /** Starts a builder; {@code id} is required. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A person of whom only the id is known.
   *
   * @param id the person id
   * @return the person
   */
  public static Person of(String id) {
    return builder().id(id).build();
  }

  /** @return the person id, unique in the data set */
  public abstract String id();

  /** @return the date of birth, when recorded */
  public abstract Optional<LocalDate> dateOfBirth();

  /** @return the recorded sex, when recorded */
  public abstract Optional<Sex> sex();

  /** @return the home location on the National Grid, when recorded */
  public abstract Optional<GridPoint> home();

  /** @return the home postcode as recorded (upper case, single spaces), when recorded */
  public abstract Optional<String> homePostcode();

  /**
   * Age in completed years on a date: a person born on 2000-03-01 is 25 on 2025-03-01 and 24 the
   * day before.
   *
   * @param date the day
   * @return the age, empty when the date of birth is not recorded or is after {@code date}
   */
  public OptionalInt ageOn(LocalDate date) {
    if (dateOfBirth().isEmpty() || dateOfBirth().get().isAfter(date)) {
      return OptionalInt.empty();
    }
    // Completed years, as Period.between(dob, date).getYears() counts them (someone born on 29
    // February has a birthday on 1 March in other years), without building a Period.
    LocalDate dob = dateOfBirth().get();
    int years = date.getYear() - dob.getYear();
    if (date.getMonthValue() < dob.getMonthValue()
        || (date.getMonthValue() == dob.getMonthValue() && date.getDayOfMonth() < dob.getDayOfMonth())) {
      years--;
    }
    return OptionalInt.of(years);
  }

  @Value.Check
  void check() {
    Ids.requireId(id(), "person id");
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
