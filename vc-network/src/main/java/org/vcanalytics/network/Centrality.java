package org.vcanalytics.network;

/**
 * Centrality of people in a {@link PersonNetwork}. What a link's weight means depends on the
 * measure: for degree-like measures it is strength (a stronger link counts more); for path measures
 * (betweenness, closeness) the cost of crossing a link is 1 / weight, so a path through reliable links
 * is short and one through weak intelligence is long.
 */
public final class Centrality {
  private Centrality() {}

  /** Relative tolerance within which two path costs are equal (sums of 1/weight differ in the last bits). */
  static final double TIE = 1e-9;

  /** @param net a network @return each person's number of links */
  public static Scores degree(PersonNetwork net) {
    double[] d = new double[net.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = net.end(i) - net.start(i);
    }
    return new Scores(net, d);
  }

  /** @param net a network @return each person's sum of link weights (strength) */
  public static Scores weightedDegree(PersonNetwork net) {
    double[] d = new double[net.size()];
    for (int i = 0; i < d.length; i++) {
      for (int k = net.start(i); k < net.end(i); k++) {
        d[i] += net.weight(k);
      }
    }
    return new Scores(net, d);
  }

  /**
   * Options of {@link #betweenness(PersonNetwork, BetweennessOptions)}.
   *
   * @param weighted path cost 1 / weight (default) or 1 per link (hops)
   * @param nodeLimit components up to this many people are computed exactly (default 50,000)
   * @param samples for larger components, the number of source people sampled (default 2,000)
   * @param seed the seed of the sample (default 1)
   */
  public record BetweennessOptions(boolean weighted, int nodeLimit, int samples, long seed) {
    /** @return the defaults */
    public static BetweennessOptions defaults() {
      return new BetweennessOptions(true, 50_000, 2_000, 1);
    }

    /** @param yes cost 1 / weight, or hops @return a copy */
    public BetweennessOptions withWeighted(boolean yes) {
      return new BetweennessOptions(yes, nodeLimit, samples, seed);
    }

    /** @param limit the exact node limit @return a copy */
    public BetweennessOptions withNodeLimit(int limit) {
      return new BetweennessOptions(weighted, limit, samples, seed);
    }

    /** @param n sources to sample @param s seed @return a copy */
    public BetweennessOptions withSampling(int n, long s) {
      return new BetweennessOptions(weighted, nodeLimit, n, s);
    }
  }

  /**
   * Betweenness and how it was computed.
   *
   * @param scores each person's betweenness: the number of shortest paths between other people that
   *     pass through them, each unordered pair counted once and split evenly among equal shortest
   *     paths (networkx's and igraph's unnormalised measure)
   * @param exact true when every component was computed exactly
   * @param sampledComponents how many components were estimated from a sample of sources
   */
  public record Betweenness(Scores scores, boolean exact, int sampledComponents) {}

  /** @param net a network @return betweenness with the default options */
  public static Betweenness betweenness(PersonNetwork net) {
    return betweenness(net, BetweennessOptions.defaults());
  }

  /**
   * Betweenness by Brandes' algorithm (Brandes 2001, "A faster algorithm for betweenness
   * centrality"), per connected component: exact for components up to {@code nodeLimit} people,
   * otherwise from {@code samples} source people drawn with the seed and scaled by component size /
   * samples to the exact measure's units (Brandes and Pich 2007). Path costs equal within a relative
   * 1e-9 count as equal. O(n m + n² log n) exact; parallel on every core, the same result whatever
   * the thread count ({@link NetworkMeasures} gives every measure at once).
   *
   * @param net a network
   * @param options the options
   * @return the scores and whether they are exact
   */
  public static Betweenness betweenness(PersonNetwork net, BetweennessOptions options) {
    PathMeasures.Result r = PathMeasures.compute(new PathGraph(net, options.weighted()), true,
        options.nodeLimit(), options.samples(), options.seed(), Runtime.getRuntime().availableProcessors(), null);
    return new Betweenness(new Scores(net, r.betweenness()), r.exact(), r.sampledComponents());
  }

  /**
   * Closeness as networkx computes it for a graph in pieces (Wasserman and Faust): for a person
   * who reaches r people (themselves included) at total cost D, closeness = ((r − 1) / D) × ((r − 1)
   * / (n − 1)); 0 for someone who reaches no one. Cost 1 / weight per link.
   *
   * @param net a network
   * @param weighted cost 1 / weight, or 1 per link
   * @return each person's closeness
   */
  public static Scores closeness(PersonNetwork net, boolean weighted) {
    PathMeasures.Result r = PathMeasures.compute(new PathGraph(net, weighted), false, Integer.MAX_VALUE, 1, 0,
        Runtime.getRuntime().availableProcessors(), null);
    return new Scores(net, r.closeness());
  }
}
