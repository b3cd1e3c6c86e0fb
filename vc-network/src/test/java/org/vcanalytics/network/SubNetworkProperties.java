package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.vcanalytics.core.Link;

/** {@link PersonNetwork#of} and {@link PersonNetwork#touching} on random networks. */
class SubNetworkProperties {

  /** The people and links of {@code of} do not depend on the order they are given in. */
  @Property(tries = 200)
  void ofSortsPeopleAndLinksWhateverTheOrder(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = RandomNetworks.random(r, 1 + r.nextInt(60), r.nextDouble() * 2, 1 + r.nextInt(5));
    List<String> people = new ArrayList<>(net.people());
    List<Link> links = new ArrayList<>(net.links());
    Collections.shuffle(people, r);
    Collections.shuffle(links, r);
    people = people.subList(0, r.nextInt(people.size() + 1)); // the ends of the links are added back

    PersonNetwork again = PersonNetwork.of(people, links);

    Set<String> expected = new TreeSet<>(people);
    links.forEach(l -> { expected.add(l.personA()); expected.add(l.personB()); });
    assertThat(again.people()).containsExactlyElementsOf(expected);
    List<Link> byEnds = new ArrayList<>(links);
    byEnds.sort((x, y) -> x.personA().equals(y.personA())
        ? x.personB().compareTo(y.personB()) : x.personA().compareTo(y.personA()));
    assertThat(again.links()).containsExactlyElementsOf(byEnds);
    for (String p : again.people()) {
      assertThat(again.linksOf(p)).containsExactlyElementsOf(net.linksOf(p));
    }
  }

  @Property(tries = 50)
  void ofRefusesAPairLinkedTwice(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = RandomNetworks.random(r, 2 + r.nextInt(40), 1, 1);
    List<Link> links = new ArrayList<>(net.links());
    if (links.isEmpty()) {
      return;
    }
    Link twice = links.get(r.nextInt(links.size()));
    links.add(new Link(twice.personA(), twice.personB(), 0.5, List.of()));
    Collections.shuffle(links, r);
    assertThatThrownBy(() -> PersonNetwork.of(List.of(), links))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the pair " + twice.personA() + "–" + twice.personB() + " is linked twice");
  }

  /**
   * {@code touching} is {@code of} the people given, the other ends of their links and every link
   * with an end among them.
   */
  @Property(tries = 200)
  void touchingIsOfThePeopleTheirNeighboursAndTheirLinks(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = RandomNetworks.random(r, 1 + r.nextInt(80), r.nextDouble() * 2, 1 + r.nextInt(6));
    Set<String> chosen = new HashSet<>();
    for (String p : net.people()) {
      if (r.nextInt(4) == 0) {
        chosen.add(p);
      }
    }
    chosen.add("not-in-the-network");

    PersonNetwork held = net.touching(chosen);

    List<String> people = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (String p : net.people()) {
      if (chosen.contains(p)) {
        people.add(p);
      }
    }
    for (Link l : net.links()) {
      if (chosen.contains(l.personA()) || chosen.contains(l.personB())) {
        links.add(l);
      }
    }
    PersonNetwork expected = PersonNetwork.of(people, links);
    assertThat(held.people()).containsExactlyElementsOf(expected.people());
    assertThat(held.links()).containsExactlyElementsOf(expected.links());
    for (String p : expected.people()) {
      assertThat(held.linksOf(p)).as(p).containsExactlyElementsOf(expected.linksOf(p));
    }
    assertThat(Structure.components(held)).isEqualTo(Structure.components(expected));
  }
}
