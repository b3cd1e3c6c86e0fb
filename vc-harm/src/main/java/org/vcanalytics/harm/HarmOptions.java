package org.vcanalytics.harm;

import java.util.Objects;

/**
 * Options of the harm pillar; {@link #defaults()} are the specification's.
 *
 * @param weights harm weight per offence code (default ONS CSS 2020, legacy codes from 2016)
 * @param recency how events count as they age (default exponential, half-life 365 days)
 * @param windowDays a person's events are those of the last {@code windowDays} days, both ends
 *     inclusive (default 730)
 * @param recentDays CONNECTED needs a link to someone with a VC event in the last {@code recentDays}
 *     days, both ends inclusive (default 365)
 * @param highHarmFraction the top fraction of the cohort that is HIGH_HARM (default 0.10)
 * @param connectedLinkWeight the least link weight that makes CONNECTED (default 0.5)
 */
public record HarmOptions(
    WeightTable weights,
    RecencyScaling recency,
    int windowDays,
    int recentDays,
    double highHarmFraction,
    double connectedLinkWeight) {

  /** Checks the options. */
  public HarmOptions {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(recency, "recency");
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1 day, was " + windowDays);
    }
    if (recentDays < 0) {
      throw new IllegalArgumentException("recentDays must be 0 days or more, was " + recentDays);
    }
    if (recentDays > windowDays) {
      throw new IllegalArgumentException(
          "recentDays (" + recentDays + ") cannot exceed windowDays (" + windowDays + "): recent violent"
              + " crime is found among the events of the window");
    }
    if (!(highHarmFraction > 0 && highHarmFraction <= 1)) {
      throw new IllegalArgumentException("highHarmFraction must be in (0, 1], was " + highHarmFraction);
    }
    if (!(connectedLinkWeight >= 0 && connectedLinkWeight <= 1)) {
      throw new IllegalArgumentException("connectedLinkWeight must be in [0, 1], was " + connectedLinkWeight);
    }
  }

  /** @return the specification's defaults */
  public static HarmOptions defaults() {
    return new HarmOptions(WeightTable.defaults(), RecencyScaling.defaults(), 730, 365, 0.10, 0.5);
  }

  /** @param w weights @return a copy */
  public HarmOptions withWeights(WeightTable w) {
    return new HarmOptions(w, recency, windowDays, recentDays, highHarmFraction, connectedLinkWeight);
  }

  /** @param r recency scaling @return a copy */
  public HarmOptions withRecency(RecencyScaling r) {
    return new HarmOptions(weights, r, windowDays, recentDays, highHarmFraction, connectedLinkWeight);
  }

  /** @param days the window @return a copy */
  public HarmOptions withWindowDays(int days) {
    return new HarmOptions(weights, recency, days, recentDays, highHarmFraction, connectedLinkWeight);
  }

  /** @param days the recent period for CONNECTED @return a copy */
  public HarmOptions withRecentDays(int days) {
    return new HarmOptions(weights, recency, windowDays, days, highHarmFraction, connectedLinkWeight);
  }

  /** @param fraction the HIGH_HARM fraction @return a copy */
  public HarmOptions withHighHarmFraction(double fraction) {
    return new HarmOptions(weights, recency, windowDays, recentDays, fraction, connectedLinkWeight);
  }

  /** @param weight the CONNECTED link weight @return a copy */
  public HarmOptions withConnectedLinkWeight(double weight) {
    return new HarmOptions(weights, recency, windowDays, recentDays, highHarmFraction, weight);
  }
}
