package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.Coreness;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.VcClassifier;

/** Invariants of the network over random small forces. */
class NetworkProperties {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final String[] CODES = {"8N", "34B", "49", "58A"};
  static final String[] SOURCES = {"1", "2", "3"};
  static final String[] ASSESSMENTS = {"A", "B", "C", "D", "E"};

  static VcDataset.Builder force(Random r, int people) {
    VcDataset.Builder b = VcDataset.builder();
    int crimes = r.nextInt(30);
    for (int c = 0; c < crimes; c++) {
      String id = "C" + c;
      b.addCrime(Crime.builder().id(id).hoCode(CODES[r.nextInt(CODES.length)]).committedOn(AS_OF.minusDays(r.nextInt(900))).build());
      Set<String> seen = new HashSet<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        String p = "P" + r.nextInt(people);
        Role role = Role.values()[r.nextInt(Role.values().length)];
        if (seen.add(p + role)) {
          b.addInvolvement(id, p, role);
        }
      }
    }
    for (int l = r.nextInt(20); l > 0; l--) {
      String id = "I" + l;
      b.addIntelLog(log(id, r));
      Set<String> named = new HashSet<>();
      for (int k = 1 + r.nextInt(4); k > 0; k--) {
        named.add("P" + r.nextInt(people));
      }
      b.addIntelMentions(id, named.toArray(new String[0]));
    }
    return b;
  }

  static IntelLog log(String id, Random r) {
    return IntelLog.builder().id(id).recordedOn(AS_OF.minusDays(r.nextInt(900)))
        .grade(IntelGrade.of("3x5x2", SOURCES[r.nextInt(3)], ASSESSMENTS[r.nextInt(5)])).build();
  }

  @Property(tries = 200)
  void symmetricAndInRange(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = PersonNetwork.build(force(r, 2 + r.nextInt(15)).build(), AS_OF);
    long ends = 0;
    for (Link l : net.links()) {
      assertThat(l.weight()).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(l.personA()).isLessThan(l.personB());
      assertThat(net.linksOf(l.personA())).contains(l);
      assertThat(net.linksOf(l.personB())).contains(l);
      assertThat(net.link(l.personB(), l.personA())).hasValue(l);
    }
    for (String p : net.people()) {
      ends += net.linksOf(p).size();
      assertThat(net.linksOf(p)).noneMatch(l -> l.personA().equals(l.personB()));
    }
    assertThat(ends).isEqualTo(2L * net.links().size());
  }

  @Property(tries = 200)
  void moreEvidenceNeverLowersAWeight(@ForAll long seed) {
    Random r = new Random(seed);
    int people = 2 + r.nextInt(10);
    VcDataset.Builder b = force(r, people);
    PersonNetwork before = PersonNetwork.build(b.build(), AS_OF);
    // One more log naming some people, one more crime with some of them.
    b.addIntelLog(log("IX", r));
    b.addIntelMentions("IX", "P0", "P1");
    b.addCrime(Crime.builder().id("CX").hoCode("8N").committedOn(AS_OF).build());
    b.addInvolvement("CX", "P0", Role.OFFENDER);
    b.addInvolvement("CX", "P" + (1 + r.nextInt(people - 1)), Role.VICTIM);
    PersonNetwork after = PersonNetwork.build(b.build(), AS_OF);
    for (Link l : before.links()) {
      assertThat(after.link(l.personA(), l.personB()).orElseThrow().weight()).isGreaterThanOrEqualTo(l.weight());
    }
  }

  @Property(tries = 200)
  void proximityIsZeroExactlyForViolentOffenders(@ForAll long seed) {
    Random r = new Random(seed);
    VcDataset data = force(r, 2 + r.nextInt(15)).build();
    Classification c = VcClassifier.classify(data, AS_OF);
    PersonNetwork net = PersonNetwork.build(data, AS_OF);
    Set<String> offenders = new HashSet<>();
    for (CrimeClassification cc : c.violentCrimes()) {
      if (!data.crime(cc.crimeId()).orElseThrow().committedOn().isBefore(AS_OF.minusDays(730))) {
        for (Involvement i : data.involvementsIn(cc.crimeId())) {
          if (i.role().isOffenderOrSuspect()) {
            offenders.add(i.personId());
          }
        }
      }
    }
    Proximity p = Proximity.toViolence(data, c, net, 730);
    for (String person : net.people()) {
      assertThat(p.hops(person).equals(java.util.OptionalInt.of(0))).as(person).isEqualTo(offenders.contains(person));
      for (Link l : net.linksOf(person)) {
        // Neighbours are at most one hop apart in proximity.
        if (p.hops(person).isPresent()) {
          assertThat(p.hops(l.other(person)).getAsInt()).isLessThanOrEqualTo(p.hops(person).getAsInt() + 1);
        }
      }
    }
  }

  /** Unweighted betweenness agrees with JGraphT's Brandes (which also counts each pair once). */
  @Property(tries = 100)
  void betweennessAgreesWithJgrapht(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = PersonNetwork.build(force(r, 2 + r.nextInt(20)).build(), AS_OF);
    var expected = new BetweennessCentrality<>(CoresAndCommunitiesTest.jgrapht(net), false).getScores();
    Scores ours = Centrality.betweenness(net, Centrality.BetweennessOptions.defaults().withWeighted(false)).scores();
    for (String p : net.people()) {
      assertThat(ours.get(p)).as(p).isCloseTo(expected.get(p), within(1e-9));
    }
  }

  /** Coreness agrees with JGraphT's, person by person. */
  @Property(tries = 200)
  void corenessAgreesWithJgrapht(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = PersonNetwork.build(force(r, 2 + r.nextInt(25)).build(), AS_OF);
    Map<String, Integer> expected = new Coreness<>(CoresAndCommunitiesTest.jgrapht(net)).getScores();
    Scores ours = Structure.coreness(net);
    for (String p : net.people()) {
      assertThat(ours.get(p)).as(p).isEqualTo(expected.get(p).doubleValue());
    }
  }

  /**
   * Weighted label propagation ends at a fixed point: everyone with links is in a community of
   * greatest link weight among their neighbours, each community inside one component.
   */
  @Property(tries = 200)
  void communitiesAreALabelPropagationFixedPoint(@ForAll long seed) {
    Random r = new Random(seed);
    PersonNetwork net = PersonNetwork.build(force(r, 2 + r.nextInt(25)).build(), AS_OF);
    CoresAndCommunitiesTest.assertLabelPropagationFixedPoint(net, Structure.communities(net, r.nextLong()));
  }

  @Property(tries = 50)
  void sameDataInAnyOrderSameNetwork(@ForAll long seed) {
    Random r = new Random(seed);
    VcDataset data = force(r, 2 + r.nextInt(15)).build();
    // Rebuild the data set from its own records, reversed.
    VcDataset.Builder b = VcDataset.builder();
    List<Crime> crimes = new java.util.ArrayList<>(data.crimes());
    java.util.Collections.reverse(crimes);
    crimes.forEach(b::addCrime);
    List<Involvement> inv = new java.util.ArrayList<>(data.involvements());
    java.util.Collections.reverse(inv);
    inv.forEach(b::addInvolvement);
    data.intelLogs().forEach(b::addIntelLog);
    List<org.vcanalytics.core.IntelMention> m = new java.util.ArrayList<>(data.intelMentions());
    java.util.Collections.reverse(m);
    m.forEach(b::addIntelMention);
    assertThat(PersonNetwork.build(b.build(), AS_OF).links()).isEqualTo(PersonNetwork.build(data, AS_OF).links());
  }
}
