package org.vcanalytics.core.classify;

/**
 * Contributing factors recorded in police data about a person, as of a date. Police data sees only
 * part of a person's life: the absence of a factor means "not recorded", never "not present".
 */
public enum Factor {
  /** A custody record up to the date with the mental-health marker. */
  MENTAL_HEALTH,
  /** A custody record up to the date with the substance-misuse marker. */
  SUBSTANCE_MISUSE,
  /** A custody record up to the date with the alcohol marker. */
  ALCOHOL,
  /** A custody record up to the date with the self-harm marker. */
  SELF_HARM,
  /** A membership of an organised crime group that began on or before the date (current or past). */
  OCG_MEMBERSHIP,
  /** A school recorded on a custody record up to the date. */
  SCHOOL_ATTENDED,
  /** Adverse childhood experience: the victim of any crime before the age of 18. */
  ACE_VICTIM_UNDER_18,
  /**
   * Adverse childhood experience: victim or witness of a domestic-abuse crime before the age of 18.
   */
  ACE_DOMESTIC_ABUSE_UNDER_18
}
