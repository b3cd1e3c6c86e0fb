package org.vcanalytics.harm;

/** The violent-crime category of a person as of a date. Every person has exactly one. */
public enum Category {
  /** In the cohort, with harm-with-recency at or above the threshold of the top fraction. */
  HIGH_HARM,
  /** In the cohort, below the threshold. */
  INVOLVED,
  /**
   * Outside the cohort, offender or suspect of a non-violent crime in the window, and directly
   * linked (weight at or above the option) to an offender or suspect of a recent violent crime.
   */
  CONNECTED,
  /** Everyone else, including every victim-only person. */
  NONE
}
