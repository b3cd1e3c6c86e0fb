package org.vcanalytics.harm;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcanalytics.core.internal.IdTable;

/**
 * The harm pillar's result: every person's harm and category, the cohort and its threshold, and
 * warnings. People are in id order. Immutable.
 */
public final class HarmResult {
  private final LocalDate asOf;
  private final HarmOptions options;
  private final Cohort cohort;
  private final List<PersonHarm> people;
  /** Each person's place in {@link #people} (no map of a million entries). */
  private final IdTable byId;
  private final List<String> warnings;

  HarmResult(
      LocalDate asOf,
      HarmOptions options,
      Cohort cohort,
      List<PersonHarm> people,
      List<String> warnings) {
    this.asOf = asOf;
    this.options = options;
    this.cohort = cohort;
    this.people = Collections.unmodifiableList(people);
    this.byId = new IdTable(people.stream().map(PersonHarm::personId).toArray(String[]::new));
    this.warnings = List.copyOf(warnings);
  }

  /** @return the as-of date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the options used */
  public HarmOptions options() {
    return options;
  }

  /** @return the cohort, k and threshold */
  public Cohort cohort() {
    return cohort;
  }

  /** @return every person, in id order */
  public List<PersonHarm> people() {
    return people;
  }

  /**
   * @param personId a person
   * @return their harm, if the person is known
   */
  public Optional<PersonHarm> person(String personId) {
    int i = byId.rank(personId);
    return i < 0 ? Optional.empty() : Optional.of(people.get(i));
  }

  /**
   * @param personId a person
   * @return their category; NONE for an unknown person
   */
  public Category category(String personId) {
    int i = byId.rank(personId);
    return i < 0 ? Category.NONE : people.get(i).category();
  }

  /** @return the number of people in each category, every category present */
  public Map<Category, Long> counts() {
    Map<Category, Long> m = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      m.put(c, 0L);
    }
    people.forEach(p -> m.merge(p.category(), 1L, Long::sum));
    return Collections.unmodifiableMap(m);
  }

  /** @return e.g. offence codes of violent crimes that have no weight */
  public List<String> warnings() {
    return warnings;
  }
}
