package org.vcanalytics.harm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vcanalytics.core.Role;

/**
 * One violent-crime event of a person, as it counts towards their harm: counted once per crime even
 * when the person is recorded as both offender and suspect.
 *
 * @param crimeId the crime
 * @param hoCode its offence code
 * @param committedOn its date
 * @param roles the person's roles on it (OFFENDER, SUSPECT or both)
 * @param weight its harm weight (0 when the table has no weight for the code)
 * @param weightSource where the weight comes from, or {@code no weight} when none
 * @param ageDays days from the crime to the as-of date
 * @param factor the recency factor of that age
 */
public record HarmEvent(
    String crimeId,
    String hoCode,
    LocalDate committedOn,
    List<Role> roles,
    double weight,
    String weightSource,
    long ageDays,
    double factor) {

  /** Copies the roles. */
  public HarmEvent {
    Objects.requireNonNull(crimeId, "crimeId");
    roles = List.copyOf(roles);
  }

  /** @return weight × factor, the event's harm with recency */
  public double product() {
    return weight * factor;
  }
}
