package org.vcanalytics.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of {@link NetworkMeasures#of}; {@link #defaults()} are the specification's (§4.5). In JSON
 * ({@link #fromJson}, {@link #json}) they are {@code weighted}, {@code nodeLimit}, {@code samples},
 * {@code seed} and {@code threads}, a field left out taking its default, as {@link NetworkOptions}
 * does. The thread count changes only the time taken, never a result.
 *
 * @param weighted path cost 1 / weight (default) or 1 per link (hops), for betweenness and closeness
 * @param nodeLimit components of up to this many people get exact betweenness and closeness (default
 *     50,000); larger ones are estimated from a sample of source people
 * @param samples the number of source people sampled in a larger component (default 2,000)
 * @param seed the seed of the sample and of the communities (default 1)
 * @param threads how many threads compute the path measures; 0 (default) for every core
 */
public record MeasureOptions(boolean weighted, int nodeLimit, int samples, long seed, int threads) {

  /** The default node limit. */
  public static final int DEFAULT_NODE_LIMIT = 50_000;

  /** The default number of sampled sources. */
  public static final int DEFAULT_SAMPLES = 2_000;

  /** Checks. */
  public MeasureOptions {
    if (nodeLimit < 0) {
      throw new IllegalArgumentException("nodeLimit must be at least 0, was " + nodeLimit);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (every core) or more, was " + threads);
    }
  }

  /** @return the specification's defaults */
  public static MeasureOptions defaults() {
    return new MeasureOptions(true, DEFAULT_NODE_LIMIT, DEFAULT_SAMPLES, 1, 0);
  }

  /**
   * The options of a JSON object: a field left out ({@code null}) takes its default.
   *
   * @param weighted default true
   * @param nodeLimit default 50,000
   * @param samples default 2,000
   * @param seed default 1
   * @param threads default 0 (every core)
   * @return the options
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  @JsonCreator
  public static MeasureOptions fromJson(
      @JsonProperty("weighted") Boolean weighted,
      @JsonProperty("nodeLimit") Integer nodeLimit,
      @JsonProperty("samples") Integer samples,
      @JsonProperty("seed") Long seed,
      @JsonProperty("threads") Integer threads) {
    MeasureOptions d = defaults();
    return new MeasureOptions(
        weighted == null ? d.weighted() : weighted,
        nodeLimit == null ? d.nodeLimit() : nodeLimit,
        samples == null ? d.samples() : samples,
        seed == null ? d.seed() : seed,
        threads == null ? d.threads() : threads);
  }

  /**
   * The options as JSON fields, read back by {@link #fromJson}.
   *
   * @return field name to value, in the order of the record's components
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("weighted", weighted);
    m.put("nodeLimit", nodeLimit);
    m.put("samples", samples);
    m.put("seed", seed);
    m.put("threads", threads);
    return m;
  }

  /** @param yes cost 1 / weight, or hops @return a copy */
  public MeasureOptions withWeighted(boolean yes) {
    return new MeasureOptions(yes, nodeLimit, samples, seed, threads);
  }

  /** @param limit the exact node limit @return a copy */
  public MeasureOptions withNodeLimit(int limit) {
    return new MeasureOptions(weighted, limit, samples, seed, threads);
  }

  /** @param n sources to sample @param s seed @return a copy */
  public MeasureOptions withSampling(int n, long s) {
    return new MeasureOptions(weighted, nodeLimit, n, s, threads);
  }

  /** @param n threads, 0 for every core @return a copy */
  public MeasureOptions withThreads(int n) {
    return new MeasureOptions(weighted, nodeLimit, samples, seed, n);
  }

  /** @return the thread count to use: {@link #threads}, or the number of cores for 0 */
  public int effectiveThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
