package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;

/** Hand-worked link rules and weights, as of 2024-12-31, window 730 days (from 2023-01-01). */
class NetworkBuildTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  static IntelLog log(String id, String system, String source, String assessment, LocalDate on) {
    return IntelLog.builder().id(id).recordedOn(on).grade(IntelGrade.of(system, source, assessment)).build();
  }

  static Crime crime(String id, String code, LocalDate on) {
    return Crime.builder().id(id).hoCode(code).committedOn(on).build();
  }

  @Test
  void intelligenceWeights() {
    LocalDate d = LocalDate.of(2024, 6, 1);
    VcDataset data =
        VcDataset.builder()
            // Two 3x5x2 2/C logs name P1 and P2: each 0.6 x 0.6 = 0.36; together
            // 1 - (1 - 0.36) x (1 - 0.36) = 1 - 0.4096 = 0.5904.
            .addIntelLog(log("I1", "3x5x2", "2", "C", d))
            .addIntelLog(log("I2", "3x5x2", "2", "C", d.plusDays(1)))
            .addIntelMentions("I1", "P1", "P2")
            .addIntelMentions("I2", "P1", "P2")
            // An E-graded log (assessment weight 0.0) names P3 and P4: no link.
            .addIntelLog(log("I3", "3x5x2", "1", "E", d))
            .addIntelMentions("I3", "P3", "P4")
            // A 5x5x5 B/2 log names P5 and P6: 0.8 x 0.8 = 0.64.
            .addIntelLog(log("I4", "5x5x5", "B", "2", d))
            .addIntelMentions("I4", "P5", "P6")
            .build();
    PersonNetwork net = PersonNetwork.build(data, AS_OF);
    assertThat(net.link("P1", "P2").orElseThrow().weight()).isCloseTo(0.5904, within(1e-12));
    assertThat(net.link("P1", "P2").orElseThrow().intelEvidence()).isEqualTo(2);
    assertThat(net.link("P3", "P4")).isEmpty();
    assertThat(net.link("P5", "P6").orElseThrow().weight()).isCloseTo(0.64, within(1e-12));
    assertThat(net.linksOf("P3")).isEmpty();
    assertThat(net.people()).contains("P3", "P4"); // unlinked people are still nodes
  }

  @Test
  void crimeRolesWindowAndOptions() {
    LocalDate d = LocalDate.of(2024, 6, 1);
    VcDataset data =
        VcDataset.builder()
            .addCrime(crime("C1", "8N", d))
            .addInvolvement("C1", "O", Role.OFFENDER)
            .addInvolvement("C1", "S", Role.SUSPECT)
            .addInvolvement("C1", "V1", Role.VICTIM)
            .addInvolvement("C1", "V2", Role.VICTIM)
            .addInvolvement("C1", "W", Role.WITNESS)
            .addInvolvement("C1", "X", Role.OTHER)
            // 2022-12-31 is 731 days before the as-of date: outside the window.
            .addCrime(crime("C2", "8N", LocalDate.of(2022, 12, 31)))
            .addInvolvement("C2", "O", Role.OFFENDER)
            .addInvolvement("C2", "W", Role.OFFENDER)
            // After the as-of date: ignored.
            .addCrime(crime("C3", "8N", AS_OF.plusDays(1)))
            .addInvolvement("C3", "O", Role.OFFENDER)
            .addInvolvement("C3", "X", Role.OFFENDER)
            // Exactly 730 days before: inside.
            .addCrime(crime("C4", "49", LocalDate.of(2023, 1, 1)))
            .addInvolvement("C4", "S", Role.SUSPECT)
            .addInvolvement("C4", "V1", Role.VICTIM)
            .build();
    PersonNetwork net = PersonNetwork.build(data, AS_OF);
    // O-S, O-V1, O-V2, S-V1 (twice: C1 and C4), S-V2; no victim-victim, no witness or other.
    assertThat(net.links())
        .extracting(l -> l.personA() + "-" + l.personB() + ":" + l.crimeEvidence())
        .containsExactly("O-S:1", "O-V1:1", "O-V2:1", "S-V1:2", "S-V2:1");
    assertThat(net.link("S", "V1").orElseThrow().weight()).isEqualTo(1.0); // 1 - 0 x 0
    PersonNetwork withVictims = PersonNetwork.build(data, AS_OF, NetworkOptions.defaults().withVictimVictimLinks(true));
    assertThat(withVictims.link("V1", "V2")).isPresent();
  }

  @Test
  void minimumWeightAndSelfLinks() {
    LocalDate d = LocalDate.of(2024, 6, 1);
    VcDataset data =
        VcDataset.builder()
            .addIntelLog(log("I1", "3x5x2", "3", "D", d)) // 0.2 x 0.3 = 0.06
            .addIntelMentions("I1", "P1", "P2")
            .addCrime(crime("C1", "8N", d))
            .addInvolvement("C1", "P1", Role.OFFENDER)
            .addInvolvement("C1", "P1", Role.VICTIM) // the same person twice: never their own link
            .build();
    assertThat(PersonNetwork.build(data, AS_OF).links()).hasSize(1);
    assertThat(PersonNetwork.build(data, AS_OF, NetworkOptions.defaults().withMinLinkWeight(0.1)).links()).isEmpty();
  }

  @Test
  void proximityToViolence() {
    LocalDate d = LocalDate.of(2024, 6, 1);
    // A violent crime (8N) by O; O knows A through a theft (49), A knows B through intelligence.
    VcDataset data =
        VcDataset.builder()
            .addPerson(Person.of("Z"))
            .addCrime(crime("C1", "8N", d))
            .addInvolvement("C1", "O", Role.OFFENDER)
            .addCrime(crime("C2", "49", d))
            .addInvolvement("C2", "O", Role.SUSPECT)
            .addInvolvement("C2", "A", Role.OFFENDER)
            .addIntelLog(log("I1", "3x5x2", "1", "A", d))
            .addIntelMentions("I1", "A", "B")
            .build();
    PersonNetwork net = PersonNetwork.build(data, AS_OF);
    Proximity p = Proximity.toViolence(data, VcClassifier.classify(data, AS_OF), net, 730);
    assertThat(p.sources()).containsExactly("O");
    assertThat(p.hops("O")).hasValue(0);
    assertThat(p.hops("A")).hasValue(1);
    assertThat(p.hops("B")).hasValue(2);
    assertThat(p.hops("Z")).isEmpty();
  }

  @Test
  void egoNetworksAndSubNetworks() {
    // A chain P1-P2-P3-P4 and a spur P2-P5.
    PersonNetwork net =
        PersonNetwork.of(
            Set.of(),
            List.of(link("P1", "P2"), link("P2", "P3"), link("P3", "P4"), link("P2", "P5")));
    assertThat(net.ego("P1", 1, 300).people()).containsExactly("P1", "P2");
    assertThat(net.ego("P1", 2, 300).people()).containsExactly("P1", "P2", "P3", "P5");
    assertThat(net.ego("P1", 2, 300).links()).hasSize(3);
    assertThat(net.ego("P1", 2, 2).people()).hasSize(2); // capped
    SubNetwork around = net.around(Set.of("P2", "P3"));
    assertThat(around.links()).extracting(l -> l.personA() + "-" + l.personB()).containsExactly("P2-P3");
    assertThat(around.leaving())
        .extracting(l -> l.personA() + "-" + l.personB())
        .containsExactly("P1-P2", "P2-P5", "P3-P4");
  }

  @Test
  void coresCommunitiesClosenessAndStrength() {
    // A triangle T1-T2-T3 with a tail T3-T4, and a separate pair Q1-Q2 linked at weight 0.5.
    PersonNetwork net =
        PersonNetwork.of(
            Set.of(),
            List.of(
                link("T1", "T2"), link("T2", "T3"), link("T1", "T3"), link("T3", "T4"),
                Link.of("Q1", "Q2", List.of(new LinkEvidence(LinkEvidence.Type.CRIME, "X", AS_OF, java.util.Optional.empty(), 0.5)))));
    assertThat(Structure.coreness(net).asMap())
        .containsEntry("T1", 2.0).containsEntry("T3", 2.0).containsEntry("T4", 1.0).containsEntry("Q1", 1.0);
    assertThat(Structure.kCore(net, 2)).containsExactly("T1", "T2", "T3");
    assertThat(Structure.triangles(net).get("T3")).isEqualTo(1);
    assertThat(Structure.communities(net, 1)).containsExactly(List.of("T1", "T2", "T3", "T4"), List.of("Q1", "Q2"));
    assertThat(Centrality.weightedDegree(net).get("Q1")).isEqualTo(0.5);
    // Closeness of T3 (hops): reaches T1, T2, T4 at 1 each, r = 4 of n = 6:
    // (4 - 1) / 3 x (4 - 1) / (6 - 1) = 1 x 0.6 = 0.6.
    assertThat(Centrality.closeness(net, false).get("T3")).isCloseTo(0.6, within(1e-12));
    // Weighted, Q1 reaches Q2 at cost 1 / 0.5 = 2: (1 / 2) x (1 / 5) = 0.1.
    assertThat(Centrality.closeness(net, true).get("Q1")).isCloseTo(0.1, within(1e-12));
  }

  static Link link(String a, String b) {
    return Link.of(a, b, List.of(LinkEvidence.crime("X", AS_OF)));
  }
}
