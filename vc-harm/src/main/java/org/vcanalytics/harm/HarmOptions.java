package org.vcanalytics.harm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options of the harm pillar; {@link #defaults()} are the specification's, written here once. In JSON
 * ({@link #fromJson}, {@link #json}) they are {@code recency} ({@code exponential}, {@code linear} or
 * {@code banded}), {@code halfLifeDays} (exponential only), {@code windowDays}, {@code recentDays},
 * {@code highHarmFraction} and {@code connectedLinkWeight}; the weight table and the bands of banded
 * scaling are not in JSON and take their defaults. A linear scaling decays over {@code windowDays}.
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

  /** The default half-life of exponential recency, in days, from {@link RecencyScaling#defaults()}. */
  private static final double DEFAULT_HALF_LIFE_DAYS =
      ((RecencyScaling.Exponential) RecencyScaling.defaults()).halfLifeDays();

  /**
   * The options of a JSON object: a field left out ({@code null}) takes its default; the weights are
   * the defaults.
   *
   * @param recency {@code exponential} (default), {@code linear} (over {@code windowDays}) or {@code
   *     banded} (the default bands)
   * @param halfLifeDays exponential's half-life (default 365); only with exponential recency
   * @param windowDays default 730
   * @param recentDays default 365
   * @param highHarmFraction default 0.10
   * @param connectedLinkWeight default 0.5
   * @return the options
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  @JsonCreator
  public static HarmOptions fromJson(
      @JsonProperty("recency") String recency,
      @JsonProperty("halfLifeDays") Double halfLifeDays,
      @JsonProperty("windowDays") Integer windowDays,
      @JsonProperty("recentDays") Integer recentDays,
      @JsonProperty("highHarmFraction") Double highHarmFraction,
      @JsonProperty("connectedLinkWeight") Double connectedLinkWeight) {
    HarmOptions d = defaults();
    int window = windowDays == null ? d.windowDays() : windowDays;
    String kind = recency == null ? d.recency().name() : recency;
    // options.json of earlier versions always held the default half-life; any other is refused.
    if (halfLifeDays != null && !kind.equals("exponential") && halfLifeDays != DEFAULT_HALF_LIFE_DAYS) {
      throw new IllegalArgumentException(
          "halfLifeDays " + halfLifeDays + " is only for exponential recency, and recency is " + kind);
    }
    RecencyScaling r =
        switch (kind) {
          case "exponential" -> new RecencyScaling.Exponential(
              halfLifeDays == null ? DEFAULT_HALF_LIFE_DAYS : halfLifeDays);
          case "linear" -> new RecencyScaling.Linear(window);
          case "banded" -> RecencyScaling.Banded.defaults();
          default -> throw new IllegalArgumentException(
              "recency must be exponential, linear or banded, was " + kind);
        };
    return new HarmOptions(
        d.weights(),
        r,
        window,
        recentDays == null ? d.recentDays() : recentDays,
        highHarmFraction == null ? d.highHarmFraction() : highHarmFraction,
        connectedLinkWeight == null ? d.connectedLinkWeight() : connectedLinkWeight);
  }

  /**
   * The options as JSON fields, read back by {@link #fromJson}: the weights and a banded scaling's
   * bands are left out (only their defaults can be read back), as is a linear window other than
   * {@code windowDays}.
   *
   * @return field name to value, in a fixed order
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recency", recency.name());
    if (recency instanceof RecencyScaling.Exponential e) {
      m.put("halfLifeDays", e.halfLifeDays());
    }
    m.put("windowDays", windowDays);
    m.put("recentDays", recentDays);
    m.put("highHarmFraction", highHarmFraction);
    m.put("connectedLinkWeight", connectedLinkWeight);
    return m;
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
