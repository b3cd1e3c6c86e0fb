package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Link;

class NetworkMeasuresTest {

  /** A network with a component above the node limit, several above one block, and many small ones. */
  private static PersonNetwork mixed() {
    return RandomNetworks.random(new Random(42), 4_000, 0.8, 12);
  }

  private static long[] bits(NetworkMeasures m) {
    long[] b = new long[2 * m.size()];
    for (int i = 0; i < m.size(); i++) {
      b[2 * i] = Double.doubleToRawLongBits(m.betweenness(i));
      b[2 * i + 1] = Double.doubleToRawLongBits(m.closeness(i));
    }
    return b;
  }

  @Test
  void theSameBitsWhateverTheThreadCount() throws Exception {
    PersonNetwork net = mixed();
    for (boolean weighted : new boolean[] {true, false}) {
      MeasureOptions o = MeasureOptions.defaults().withWeighted(weighted).withNodeLimit(1_000).withSampling(300, 5);
      NetworkMeasures one = NetworkMeasures.of(net, o.withThreads(1));
      NetworkMeasures four = NetworkMeasures.of(net, o.withThreads(4));
      assertThat(one.exact()).isFalse();
      assertThat(one.sampledComponents()).isPositive();
      assertThat(bits(four)).isEqualTo(bits(one));
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        assertThat(bits(NetworkMeasures.of(net, o.withThreads(3), pool))).isEqualTo(bits(one));
      } finally {
        pool.shutdown();
      }
      // Exact everywhere too.
      MeasureOptions exact = o.withNodeLimit(50_000);
      NetworkMeasures e1 = NetworkMeasures.of(net, exact.withThreads(1));
      assertThat(e1.exact()).isTrue();
      assertThat(e1.samples()).isZero();
      assertThat(bits(NetworkMeasures.of(net, exact.withThreads(4)))).isEqualTo(bits(e1));
    }
  }

  @Test
  void agreesWithTheReferenceAndTheOtherMeasures() {
    PersonNetwork net = mixed();
    NetworkMeasures m = NetworkMeasures.of(net, MeasureOptions.defaults().withNodeLimit(1_000).withSampling(300, 5));
    Centrality.Betweenness ref = ReferenceCentrality.betweenness(
        net, Centrality.BetweennessOptions.defaults().withNodeLimit(1_000).withSampling(300, 5));
    assertThat(m.sampledComponents()).isEqualTo(ref.sampledComponents());
    assertThat(m.samples()).isEqualTo(300);
    assertThat(m.seed()).isEqualTo(5);
    Scores degree = Centrality.degree(net);
    Scores strength = Centrality.weightedDegree(net);
    Scores core = Structure.coreness(net);
    List<List<String>> components = Structure.components(net);
    List<List<String>> communities = Structure.communities(net, 5);
    assertThat(m.components()).isEqualTo(components.size());
    for (int c = 0; c < components.size(); c++) {
      for (String p : components.get(c)) {
        assertThat(m.person(p).orElseThrow().component()).isEqualTo(c + 1);
      }
    }
    for (int c = 0; c < communities.size(); c++) {
      for (String p : communities.get(c)) {
        assertThat(m.person(p).orElseThrow().community()).isEqualTo(c + 1);
      }
    }
    for (int i = 0; i < m.size(); i++) {
      String p = net.people().get(i);
      NetworkMeasures.PersonMeasures x = m.person(i);
      assertThat(x.personId()).isEqualTo(p);
      assertThat(m.indexOf(p)).isEqualTo(i);
      assertThat(x.degree()).isEqualTo((int) degree.get(p));
      assertThat(x.linked()).isEqualTo(x.degree() > 0);
      assertThat(x.weightedDegree()).isEqualTo(strength.get(p));
      assertThat(x.coreness()).isEqualTo((int) core.get(p));
      double b = ref.scores().get(p);
      assertThat(x.betweenness()).as(p).isCloseTo(b, within(1e-9 * Math.max(1, Math.abs(b))));
    }
    assertThat(m.person("nobody")).isEmpty();
  }

  @Test
  void exactClosenessIsCentralitys() {
    PersonNetwork net = RandomNetworks.random(new Random(3), 700, 1.0, 5);
    NetworkMeasures m = NetworkMeasures.of(net, MeasureOptions.defaults());
    Scores ref = ReferenceCentrality.closeness(net, true);
    Scores fast = Centrality.closeness(net, true);
    for (int i = 0; i < m.size(); i++) {
      String p = net.people().get(i);
      assertThat(m.closeness(i)).isCloseTo(ref.get(p), within(1e-12));
      assertThat(fast.get(p)).isCloseTo(ref.get(p), within(1e-12));
    }
  }

  @Test
  void sampledClosenessEstimatesTheExact() {
    PersonNetwork net = RandomNetworks.random(new Random(9), 3_000, 1.0, 1);
    NetworkMeasures exact = NetworkMeasures.of(net, MeasureOptions.defaults());
    NetworkMeasures sampled = NetworkMeasures.of(net, MeasureOptions.defaults().withNodeLimit(100).withSampling(600, 1));
    assertThat(sampled.exact()).isFalse();
    for (int i = 0; i < exact.size(); i++) {
      if (exact.closeness(i) > 0) {
        assertThat(sampled.closeness(i) / exact.closeness(i)).isBetween(0.7, 1.3);
      }
    }
  }

  @Test
  void optionsAsJson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    MeasureOptions o = new MeasureOptions(false, 10_000, 500, 7, 2);
    String text = json.writeValueAsString(o);
    assertThat(text).isEqualTo("{\"weighted\":false,\"nodeLimit\":10000,\"samples\":500,\"seed\":7,\"threads\":2}");
    assertThat(json.readValue(text, MeasureOptions.class)).isEqualTo(o);
    assertThat(json.readValue("{}", MeasureOptions.class)).isEqualTo(MeasureOptions.defaults());
    assertThat(json.readValue("{\"samples\":100}", MeasureOptions.class))
        .isEqualTo(MeasureOptions.defaults().withSampling(100, 1));
    assertThatThrownBy(() -> MeasureOptions.defaults().withSampling(0, 1)).hasMessageContaining("samples");
    assertThat(MeasureOptions.defaults().effectiveThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void emptyAndUnlinked() {
    PersonNetwork none = PersonNetwork.of(List.of(), List.of());
    assertThat(NetworkMeasures.of(none, MeasureOptions.defaults()).size()).isZero();
    PersonNetwork alone = PersonNetwork.of(List.of("A", "B"), List.of());
    NetworkMeasures m = NetworkMeasures.of(alone, MeasureOptions.defaults());
    assertThat(m.person("B").orElseThrow())
        .isEqualTo(new NetworkMeasures.PersonMeasures("B", 0, 0, 0, 0, 2, 2, 0));
  }

  /**
   * A link of weight 0 costs 1 / 0 = infinity on a weighted path, so no path goes through it: with
   * A–B of weight 0 and B–C of weight 0.5, B is on no shortest path between two others (betweenness
   * 0). Unweighted, the same links are hops: B is between A and C (1).
   */
  @Test
  void aLinkOfWeightZeroIsNoPath() {
    PersonNetwork net =
        PersonNetwork.of(
            List.of("A", "B", "C"),
            List.of(new Link("A", "B", 0.0, List.of()), new Link("B", "C", 0.5, List.of())));
    NetworkMeasures weighted = NetworkMeasures.of(net, MeasureOptions.defaults());
    assertThat(weighted.person("B").orElseThrow().betweenness()).isZero();
    NetworkMeasures hops = NetworkMeasures.of(net, new MeasureOptions(false, 50000, 2000, 1, 1));
    assertThat(hops.person("B").orElseThrow().betweenness()).isEqualTo(1.0);
  }
}
