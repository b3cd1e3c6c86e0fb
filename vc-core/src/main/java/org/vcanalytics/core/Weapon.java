package org.vcanalytics.core;

/** The weapon recorded on a crime ({@code crimes.csv} column {@code weapon}). */
public enum Weapon {
  /** No weapon. */
  NONE,
  /** A knife or sharp instrument. */
  KNIFE_OR_SHARP,
  /** A firearm. */
  FIREARM,
  /** An imitation firearm. */
  IMITATION_FIREARM,
  /** An air weapon. */
  AIR_WEAPON,
  /** A blunt instrument. */
  BLUNT,
  /** Any other weapon. */
  OTHER
}
