package org.vcanalytics.harm;

/**
 * The recency–frequency–gravity profile of a person in the cohort, each banded 1 (lowest) to 5
 * (highest) across the cohort: band = ⌈5 × (people in the cohort whose measure is at or below this
 * person's) / n⌉. So the top of the cohort is 5, people with equal measures share a band (the higher
 * one), and a cohort of one is 5, 5, 5.
 *
 * @param recency how recent the last event is (more recent is higher)
 * @param frequency the number of events
 * @param gravity the harm, unscaled (sum of weights)
 */
public record Rfg(int recency, int frequency, int gravity) {

  /** Checks the bands. */
  public Rfg {
    for (int b : new int[] {recency, frequency, gravity}) {
      if (b < 1 || b > 5) {
        throw new IllegalArgumentException("RFG bands are 1 to 5, was " + b);
      }
    }
  }

  @Override
  public String toString() {
    return "R" + recency + " F" + frequency + " G" + gravity;
  }
}
