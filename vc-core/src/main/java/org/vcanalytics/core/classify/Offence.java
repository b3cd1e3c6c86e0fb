package org.vcanalytics.core.classify;

import java.util.Objects;

/**
 * One Home Office offence code with its place in the ONS offence hierarchy: a row of the bundled
 * {@code ho_offence_classification.csv}.
 *
 * @param code the normalised code ({@code 8N}, {@code 4.1}, {@code 105A})
 * @param title the Home Office title
 * @param group the ONS offence group ({@code Violence against the person}, {@code Robbery}, ...)
 * @param subgroup the sub-group ({@code Violence with injury}, ...); empty when none
 * @param legacy true for codes retired before 2012/13, kept so ten-year histories stay comparable
 * @param knifeCollection true when the offence is in the Home Office knife-or-sharp-instrument data
 *     collection (column {@code ndqis_selected})
 * @param physicalViolence in the {@link VcProfile#PHYSICAL_VIOLENCE} profile
 * @param physicalAndSexual in the {@link VcProfile#PHYSICAL_AND_SEXUAL} profile
 */
public record Offence(
    String code,
    String title,
    String group,
    String subgroup,
    boolean legacy,
    boolean knifeCollection,
    boolean physicalViolence,
    boolean physicalAndSexual) {

  /** The ONS group that the {@link VcProfile#VIOLENCE_AGAINST_THE_PERSON} profile takes whole. */
  public static final String VIOLENCE_AGAINST_THE_PERSON = "Violence against the person";

  /** Checks the parts. */
  public Offence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(subgroup, "subgroup");
  }

  /** @return true when the offence belongs to the ONS group "Violence against the person" */
  public boolean violenceAgainstThePerson() {
    return group.equals(VIOLENCE_AGAINST_THE_PERSON);
  }
}
