package org.vcanalytics.core.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;

/**
 * The people of a crime in some roles, reached by their places in the data set's people, and their
 * ages by place: what the typology rules ask of a crime's parties, without touching a person's
 * record until a reason names them.
 */
final class Parties {
  private Parties() {}

  /**
   * A person of a crime: their involvements are {@code involved[from, to)}, of which those in the
   * roles asked for give their roles (listed only when a reason needs them).
   */
  static final class Party {
    private final List<Involvement> involved;
    private final List<Person> persons;
    private final int[] ranks;
    private final int from;
    private final int to;
    private final Predicate<Role> wanted;

    private Party(
        List<Involvement> involved, List<Person> persons, int[] ranks, int from, int to, Predicate<Role> wanted) {
      this.involved = involved;
      this.persons = persons;
      this.ranks = ranks;
      this.from = from;
      this.to = to;
      this.wanted = wanted;
    }

    /** @return the person's place in the data set's people */
    int rank() {
      return ranks[from];
    }

    /** @return the person's record */
    Person person() {
      return persons.get(from);
    }

    /** @return the person's roles among those asked for, in the involvements' order */
    List<Role> roles() {
      List<Role> roles = new ArrayList<>(2);
      for (int k = from; k < to; k++) {
        if (wanted.test(involved.get(k).role())) {
          roles.add(involved.get(k).role());
        }
      }
      return roles;
    }
  }

  /**
   * The people of a crime in the given roles, each with all their roles, in person id order (the
   * involvements come ordered by person, then role; {@code ranks} is the place of the person of
   * each, {@code persons} their record).
   */
  static List<Party> of(List<Involvement> involved, int[] ranks, List<Person> persons, Predicate<Role> wanted) {
    List<Party> out = null;
    for (int k = 0; k < involved.size(); ) {
      boolean any = wanted.test(involved.get(k).role());
      int end = k + 1;
      for (; end < involved.size() && ranks[end] == ranks[k]; end++) { // one person's roles side by side
        any |= wanted.test(involved.get(end).role());
      }
      if (any) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(new Party(involved, persons, ranks, k, end, wanted));
      }
      k = end;
    }
    return out == null ? List.of() : out;
  }

  /**
   * Each person's date of birth by place, as one number {@code yyyymmdd}, so that an age is a
   * subtraction and a division: completed years, exactly as {@link Person#ageOn} counts them.
   */
  static final class Birthdays {
    private static final int NONE = -1;
    /** A day whose year has not four digits: its age is asked of {@link Person#ageOn}. */
    static final int ELSEWHEN = Integer.MIN_VALUE;
    private final List<Person> people;
    private final int[] packed;

    /** @param people the data set's people, in its order */
    Birthdays(List<Person> people) {
      this.people = people;
      packed = new int[people.size()];
      for (int i = 0; i < packed.length; i++) {
        packed[i] = people.get(i).dateOfBirth().map(Birthdays::packed).orElse(NONE);
      }
    }

    /**
     * @return a day as {@code yyyymmdd}, in day order; {@link #ELSEWHEN} for a year before 1 or
     *     after 9999
     */
    static int packed(LocalDate day) {
      int y = day.getYear();
      return y < 1 || y > 9999 ? ELSEWHEN : y * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /**
     * {@link Person#ageOn}, by place: the years completed by a day, {@code (day − birth) / 10000}
     * with both as {@code yyyymmdd} (on 2025-01-01 someone born 1993-03-02 is (20250101 − 19930302)
     * / 10000 = 319799 / 10000 = 31; on 2005-02-28 someone born 2004-02-29 is 9999 / 10000 = 0, as
     * {@code Period.between} counts it).
     *
     * @param rank a place in the data set's people
     * @param day the day, as {@link #packed}
     * @param date the same day
     * @return the age; -1 when the date of birth is not recorded or is after the day
     */
    int age(int rank, int day, LocalDate date) {
      int birth = packed[rank];
      if (birth == ELSEWHEN || day == ELSEWHEN) {
        return people.get(rank).ageOn(date).orElse(-1);
      }
      return birth == NONE || birth > day ? -1 : (day - birth) / 10_000;
    }
  }
}
