package org.vcanalytics.core;

/** How the recorded weapon was used ({@code crimes.csv} column {@code weapon_use}). */
public enum WeaponUse {
  /** Used on the victim. */
  USED,
  /** Used to threaten. */
  THREATENED,
  /** A firearm was fired. */
  FIRED,
  /** Carried or possessed only. */
  POSSESSED
}
