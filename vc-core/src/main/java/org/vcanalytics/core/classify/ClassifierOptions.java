package org.vcanalytics.core.classify;

import java.util.Objects;

/**
 * Options of {@link VcClassifier}.
 *
 * @param definition what counts as violent crime (default {@link VcProfile#PHYSICAL_VIOLENCE})
 * @param typologies options of the typology rules
 * @param offences the offence table (default the bundled one)
 */
public record ClassifierOptions(
    VcDefinition definition, TypologyOptions typologies, OffenceTable offences) {

  /** Checks the parts. */
  public ClassifierOptions {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(typologies, "typologies");
    Objects.requireNonNull(offences, "offences");
  }

  /** @return the specification's defaults */
  public static ClassifierOptions defaults() {
    return new ClassifierOptions(
        VcDefinition.defaults(), TypologyOptions.defaults(), OffenceTable.bundled());
  }

  /** @param d a definition @return a copy using it */
  public ClassifierOptions withDefinition(VcDefinition d) {
    return new ClassifierOptions(d, typologies, offences);
  }

  /** @param table an offence table @return a copy using it */
  public ClassifierOptions withOffences(OffenceTable table) {
    return new ClassifierOptions(definition, typologies, table);
  }

  /** @param t typology options @return a copy using them */
  public ClassifierOptions withTypologies(TypologyOptions t) {
    return new ClassifierOptions(definition, t, offences);
  }
}
