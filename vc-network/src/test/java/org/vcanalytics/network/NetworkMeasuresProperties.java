package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.vcanalytics.core.Link;

/** The fast path measures against the reference implementation and a tree identity. */
class NetworkMeasuresProperties {

  /** Equal to the original Brandes code within 1e-9 (relative), exact and sampled, weighted or not. */
  @Property(tries = 150)
  void equalsTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int people,
      @ForAll boolean weighted, @ForAll boolean sample) {
    Random r = new Random(seed);
    PersonNetwork net = RandomNetworks.random(r, people, r.nextDouble() * 2, 1 + r.nextInt(6));
    Centrality.BetweennessOptions o = Centrality.BetweennessOptions.defaults().withWeighted(weighted);
    if (sample) {
      o = o.withNodeLimit(r.nextInt(60)).withSampling(1 + r.nextInt(40), r.nextLong());
    }
    Centrality.Betweenness ref = ReferenceCentrality.betweenness(net, o);
    Centrality.Betweenness fast = Centrality.betweenness(net, o);
    assertThat(fast.exact()).isEqualTo(ref.exact());
    assertThat(fast.sampledComponents()).isEqualTo(ref.sampledComponents());
    Scores rc = ReferenceCentrality.closeness(net, weighted);
    Scores fc = Centrality.closeness(net, weighted);
    for (String p : net.people()) {
      double b = ref.scores().get(p);
      assertThat(fast.scores().get(p)).as(p).isCloseTo(b, within(1e-9 * Math.max(1, b)));
      assertThat(fc.get(p)).as(p).isCloseTo(rc.get(p), within(1e-12));
    }
  }

  /**
   * On a tree, every pair has one path, so the betweenness sum is Σ over pairs of (hops − 1): the
   * sum of all distances in hops minus the number of pairs, per component.
   */
  @Property(tries = 100)
  void treeIdentity(@ForAll long seed, @ForAll @IntRange(min = 2, max = 600) int people) {
    Random r = new Random(seed);
    List<String> ids = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    int[] parent = new int[people];
    for (int i = 0; i < people; i++) {
      ids.add("T" + i);
      parent[i] = i == 0 ? -1 : r.nextInt(i);
      if (i > 0) {
        links.add(new Link("T" + i, "T" + parent[i], RandomNetworks.WEIGHTS[r.nextInt(8)], List.of()));
      }
    }
    PersonNetwork tree = PersonNetwork.of(ids, links);
    NetworkMeasures m = NetworkMeasures.of(tree, MeasureOptions.defaults().withThreads(1 + r.nextInt(3)));
    double sum = 0;
    for (int i = 0; i < m.size(); i++) {
      sum += m.betweenness(i);
    }
    // Σ over edges of (size below) × (size above) is the sum of hop distances over pairs.
    int[] below = new int[people];
    java.util.Arrays.fill(below, 1);
    for (int i = people - 1; i > 0; i--) {
      below[parent[i]] += below[i];
    }
    double hops = 0;
    for (int i = 1; i < people; i++) {
      hops += (double) below[i] * (people - below[i]);
    }
    double pairs = people * (people - 1.0) / 2;
    assertThat(sum).isCloseTo(hops - pairs, within(1e-6 * Math.max(1, hops)));
  }
}
