package org.vcanalytics.harm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's harm and category as of a date, with everything needed to check it by hand. The
 * plain-English {@link #explanation()} is written when asked for, not held for every person of a
 * force.
 */
public final class PersonHarm {

  /** What every explanation of one result shares. */
  record Context(Cohort cohort, LocalDate asOf, HarmOptions options) {}

  private final String personId;
  private final Category category;
  private final List<HarmEvent> events;
  private final double harm;
  private final double harmRecency;
  private final Optional<Rfg> rfg;
  private final List<String> otherCrimes;
  private final List<Connection> connections;
  private final boolean offenderOrSuspect;
  private final Context context;

  PersonHarm(
      String personId,
      Category category,
      List<HarmEvent> events,
      double harm,
      double harmRecency,
      Optional<Rfg> rfg,
      List<String> otherCrimes,
      List<Connection> connections,
      boolean offenderOrSuspect,
      Context context) {
    this.personId = Objects.requireNonNull(personId);
    this.category = Objects.requireNonNull(category);
    this.events = List.copyOf(events);
    this.harm = harm;
    this.harmRecency = harmRecency;
    this.rfg = rfg;
    this.otherCrimes = List.copyOf(otherCrimes);
    this.connections = List.copyOf(connections);
    this.offenderOrSuspect = offenderOrSuspect;
    this.context = context;
  }

  /** @return the person */
  public String personId() {
    return personId;
  }

  /** @return their category */
  public Category category() {
    return category;
  }

  /** @return their violent-crime events in the window as offender or suspect, in crime id order */
  public List<HarmEvent> events() {
    return events;
  }

  /** @return the number of violent-crime events in the window */
  public int vcEvents() {
    return events.size();
  }

  /** @return the sum of the events' weights */
  public double harm() {
    return harm;
  }

  /** @return the sum of weight × recency factor */
  public double harmRecency() {
    return harmRecency;
  }

  /** @return the date of their latest event; empty when none */
  public Optional<LocalDate> lastVcOn() {
    return events.stream().map(HarmEvent::committedOn).max(LocalDate::compareTo);
  }

  /** @return the largest weight of their events; 0 when none */
  public double maxWeight() {
    return events.stream().mapToDouble(HarmEvent::weight).max().orElse(0);
  }

  /** @return their recency–frequency–gravity bands; present for the cohort only */
  public Optional<Rfg> rfg() {
    return rfg;
  }

  /**
   * @return non-violent crimes in the window where they were offender or suspect, in id order (what
   *     makes CONNECTED possible)
   */
  public List<String> otherCrimes() {
    return otherCrimes;
  }

  /** @return for CONNECTED, the links that make it, in the linked person's id order */
  public List<Connection> connections() {
    return connections;
  }

  /** @return the result in plain English, with the arithmetic an analyst can redo */
  public String explanation() {
    return Explanations.explain(
        personId, category, events, harm, harmRecency, rfg, otherCrimes, connections, offenderOrSuspect,
        context.cohort(), context.asOf(), context.options());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonHarm p
        && personId.equals(p.personId)
        && category == p.category
        && events.equals(p.events)
        && Double.compare(harm, p.harm) == 0
        && Double.compare(harmRecency, p.harmRecency) == 0
        && rfg.equals(p.rfg)
        && otherCrimes.equals(p.otherCrimes)
        && connections.equals(p.connections)
        && offenderOrSuspect == p.offenderOrSuspect
        && context.equals(p.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(personId, category, events, harm, harmRecency);
  }

  @Override
  public String toString() {
    return "PersonHarm[" + personId + ", " + category + ", vcEvents=" + events.size() + ", harm=" + harm
        + ", harmRecency=" + harmRecency + "]";
  }
}
