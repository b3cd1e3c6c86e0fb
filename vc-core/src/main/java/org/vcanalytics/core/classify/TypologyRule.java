package org.vcanalytics.core.classify;

/** The rules that set typologies; each typology has one or two. */
public enum TypologyRule {
  /** {@code weapon} = KNIFE_OR_SHARP with {@code weapon_use} USED, THREATENED or blank. */
  KNIFE_WEAPON(Typology.KNIFE),
  /**
   * {@code weapon} = FIREARM or IMITATION_FIREARM (AIR_WEAPON when the option says so) with {@code
   * weapon_use} USED, FIRED, THREATENED or blank.
   */
  GUN_WEAPON(Typology.GUN),
  /** A person in one of the youth roles aged at most the youth age limit on {@code committed_on}. */
  YOUTH_AGE(Typology.YOUTH),
  /** {@code ocg_related} = Y. */
  OCG_FLAG(Typology.OCG),
  /** An offender or suspect was an OCG member on {@code committed_on}. */
  OCG_MEMBER(Typology.OCG),
  /** {@code domestic_abuse} = Y. */
  DOMESTIC_FLAG(Typology.DOMESTIC),
  /**
   * An intelligence log with a domestic-abuse header, recorded by the as-of date, names both a victim
   * and a different person who is an offender or suspect of the crime.
   */
  DOMESTIC_INTELLIGENCE(Typology.DOMESTIC),
  /** A victim recorded as female (and, when the option says so, a male offender or suspect). */
  FEMALE_VICTIM(Typology.VAW),
  /** Offence code 34B, robbery of personal property. */
  ROBBERY_CODE(Typology.ROBBERY_PERSONAL);

  private final Typology typology;

  TypologyRule(Typology typology) {
    this.typology = typology;
  }

  /** @return the typology the rule sets */
  public Typology typology() {
    return typology;
  }
}
