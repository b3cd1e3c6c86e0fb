package org.vcanalytics.network;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Every per-person measure of a {@link PersonNetwork} at once: degree, weighted degree, betweenness,
 * closeness, component, community and coreness, by person index (the position in {@link
 * PersonNetwork#people()}) or by id. Immutable and thread-safe.
 *
 * <pre>{@code
 * NetworkMeasures m = NetworkMeasures.of(net, MeasureOptions.defaults());
 * m.person("P001").betweenness();  // or m.betweenness(i) for the i-th person of net.people()
 * m.exact();                        // false when some component was sampled
 * }</pre>
 *
 * <p>Betweenness and closeness are those of {@link Centrality} (Brandes 2001; networkx's unnormalised
 * betweenness counting each unordered pair once; networkx's Wasserman–Faust closeness; path cost 1 /
 * weight, or 1 per link; costs equal within a relative 1e-9 are equal), computed per component:
 * exactly up to {@link MeasureOptions#nodeLimit()} people, O(n m + n² log n) for a component of n
 * people and m links (O(n m) unweighted); above it from {@link MeasureOptions#samples()} seeded source
 * people, O(samples × (m + n log n)), betweenness scaled by n / samples (Brandes and Pich 2007) and
 * closeness from the sampled distances (Eppstein and Wang 2004). The runs are parallel over sources
 * and give the same bits whatever the thread count. Component (1 = largest, as {@link
 * Structure#components} orders them), community ({@link Structure#communities} with the options'
 * seed, 1 = largest) and coreness ({@link Structure#coreness}) are near-linear.
 */
public final class NetworkMeasures {

  /**
   * One person's measures.
   *
   * @param personId the person
   * @param degree number of links
   * @param weightedDegree sum of link weights
   * @param betweenness unnormalised betweenness (0 for someone with no link)
   * @param closeness Wasserman–Faust closeness (0 for someone with no link)
   * @param component component number, 1 = largest (ties by first person id)
   * @param community community number, 1 = largest (ties by first person id)
   * @param coreness the largest k of a k-core holding them
   */
  public record PersonMeasures(
      String personId, int degree, double weightedDegree, double betweenness, double closeness,
      int component, int community, int coreness) {

    /** @return whether the person has any link (people.csv leaves the measures empty otherwise) */
    public boolean linked() {
      return degree > 0;
    }
  }

  private final PersonNetwork network;
  private final MeasureOptions options;
  private final int[] degree;
  private final double[] weightedDegree;
  private final double[] betweenness;
  private final double[] closeness;
  private final int[] component;
  private final int[] community;
  private final int[] coreness;
  private final boolean exact;
  private final int samples;
  private final int sampledComponents;
  private final int components;

  private NetworkMeasures(PersonNetwork net, MeasureOptions options, Executor executor) {
    this.network = net;
    this.options = options;
    int n = net.size();
    degree = new int[n];
    weightedDegree = new double[n];
    for (int i = 0; i < n; i++) {
      degree[i] = net.end(i) - net.start(i);
      for (int k = net.start(i); k < net.end(i); k++) {
        weightedDegree[i] += net.weight(k);
      }
    }
    PathGraph g = new PathGraph(net, options.weighted());
    PathMeasures.Result r = PathMeasures.compute(
        g, true, options.nodeLimit(), options.samples(), options.seed(), options.effectiveThreads(), executor);
    betweenness = r.betweenness();
    closeness = r.closeness();
    exact = r.exact();
    samples = r.samples();
    sampledComponents = r.sampledComponents();
    components = g.components();
    component = new int[n];
    for (int i = 0; i < n; i++) {
      component[i] = g.componentOf[i] + 1;
    }
    community = Structure.groupNumbers(net, Structure.communityIndex(net, options.seed()));
    coreness = Structure.corenessIndex(net);
  }

  /**
   * Computes every measure, the path measures on {@link MeasureOptions#effectiveThreads()} threads of
   * a pool of its own (shut down before returning).
   *
   * @param net a network
   * @param options the options
   * @return the measures
   */
  public static NetworkMeasures of(PersonNetwork net, MeasureOptions options) {
    return of(net, options, null);
  }

  /**
   * Computes every measure, the path measures as tasks of the caller's executor, at most {@link
   * MeasureOptions#effectiveThreads()} at once (the results do not depend on either).
   *
   * @param net a network
   * @param options the options
   * @param executor runs the tasks; null for a pool of its own
   * @return the measures
   */
  public static NetworkMeasures of(PersonNetwork net, MeasureOptions options, Executor executor) {
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(options, "options");
    return new NetworkMeasures(net, options, executor);
  }

  /** @return the network measured */
  public PersonNetwork network() {
    return network;
  }

  /** @return the options used */
  public MeasureOptions options() {
    return options;
  }

  /** @return the number of people (indices are 0 to size − 1, in {@link PersonNetwork#people()} order) */
  public int size() {
    return degree.length;
  }

  /** @param personId a person @return their index, or −1 for someone not in the network */
  public int indexOf(String personId) {
    return network.indexOf(personId);
  }

  /** @param i a person index @return their measures */
  public PersonMeasures person(int i) {
    return new PersonMeasures(network.people().get(i), degree[i], weightedDegree[i], betweenness[i],
        closeness[i], component[i], community[i], coreness[i]);
  }

  /** @param personId a person @return their measures; empty for someone not in the network */
  public Optional<PersonMeasures> person(String personId) {
    int i = network.indexOf(personId);
    return i < 0 ? Optional.empty() : Optional.of(person(i));
  }

  /** @param i a person index @return their number of links */
  public int degree(int i) {
    return degree[i];
  }

  /** @param i a person index @return their sum of link weights */
  public double weightedDegree(int i) {
    return weightedDegree[i];
  }

  /** @param i a person index @return their betweenness (an estimate in a sampled component) */
  public double betweenness(int i) {
    return betweenness[i];
  }

  /** @param i a person index @return their closeness (an estimate in a sampled component) */
  public double closeness(int i) {
    return closeness[i];
  }

  /** @param i a person index @return their component number, 1 = largest */
  public int component(int i) {
    return component[i];
  }

  /** @param i a person index @return their community number, 1 = largest */
  public int community(int i) {
    return community[i];
  }

  /** @param i a person index @return their coreness */
  public int coreness(int i) {
    return coreness[i];
  }

  /** @return betweenness as scores by person */
  public Scores betweennessScores() {
    return new Scores(network, betweenness.clone());
  }

  /** @return closeness as scores by person */
  public Scores closenessScores() {
    return new Scores(network, closeness.clone());
  }

  /** @return whether betweenness and closeness are exact everywhere (no component was sampled) */
  public boolean exact() {
    return exact;
  }

  /** @return the sources sampled per sampled component (at most its size); 0 when exact */
  public int samples() {
    return samples;
  }

  /** @return the seed of the sample and the communities */
  public long seed() {
    return options.seed();
  }

  /** @return how many components were estimated from a sample */
  public int sampledComponents() {
    return sampledComponents;
  }

  /** @return the number of components, unlinked people included */
  public int components() {
    return components;
  }
}
