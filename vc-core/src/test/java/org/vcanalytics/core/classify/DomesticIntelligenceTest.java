package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;

/** Which log, victim and offender a DOMESTIC reason from intelligence names, when several could. */
class DomesticIntelligenceTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  static IntelLog log(String id, String header) {
    return IntelLog.builder().id(id).recordedOn(LocalDate.of(2024, 2, 1))
        .grade(IntelGrade.of("3x5x2", "2", "B")).addHeaders(header).build();
  }

  @Test
  void oneReasonPerLogInLogOrderWithTheFirstVictimAndTheFirstOtherOffender() {
    // Crime C1 (assault, 8N): victims P1 and P3; offenders P2 and P4; P2 is a victim too.
    //   L4 (domestic) names P3 and P4   -> victim P3, offender P4
    //   L2 (domestic) names P1, P2, P4  -> victim P1 (the first victim), offender P2 (the first other)
    //   L3 (domestic) names P2 only     -> none: P2 is a victim but no other offender is named
    //   L1 (weapons)  names P1 and P2   -> none: not a domestic-abuse header
    //   L5 (domestic) names P2 and P4   -> victim P2, offender P4 (P2 may not pair with itself)
    // Reasons in log id order: L2, L4, L5.
    VcDataset.Builder b = VcDataset.builder();
    for (String p : List.of("P1", "P2", "P3", "P4")) {
      b.addPerson(Person.of(p));
    }
    b.addCrime(Crime.builder().id("C1").hoCode("8N").committedOn(LocalDate.of(2024, 3, 1)).build())
        .addInvolvement("C1", "P1", Role.VICTIM)
        .addInvolvement("C1", "P2", Role.VICTIM)
        .addInvolvement("C1", "P2", Role.OFFENDER)
        .addInvolvement("C1", "P3", Role.VICTIM)
        .addInvolvement("C1", "P4", Role.OFFENDER)
        .addIntelLog(log("L1", "WEAPONS")).addIntelMentions("L1", "P1", "P2")
        .addIntelLog(log("L2", "DOMESTIC ABUSE")).addIntelMentions("L2", "P4", "P2", "P1")
        .addIntelLog(log("L3", "DOMESTIC ABUSE")).addIntelMentions("L3", "P2")
        .addIntelLog(log("L4", "DOMESTIC ABUSE")).addIntelMentions("L4", "P3", "P4")
        .addIntelLog(log("L5", "DOMESTIC ABUSE")).addIntelMentions("L5", "P4", "P2");
    CrimeClassification c = VcClassifier.classify(b.build(), AS_OF).crime("C1").orElseThrow();

    List<TypologyReason> fromIntel =
        c.reasons().stream().filter(r -> r.rule() == TypologyRule.DOMESTIC_INTELLIGENCE).toList();
    assertThat(fromIntel).extracting(r -> r.evidenceId().orElseThrow()).containsExactlyInAnyOrder("L2", "L4", "L5");
    assertThat(fromIntel).extracting(r -> r.evidenceId().orElseThrow() + ":" + r.personId().orElseThrow())
        .containsExactlyInAnyOrder("L2:P1", "L4:P3", "L5:P2");
    assertThat(fromIntel).extracting(TypologyReason::text)
        .anyMatch(t -> t.startsWith("intelligence L2 (") && t.endsWith("names victim P1 and offender or suspect P2"))
        .anyMatch(t -> t.endsWith("names victim P3 and offender or suspect P4"))
        .anyMatch(t -> t.endsWith("names victim P2 and offender or suspect P4"));
    assertThat(c.typologies()).contains(Typology.DOMESTIC);
  }
}
