package org.vcanalytics.examples.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vcanalytics.network.MeasureOptions;

/**
 * Whether the pipeline works out each person's network measures (people.csv's {@code degree},
 * {@code weighted_degree}, {@code betweenness}, {@code closeness}, {@code component}, {@code
 * community}, {@code coreness}) and how. They are measured on the sub-network of the people in a
 * category (HIGH_HARM, INVOLVED, CONNECTED) and the links among them (network.graphml's nodes with
 * {@code in_category} true, without their neighbours). Off by default: at force scale betweenness and closeness take longer than the
 * rest of the analysis (docs/performance.md), so the columns are left empty and summary.json says
 * so. In JSON: {@code {"measures": {"enabled": true, "samples": 500}}}; the fields other than
 * {@code enabled} are vc-network's {@link MeasureOptions}, with its defaults and checks.
 *
 * @param enabled whether to measure (default false)
 * @param weighted path cost 1 / weight (default) or 1 per link
 * @param nodeLimit components up to this size are exact (default 50,000)
 * @param samples sources sampled in a larger component (default 2,000)
 * @param seed the seed of the sample and of the communities (default 1)
 * @param threads threads for betweenness and closeness, 0 for every core (default); never changes a result
 */
public record MeasuresOptions(
    boolean enabled, boolean weighted, int nodeLimit, int samples, long seed, int threads) {

  /** Checks the values as vc-network does. */
  public MeasuresOptions {
    new MeasureOptions(weighted, nodeLimit, samples, seed, threads);
  }

  /** @return off, with vc-network's default measure options */
  public static MeasuresOptions defaults() {
    return of(false, MeasureOptions.defaults());
  }

  /**
   * @param enabled whether to measure
   * @param o how
   * @return the options
   */
  public static MeasuresOptions of(boolean enabled, MeasureOptions o) {
    return new MeasuresOptions(enabled, o.weighted(), o.nodeLimit(), o.samples(), o.seed(), o.threads());
  }

  /** @param yes measure or not @return a copy */
  public MeasuresOptions withEnabled(boolean yes) {
    return new MeasuresOptions(yes, weighted, nodeLimit, samples, seed, threads);
  }

  /** @return vc-network's options */
  public MeasureOptions options() {
    return new MeasureOptions(weighted, nodeLimit, samples, seed, threads);
  }

  /**
   * Reads the options from JSON fields, each left out taking its default.
   *
   * @param enabled default false
   * @param weighted see {@link MeasureOptions}
   * @param nodeLimit see {@link MeasureOptions}
   * @param samples see {@link MeasureOptions}
   * @param seed see {@link MeasureOptions}
   * @param threads see {@link MeasureOptions}
   * @return the options
   */
  @JsonCreator
  public static MeasuresOptions fromJson(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("weighted") Boolean weighted,
      @JsonProperty("nodeLimit") Integer nodeLimit,
      @JsonProperty("samples") Integer samples,
      @JsonProperty("seed") Long seed,
      @JsonProperty("threads") Integer threads) {
    return of(enabled != null && enabled, MeasureOptions.fromJson(weighted, nodeLimit, samples, seed, threads));
  }

  /** @return the JSON fields: {@code enabled}, then those of {@link MeasureOptions} */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", enabled);
    m.putAll(options().json());
    return m;
  }
}
