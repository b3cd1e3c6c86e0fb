package org.vcanalytics.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * A contributing factor of a person and the records that set it.
 *
 * @param factor the factor
 * @param recordIds the ids of the records behind it: custody ids, OCG ids, school URNs or crime ids,
 *     in order
 * @param text the factor and its records in plain English
 */
public record FactorEvidence(Factor factor, List<String> recordIds, String text) {

  /** Copies the ids. */
  public FactorEvidence {
    Objects.requireNonNull(factor, "factor");
    recordIds = List.copyOf(recordIds);
    Objects.requireNonNull(text, "text");
  }
}
