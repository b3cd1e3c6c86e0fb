package org.vcanalytics.geo.hotspot;

import java.util.List;
import java.util.Optional;

/**
 * The people of a cohort (for example the VC cohort of the harm module) who attended a school,
 * according to custody records up to the as-of date. Person-level data.
 *
 * @param urn the school's URN
 * @param schoolName the school's name, when the school is in {@code schools.csv}
 * @param personIds the people, in id order
 */
public record SchoolCohort(String urn, Optional<String> schoolName, List<String> personIds) {

  /** Copies the list. */
  public SchoolCohort {
    personIds = List.copyOf(personIds);
  }
}
