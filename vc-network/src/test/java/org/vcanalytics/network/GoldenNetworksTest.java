package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden values on real public networks, against the known answers in each SOURCE.md. */
class GoldenNetworksTest {

  @Test
  void poleKnowsGraph() {
    Map<String, String> names = External.polePeople();
    PersonNetwork knows = External.poleKnows();
    assertThat(knows.people()).hasSize(369);
    assertThat(knows.links()).hasSize(586);
    assertThat(Structure.components(knows)).hasSize(26);

    // Triangles: Deborah Ford 10, Phillip Perry 9, Peter Bryant 8, Jonathan Hunt 7, Harry Lopez 7.
    Map<String, Double> triangles = named(Structure.triangles(knows).top(5), names);
    assertThat(triangles)
        .containsExactly(
            Map.entry("Deborah Ford", 10.0),
            Map.entry("Phillip Perry", 9.0),
            Map.entry("Peter Bryant", 8.0),
            Map.entry("Jonathan Hunt", 7.0),
            Map.entry("Harry Lopez", 7.0));

    // Betweenness, unnormalised, each unordered pair once (networkx): Annie Duncan 5275.29, Ann Fox
    // 5116.17, Amanda Alexander 4599.88, Bruce Baker 4193.61, Andrew Foster 3693.43.
    Centrality.Betweenness b = Centrality.betweenness(knows);
    assertThat(b.exact()).isTrue();
    List<Map.Entry<String, Double>> top = b.scores().top(5);
    String[] expectedNames = {"Annie Duncan", "Ann Fox", "Amanda Alexander", "Bruce Baker", "Andrew Foster"};
    double[] expected = {5275.29, 5116.17, 4599.88, 4193.61, 3693.43};
    for (int i = 0; i < 5; i++) {
      assertThat(names.get(top.get(i).getKey())).isEqualTo(expectedNames[i]);
      assertThat(top.get(i).getValue()).isCloseTo(expected[i], within(0.01));
    }

    // Vulnerable people: not PARTY_TO any crime, ranked by KNOWS-neighbours who are:
    // Anne Freeman 8, Bonnie Gilbert 7, Ashley Robertson 5, Kathy Wheeler 3.
    Set<String> partyTo = new HashSet<>();
    for (String[] r : External.csv(External.file("neo4j-pole", "crime-investigation.relationships.PARTY_TO.csv"))) {
      partyTo.add(r[0]);
    }
    List<Vulnerability.VulnerablePerson> v = Vulnerability.rank(knows, partyTo);
    assertThat(v.subList(0, 4))
        .extracting(p -> names.get(p.personId()) + " " + p.offenderLinks())
        .containsExactly("Anne Freeman 8", "Bonnie Gilbert 7", "Ashley Robertson 5", "Kathy Wheeler 3");
    assertThat(v.get(4).offenderLinks()).isEqualTo(2);
  }

  @Test
  void betweennessNormalisationIsNetworkxUnnormalised() {
    // Path A-B-C: the pair (A, C) has one shortest path, through B. Counting each unordered pair once,
    // B = 1 (networkx betweenness_centrality(normalized=False) = 1.0; JGraphT would say 0.5 after
    // normalising by (n-1)(n-2), networkx's normalised value is 1.0 = 1 / ((3-1)(3-2)/2)).
    PersonNetwork path =
        External.fromEdges(Set.of("A", "B", "C"), List.of(new String[] {"A", "B"}, new String[] {"B", "C"}));
    Scores b = Centrality.betweenness(path).scores();
    assertThat(b.get("B")).isEqualTo(1.0);
    assertThat(b.get("A")).isZero();
  }

  @Test
  void stLouisCrimeProjection() {
    // Two people are linked when they are on the same crime in any role: 2,253 links, 20 components,
    // the largest of 754 people; highest degree KatzLuella 51, AbramsChad 48, HemphillBud 44.
    List<String> names = External.stLouisNames();
    PersonNetwork net = External.stLouis();
    assertThat(net.people()).hasSize(829);
    assertThat(net.links()).hasSize(2253);
    List<List<String>> components = Structure.components(net);
    assertThat(components).hasSize(20);
    assertThat(components.get(0)).hasSize(754);
    List<Map.Entry<String, Double>> top = Centrality.degree(net).top(3);
    List<String> named = new ArrayList<>();
    top.forEach(e -> named.add(names.get(Integer.parseInt(e.getKey().substring(1)) - 1) + " " + e.getValue().intValue()));
    assertThat(named).containsExactly("KatzLuella 51", "AbramsChad 48", "HemphillBud 44");
  }

  @Test
  void wheelerGangNetwork() {
    PersonNetwork gang = External.gang();
    assertThat(gang.people()).hasSize(22);
    assertThat(gang.links()).hasSize(24);
    assertThat(Structure.components(gang)).hasSize(4);
    assertThat(Centrality.degree(gang).get("21")).isEqualTo(7);
    Scores b = Centrality.betweenness(gang).scores();
    assertThat(b.get("21")).isCloseTo(46.0, within(1e-9));
    assertThat(b.get("8")).isCloseTo(33.33, within(0.005));
    assertThat(b.get("14")).isCloseTo(24.0, within(1e-9));
    assertThat(b.get("20")).isCloseTo(20.33, within(0.005));
    // Sampling every source of the big component reproduces the exact values.
    Centrality.Betweenness sampled =
        Centrality.betweenness(gang, Centrality.BetweennessOptions.defaults().withNodeLimit(10).withSampling(15, 7));
    assertThat(sampled.exact()).isFalse();
    assertThat(sampled.scores().get("21")).isCloseTo(46.0, within(1e-9));
  }

  private static Map<String, Double> named(List<Map.Entry<String, Double>> top, Map<String, String> names) {
    Map<String, Double> out = new LinkedHashMap<>();
    top.forEach(e -> out.put(names.get(e.getKey()), e.getValue()));
    return out;
  }
}
