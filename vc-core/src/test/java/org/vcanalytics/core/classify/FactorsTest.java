package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;

/** Contributing factors at their edges: the as-of date, the 18th birthday, the two ACE routes. */
class FactorsTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  static Crime crime(String id, String code, LocalDate on, boolean domestic) {
    return Crime.builder().id(id).hoCode(code).committedOn(on).domesticAbuse(domestic).build();
  }

  @Test
  void custodyAfterTheAsOfDateIsNotUsedAndIsCounted() {
    VcDataset d =
        VcDataset.builder()
            .addPerson(Person.of("P1"))
            .addCustodyRecord(
                CustodyRecord.builder().id("K1").personId("P1").bookedOn(AS_OF).selfHarm(true).build())
            .addCustodyRecord(
                CustodyRecord.builder().id("K2").personId("P1").bookedOn(AS_OF.plusDays(1))
                    .mentalHealth(true).schoolUrn("999999").build())
            .build();
    PersonFactors f = VcClassifier.classify(d, AS_OF).factorsOf("P1");
    assertThat(f.factors()).extracting(FactorEvidence::factor).containsExactly(Factor.SELF_HARM);
    assertThat(f.evidence(Factor.SELF_HARM).orElseThrow().text()).isEqualTo("self-harm marker on custody record K1");
    assertThat(VcClassifier.classify(d, AS_OF).custodyAfterAsOf()).isEqualTo(1);
  }

  @Test
  void aceCountsCrimesBeforeTheEighteenthBirthdayOnly() {
    // Born 2004-06-15: 17 on 2022-06-14, 18 on 2022-06-15.
    VcDataset d =
        VcDataset.builder()
            .addPerson(Person.builder().id("P1").dateOfBirth(LocalDate.of(2004, 6, 15)).build())
            .addCrime(crime("C1", "49", LocalDate.of(2022, 6, 14), false)) // theft, 17: counts
            .addCrime(crime("C2", "8N", LocalDate.of(2022, 6, 15), false)) // 18: does not
            .addInvolvement("C1", "P1", Role.VICTIM)
            .addInvolvement("C2", "P1", Role.VICTIM)
            .build();
    assertThat(VcClassifier.classify(d, AS_OF).factorsOf("P1").evidence(Factor.ACE_VICTIM_UNDER_18))
        .get()
        .extracting(FactorEvidence::recordIds)
        .isEqualTo(List.of("C1"));
  }

  @Test
  void aLeapDayBirthdayIsEighteenOnTheFirstOfMarch() {
    // Born 2004-02-29: 17 on 2022-02-28, 18 on 2022-03-01 (as Period.between counts).
    VcDataset d =
        VcDataset.builder()
            .addPerson(Person.builder().id("P1").dateOfBirth(LocalDate.of(2004, 2, 29)).build())
            .addCrime(crime("C1", "8N", LocalDate.of(2022, 2, 28), false))
            .addCrime(crime("C2", "8N", LocalDate.of(2022, 3, 1), false))
            .addInvolvement("C1", "P1", Role.VICTIM)
            .addInvolvement("C2", "P1", Role.VICTIM)
            .build();
    assertThat(VcClassifier.classify(d, AS_OF).factorsOf("P1").evidence(Factor.ACE_VICTIM_UNDER_18).orElseThrow().recordIds())
        .containsExactly("C1");
  }

  @Test
  void domesticAbuseAceByFlagOrByIntelligenceAsWitnessOrVictim() {
    // P1, born 2010-01-01, witnesses a flagged domestic assault (C1) at 12, and is the victim of an
    // unflagged non-violent crime (C2, harassment 8L) that domestic-abuse intelligence ties to its
    // offender P2. Both count; a crime after the as-of date (C3) does not.
    VcDataset d =
        VcDataset.builder()
            .addPerson(Person.builder().id("P1").dateOfBirth(LocalDate.of(2010, 1, 1)).build())
            .addCrime(crime("C1", "8N", LocalDate.of(2022, 3, 1), true))
            .addCrime(crime("C2", "8L", LocalDate.of(2023, 3, 1), false))
            .addCrime(crime("C3", "8N", LocalDate.of(2025, 3, 1), true))
            .addInvolvement("C1", "P1", Role.WITNESS)
            .addInvolvement("C2", "P1", Role.VICTIM)
            .addInvolvement("C2", "P2", Role.OFFENDER)
            .addInvolvement("C3", "P1", Role.VICTIM)
            .addIntelLog(
                IntelLog.builder().id("I1").recordedOn(LocalDate.of(2023, 4, 1))
                    .grade(IntelGrade.of("3x5x2", "1", "B")).addHeaders("DOMESTIC ABUSE").build())
            .addIntelMentions("I1", "P1", "P2")
            .build();
    Classification c = VcClassifier.classify(d, AS_OF);
    assertThat(c.factorsOf("P1").evidence(Factor.ACE_DOMESTIC_ABUSE_UNDER_18).orElseThrow().recordIds())
        .containsExactly("C1", "C2");
    assertThat(c.factorsOf("P1").evidence(Factor.ACE_VICTIM_UNDER_18).orElseThrow().recordIds())
        .containsExactly("C2");
  }

  @Test
  void prevalenceWithItsCounts() {
    VcDataset d =
        VcDataset.builder()
            .addPerson(Person.of("P1"))
            .addPerson(Person.of("P2"))
            .addPerson(Person.of("P3"))
            .addCustodyRecord(CustodyRecord.builder().id("K1").personId("P1").bookedOn(AS_OF).alcohol(true).build())
            .build();
    Classification c = VcClassifier.classify(d, AS_OF);
    List<FactorPrevalence> p =
        FactorPrevalence.of(c, Map.of("B", Set.of("P2"), "A", List.of("P1", "P2", "P3", "P1", "P3")));
    // Group A has 3 distinct people (P1 with a factor, P2 and P3 without, each named twice or once),
    // one with alcohol: 1 of 3 = 33.3 %. Group B: P2 alone, no factor: 0 of 1.
    FactorPrevalence a = p.stream().filter(x -> x.group().equals("A") && x.factor() == Factor.ALCOHOL).findFirst().orElseThrow();
    assertThat(a.describe()).isEqualTo("1 of 3 (33.3%)");
    FactorPrevalence b = p.stream().filter(x -> x.group().equals("B") && x.factor() == Factor.ALCOHOL).findFirst().orElseThrow();
    assertThat(b.describe()).isEqualTo("0 of 1 (0.0%)");
    assertThat(p).hasSize(2 * Factor.values().length);
    assertThat(p.get(0).group()).isEqualTo("A");
  }
}
