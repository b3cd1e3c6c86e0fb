package org.vcanalytics.core.classify;

import java.util.function.Predicate;

/** The named violent-crime definitions. */
public enum VcProfile {
  /**
   * The default: physical violence. Homicide, attempted murder, threats to kill, conspiracy to
   * murder, violence with injury, assault without injury, kidnapping, robbery, and the legacy
   * (pre-2012/13) wounding and ABH codes so ten-year histories stay comparable. Aligned with the WHO
   * definition of physical violence.
   */
  PHYSICAL_VIOLENCE(Offence::physicalViolence),
  /** {@link #PHYSICAL_VIOLENCE} plus rape and sexual assault. */
  PHYSICAL_AND_SEXUAL(Offence::physicalAndSexual),
  /**
   * The whole ONS group "Violence against the person", exactly: homicide, violence with and without
   * injury, death or serious injury by unlawful driving, stalking and harassment, child cruelty,
   * modern slavery and the legacy codes. Not a superset of the others: ONS counts robbery and sexual
   * offences in other groups, so under this profile robbery is not violent crime and
   * ROBBERY_PERSONAL never applies.
   */
  VIOLENCE_AGAINST_THE_PERSON(Offence::violenceAgainstThePerson);

  private final Predicate<Offence> member;

  VcProfile(Predicate<Offence> member) {
    this.member = member;
  }

  /**
   * @param offence an offence of the table
   * @return true when the profile counts it as violent crime
   */
  public boolean includes(Offence offence) {
    return member.test(offence);
  }
}
