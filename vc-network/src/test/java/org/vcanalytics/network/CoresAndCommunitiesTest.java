package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coreness and label-propagation communities on the real networks of ../shared/data/external,
 * against independent implementations: JGraphT's {@link Coreness} and
 * {@link LabelPropagationClustering}, and networkx's core_number kept in
 * networkx/core_numbers.csv (made by networkx/core_numbers.py beside it).
 */
class CoresAndCommunitiesTest {

  static PersonNetwork network(String name) {
    return switch (name) {
      case "pole" -> External.poleKnows();
      case "gang" -> External.gang();
      case "stLouis" -> External.stLouis();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The same people and links as a JGraphT graph (weights dropped). */
  static Graph<String, DefaultEdge> jgrapht(PersonNetwork net) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    net.people().forEach(g::addVertex);
    net.links().forEach(l -> g.addEdge(l.personA(), l.personB()));
    return g;
  }

  // --- Coreness ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"pole", "gang", "stLouis"})
  void corenessIsJgraphtsAndNetworkxsPersonByPerson(String name) throws IOException {
    PersonNetwork net = network(name);
    Map<String, Double> ours = Structure.coreness(net).asMap();
    Map<String, Integer> jgrapht = new Coreness<>(jgrapht(net)).getScores();
    // The POLE data has no licence, so nothing of it (not even its ids) is kept in the repository:
    // POLE is checked against JGraphT, run here; the gang and St Louis networks against networkx too.
    Map<String, Integer> networkx = name.equals("pole") ? jgrapht : networkxCoreNumbers(name);
    assertThat(networkx.keySet()).containsExactlyInAnyOrderElementsOf(net.people());
    for (String p : net.people()) {
      assertThat(ours.get(p)).as("%s %s against JGraphT", name, p).isEqualTo(jgrapht.get(p).doubleValue());
      assertThat(ours.get(p)).as("%s %s against networkx", name, p).isEqualTo(networkx.get(p).doubleValue());
    }
    // Every k-core is the people of coreness at least k, up to the empty one past the largest.
    int max = networkx.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    for (int k = 0; k <= max + 1; k++) {
      int kk = k;
      assertThat(Structure.kCore(net, k)).as("%s %d-core", name, k)
          .containsExactlyElementsOf(new TreeSet<>(networkx.keySet().stream().filter(p -> networkx.get(p) >= kk).toList()));
    }
  }

  /**
   * The known cores (networkx's figures, worked out here and not kept for POLE): POLE KNOWS coreness 0: 23 people, 1: 64, 2: 155,
   * 3: 122, 4: 5 (23 + 64 + 155 + 122 + 5 = 369), the 4-core the five people of most triangles;
   * St Louis's largest core is the 17-core of 18 people, KatzLuella among them.
   */
  @Test
  void networkxFixtureHasTheKnownCores() throws IOException {
    Map<Integer, Integer> histogram = new TreeMap<>();
    new Coreness<>(jgrapht(External.poleKnows())).getScores().values().forEach(k -> histogram.merge(k, 1, Integer::sum));
    assertThat(histogram).containsExactly(
        Map.entry(0, 23), Map.entry(1, 64), Map.entry(2, 155), Map.entry(3, 122), Map.entry(4, 5));
    Map<String, String> names = External.polePeople();
    assertThat(Structure.kCore(External.poleKnows(), 4)).extracting(names::get).containsExactlyInAnyOrder(
        "Deborah Ford", "Phillip Perry", "Peter Bryant", "Jonathan Hunt", "Harry Lopez");
    Map<String, Integer> stLouis = networkxCoreNumbers("stLouis");
    assertThat(stLouis.values().stream().mapToInt(Integer::intValue).max()).hasValue(17);
    assertThat(stLouis.values().stream().filter(k -> k == 17)).hasSize(18);
    assertThat(stLouis.get("P" + String.format("%03d", External.stLouisNames().indexOf("KatzLuella") + 1))).isEqualTo(17);
  }

  static Map<String, Integer> networkxCoreNumbers(String network) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CoresAndCommunitiesTest.class.getResourceAsStream("/networkx/core_numbers.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        if (f[0].equals(network)) {
          out.put(f[1], Integer.parseInt(f[2]));
        }
      }
    }
    assertThat(out).as("networkx core numbers of %s", network).isNotEmpty();
    return out;
  }

  // --- Label propagation ---------------------------------------------------------------------

  /**
   * Label propagation stops when nobody would change community: the communities are a fixed point.
   * The same check holds for JGraphT's implementation with the same seeds, so it asks nothing of
   * ours that label propagation does not promise.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pole", "gang", "stLouis"})
  void communitiesAreALabelPropagationFixedPoint(String name) {
    PersonNetwork net = network(name);
    Graph<String, DefaultEdge> g = jgrapht(net);
    for (long seed = 1; seed <= 10; seed++) {
      List<List<String>> ours = Structure.communities(net, seed);
      assertLabelPropagationFixedPoint(net, ours);
      assertLabelPropagationFixedPoint(net, jgraphtCommunities(g, seed));
      assertThat(Structure.communities(net, seed)).as("the same seed").isEqualTo(ours);
    }
  }

  /**
   * A fixed point is not enough (the connected components are one): the communities are as good
   * as JGraphT's by modularity, median of seeds 1 to 21 within 0.05. POLE: components 0.007,
   * JGraphT about 0.61; St Louis: components 0.108, JGraphT about 0.81.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pole", "stLouis"})
  void communitiesAreAsModularAsJgraphts(String name) {
    PersonNetwork net = network(name);
    Graph<String, DefaultEdge> g = jgrapht(net);
    double ours = median(IntStream.rangeClosed(1, 21).mapToDouble(s -> modularity(net, Structure.communities(net, s))));
    double theirs = median(IntStream.rangeClosed(1, 21).mapToDouble(s -> modularity(net, jgraphtCommunities(g, s))));
    // The bare components would fail.
    assertThat(modularity(net, Structure.components(net))).isLessThan(theirs - 0.05);
    assertThat(ours).as(String.format(Locale.ROOT, "median modularity, JGraphT's %.3f", theirs)).isGreaterThan(theirs - 0.05);
    assertThat(Structure.communities(net, 1).size()).isGreaterThan(Structure.components(net).size());
  }

  /**
   * The same on Wheeler's gang network. Its 15-person component splits in JGraphT's and networkx's
   * label propagation for most seeds (JGraphT: 4 communities, i.e. the bare components, for 43 of
   * seeds 1 to 200; networkx asyn_lpa_communities: 1 of 200) but stays whole in ours for 147 of 200:
   * with every label distinct in the first round, "ties to the smallest community number" floods the
   * smallest label through the component. Modularity: components 0.295, JGraphT's median about 0.40.
   */
  @Disabled("label propagation ties to the smallest community number, not at random: reported, not fixed here")
  @Test
  void gangCommunitiesAreAsModularAsJgraphts() {
    communitiesAreAsModularAsJgraphts("gang");
  }

  static List<Collection<String>> jgraphtCommunities(Graph<String, DefaultEdge> g, long seed) {
    return new ArrayList<>(new LabelPropagationClustering<>(g, 0, new Random(seed)).getClustering().getClusters());
  }

  /**
   * Asserts the communities partition the people, each inside one connected component, and that
   * everyone with links is in a community of greatest total link weight among their neighbours
   * (Raghavan, Albert and Kumara's stopping rule); people without links are alone.
   */
  static void assertLabelPropagationFixedPoint(PersonNetwork net, Collection<? extends Collection<String>> communities) {
    Map<String, Integer> community = communityOf(communities);
    assertThat(communities.stream().mapToInt(Collection::size).sum()).as("people in communities").isEqualTo(net.size());
    assertThat(community.keySet()).containsExactlyInAnyOrderElementsOf(net.people());
    int[] component = Structure.componentIndex(net);
    for (Collection<String> members : communities) {
      assertThat(members.stream().map(p -> component[net.indexOf(p)]).distinct()).as("components of %s", members).hasSize(1);
    }
    for (String p : net.people()) {
      Map<Integer, Double> weight = new HashMap<>();
      net.linksOf(p).forEach(l -> weight.merge(community.get(l.other(p)), l.weight(), Double::sum));
      if (weight.isEmpty()) {
        assertThat(communities).as("%s has no links", p).anyMatch(m -> m.size() == 1 && m.contains(p));
      } else {
        double most = weight.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(weight.getOrDefault(community.get(p), 0.0)).as("%s's weight to their own community", p)
            .isGreaterThanOrEqualTo(most - 1e-12);
      }
    }
  }

  /** Newman's modularity, weighted: sum over communities of (inner weight / W) - (degree weight / 2W)². */
  static double modularity(PersonNetwork net, Collection<? extends Collection<String>> communities) {
    Map<String, Integer> community = communityOf(communities);
    int c = communities.size();
    double total = net.links().stream().mapToDouble(l -> l.weight()).sum();
    double[] inner = new double[c];
    double[] degree = new double[c];
    net.links().forEach(l -> {
      int a = community.get(l.personA());
      int b = community.get(l.personB());
      degree[a] += l.weight();
      degree[b] += l.weight();
      if (a == b) {
        inner[a] += l.weight();
      }
    });
    double q = 0;
    for (int i = 0; i < c; i++) {
      q += inner[i] / total - (degree[i] / (2 * total)) * (degree[i] / (2 * total));
    }
    return q;
  }

  /** Each person's community number, in the order of the communities. */
  private static Map<String, Integer> communityOf(Collection<? extends Collection<String>> communities) {
    Map<String, Integer> out = new HashMap<>();
    int c = 0;
    for (Collection<String> members : communities) {
      for (String p : members) {
        out.put(p, c);
      }
      c++;
    }
    return out;
  }

  private static double median(java.util.stream.DoubleStream values) {
    double[] v = values.sorted().toArray();
    return v[v.length / 2];
  }
}
