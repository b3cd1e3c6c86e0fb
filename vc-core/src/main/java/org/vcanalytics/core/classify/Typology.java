package org.vcanalytics.core.classify;

/**
 * The typologies of a violent-crime event, in their reporting order. A crime can have several; a
 * non-violent crime has none.
 */
public enum Typology {
  /** A knife or sharp instrument used or threatened (Home Office knife-or-sharp-instrument collection). */
  KNIFE,
  /** A firearm or imitation firearm used, fired or threatened (offences involving firearms). */
  GUN,
  /** An offender, suspect or victim aged 25 or under on the day. */
  YOUTH,
  /** Flagged OCG-related, or an offender or suspect was an OCG member on the day. */
  OCG,
  /** Flagged domestic abuse, or domestic-abuse intelligence names a victim and an offender or suspect. */
  DOMESTIC,
  /** Violence against women: a female victim. */
  VAW,
  /** Robbery of personal property (offence code 34B). */
  ROBBERY_PERSONAL
}
