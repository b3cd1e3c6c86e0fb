package org.vcanalytics.harm;

import java.time.LocalDate;
import java.util.Objects;
import org.vcanalytics.core.Link;

/**
 * Why a person is CONNECTED: a direct link to someone who was offender or suspect of a recent
 * violent crime.
 *
 * @param link the link, with its weight and evidence
 * @param linkedPersonId the person at the other end
 * @param theirCrimeId that person's most recent violent crime in the recent period
 * @param theirCrimeOn its date
 */
public record Connection(Link link, String linkedPersonId, String theirCrimeId, LocalDate theirCrimeOn) {

  /** Checks the parts. */
  public Connection {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(linkedPersonId, "linkedPersonId");
    Objects.requireNonNull(theirCrimeId, "theirCrimeId");
    Objects.requireNonNull(theirCrimeOn, "theirCrimeOn");
  }
}
