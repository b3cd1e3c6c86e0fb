package org.vcanalytics.core.classify;

import java.util.List;
import java.util.Optional;

/**
 * A person's contributing factors as of a date, each with its evidence.
 *
 * @param personId the person
 * @param factors the factors found, in {@link Factor} order; empty when none is recorded
 */
public record PersonFactors(String personId, List<FactorEvidence> factors) {

  /** Copies the list. */
  public PersonFactors {
    factors = List.copyOf(factors);
  }

  /**
   * @param factor a factor
   * @return true when recorded for this person
   */
  public boolean has(Factor factor) {
    for (int i = 0; i < factors.size(); i++) { // asked millions of times: no iterator
      if (factors.get(i).factor() == factor) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param factor a factor
   * @return its evidence, when recorded
   */
  public Optional<FactorEvidence> evidence(Factor factor) {
    for (FactorEvidence f : factors) { // a handful at most: a loop, not a stream
      if (f.factor() == factor) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
