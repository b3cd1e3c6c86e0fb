package org.vcanalytics.harm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's harm and category as of a date, with everything needed to check it by hand.
 *
 * @param personId the person
 * @param category their category
 * @param events their violent-crime events in the window as offender or suspect, in crime id order
 * @param harm the sum of the events' weights
 * @param harmRecency the sum of weight × recency factor
 * @param lastVcOn the date of their latest event; empty when none
 * @param maxWeight the largest weight of their events; 0 when none
 * @param rfg their recency–frequency–gravity bands; present for the cohort only
 * @param otherCrimes non-violent crimes in the window where they were offender or suspect, in id
 *     order (what makes CONNECTED possible)
 * @param connections for CONNECTED, the links that make it, in the linked person's id order
 * @param explanation the result in plain English, with the arithmetic
 */
public record PersonHarm(
    String personId,
    Category category,
    List<HarmEvent> events,
    double harm,
    double harmRecency,
    Optional<LocalDate> lastVcOn,
    double maxWeight,
    Optional<Rfg> rfg,
    List<String> otherCrimes,
    List<Connection> connections,
    String explanation) {

  /** Copies the lists. */
  public PersonHarm {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(category, "category");
    events = List.copyOf(events);
    otherCrimes = List.copyOf(otherCrimes);
    connections = List.copyOf(connections);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** @return the number of violent-crime events in the window */
  public int vcEvents() {
    return events.size();
  }
}
