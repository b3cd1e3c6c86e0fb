package org.vcanalytics.core;

import java.util.Objects;

/**
 * A person's part in a crime: a row of {@code involvements.csv}. A person may hold several roles on
 * one crime (offender and suspect, say); each is its own involvement.
 *
 * @param crimeId the crime
 * @param personId the person
 * @param role the part they played
 */
public record Involvement(String crimeId, String personId, Role role) {

  /** Checks no part is missing. */
  public Involvement {
    Ids.requireId(crimeId, "crime id");
    Ids.requireId(personId, "person id");
    Objects.requireNonNull(role, "role");
  }

  /**
   * Creates an involvement.
   *
   * @param crimeId the crime
   * @param personId the person
   * @param role the part they played
   * @return the involvement
   */
  public static Involvement of(String crimeId, String personId, Role role) {
    return new Involvement(crimeId, personId, role);
  }
}
