package org.vcanalytics.core.classify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A crime classified: violent or not and why, its typologies and the reasons for each.
 *
 * @param crimeId the crime
 * @param hoCode its normalised offence code
 * @param offence its entry in the offence table; empty for a code the table does not know
 * @param match what made it violent; empty when it is not violent crime
 * @param typologies its typologies in {@link Typology} order; empty when not violent
 * @param reasons the reasons behind the typologies, in typology order then person id
 */
public record CrimeClassification(
    String crimeId,
    String hoCode,
    Optional<Offence> offence,
    Optional<ViolenceMatch> match,
    List<Typology> typologies,
    List<TypologyReason> reasons) {

  /** One list per combination of typologies: a million violent crimes share a few dozen. */
  private static final java.util.Map<List<Typology>, List<Typology>> TYPOLOGY_LISTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Copies the lists. */
  public CrimeClassification {
    Objects.requireNonNull(crimeId, "crimeId");
    Objects.requireNonNull(hoCode, "hoCode");
    Objects.requireNonNull(offence, "offence");
    Objects.requireNonNull(match, "match");
    typologies = TYPOLOGY_LISTS.computeIfAbsent(List.copyOf(typologies), t -> t);
    reasons = List.copyOf(reasons);
  }

  /** @return true when the crime is violent crime under the definition used */
  public boolean violent() {
    return match.isPresent();
  }

  /**
   * @param t a typology
   * @return true when the crime has it
   */
  public boolean has(Typology t) {
    return typologies.contains(t);
  }

  /**
   * Whether the offence is in the Home Office knife-or-sharp-instrument data collection (NDQIS
   * selected offences). Reported beside {@link Typology#KNIFE}: a KNIFE crime whose offence is not in
   * the collection is not counted in the national knife-crime figures.
   *
   * @return true when the offence table marks it so
   */
  public boolean inKnifeCollection() {
    return offence.map(Offence::knifeCollection).orElse(false);
  }

  /** @return why the crime is, or is not, violent crime, in plain English */
  public String violenceReason() {
    if (match.isPresent()) {
      return match.get().describe();
    }
    return offence.isPresent()
        ? "offence code " + hoCode + " (" + offence.get().title() + ") is not in the definition"
        : "offence code " + hoCode + " is not in the Home Office table; counted as non-violent";
  }
}
