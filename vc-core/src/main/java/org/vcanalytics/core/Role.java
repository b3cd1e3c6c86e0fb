package org.vcanalytics.core;

/** The part a person played in a crime, as recorded in {@code involvements.csv}. */
public enum Role {
  /** The person harmed. */
  VICTIM,
  /** A person charged, cautioned or otherwise recorded as having committed the crime. */
  OFFENDER,
  /** A person suspected of the crime. */
  SUSPECT,
  /** A witness. Witnesses never form crime links in the network. */
  WITNESS,
  /** Any other recorded part (informant, reporting person, ...). */
  OTHER;

  /** @return true for {@link #OFFENDER} and {@link #SUSPECT}, the roles that count towards harm */
  public boolean isOffenderOrSuspect() {
    return this == OFFENDER || this == SUSPECT;
  }
}
