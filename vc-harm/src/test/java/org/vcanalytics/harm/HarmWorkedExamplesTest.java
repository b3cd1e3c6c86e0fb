package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vcanalytics.core.Role.OFFENDER;
import static org.vcanalytics.core.Role.SUSPECT;
import static org.vcanalytics.core.Role.VICTIM;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;

/**
 * Hand-worked examples, as of 2024-12-31 with the default options (ONS CSS 2020 weights, half-life
 * 365 days, window 730 days, top 10 %). 8N weighs 189.1538871 and 34B 799.6288702 (ONS CSS 2020).
 */
class HarmWorkedExamplesTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final double W_8N = 189.1538871;
  static final double W_34B = 799.6288702;

  /** docs/harm.md, "A worked example": redo it with a calculator. */
  @Test
  void theDocumentedExample() {
    Force f = new Force();
    f.crime("8N", AS_OF, "P1", OFFENDER); // age 0: factor 0.5^(0/365) = 1
    f.crime("34B", LocalDate.of(2024, 1, 1), "P1", OFFENDER, SUSPECT); // age 365 (2024 is a leap year): 0.5
    PersonHarm p = f.harm(AS_OF).person("P1").orElseThrow();
    // harm = 189.1538871 + 799.6288702 = 988.7827573
    // harm with recency = 189.1538871 x 1 + 799.6288702 x 0.5 = 189.1538871 + 399.8144351 = 588.9683222
    assertThat(p.vcEvents()).isEqualTo(2);
    assertThat(p.harm()).isCloseTo(988.7827573, within(1e-9));
    assertThat(p.harmRecency()).isCloseTo(588.9683222, within(1e-9));
    assertThat(p.lastVcOn()).hasValue(AS_OF);
    assertThat(p.maxWeight()).isEqualTo(W_34B);
    assertThat(p.events().get(1).roles()).containsExactly(OFFENDER, SUSPECT); // once per crime
    // A cohort of one: k = ceil(0.1 x 1) = 1, the threshold is P1's own value.
    assertThat(p.category()).isEqualTo(Category.HIGH_HARM);
    assertThat(p.rfg()).hasValue(new Rfg(5, 5, 5));
    assertThat(p.explanation())
        .isEqualTo(
            "P1 is HIGH HARM as of 2024-12-31. In the window 2023-01-01 to 2024-12-31 (730 days back, both days included) they were"
                + " offender or suspect of 2 violent crimes: C001 (offence 8N, 2024-12-31, offender, 0"
                + " days before): weight 189.1539 (ONS CSS 2020) x recency 1.0000 [0.5^(0/365)] ="
                + " 189.1539; C002 (offence 34B, 2024-01-01, offender and suspect, 365 days before):"
                + " weight 799.6289 (ONS CSS 2020) x recency 0.5000 [0.5^(365/365)] = 399.8144. Harm"
                + " 988.7828; harm with recency 588.9683. The cohort has 1 person with a violent crime"
                + " in the window; the top 0.1 is k = ceil(0.1 x 1) = 1; the threshold is the harm with"
                + " recency of number 1, 588.9683. P1's 588.9683 is at or above it. Recency, frequency"
                + " and gravity bands (1 to 5 across the cohort): 5, 5, 5.");
  }

  @Test
  void eventsExactly730DaysOldCountAnd731DoNot() {
    // 2024-12-31 minus 730 days is 2023-01-01 (2024 has 366 days); minus 731 is 2022-12-31.
    Force f = new Force();
    f.crime("8N", LocalDate.of(2023, 1, 1), "P1", OFFENDER);
    f.crime("8N", LocalDate.of(2022, 12, 31), "P1", OFFENDER);
    PersonHarm p = f.harm(AS_OF).person("P1").orElseThrow();
    assertThat(p.events()).extracting(HarmEvent::ageDays).containsExactly(730L);
    // 0.5^(730/365) = 0.25
    assertThat(p.harmRecency()).isCloseTo(W_8N * 0.25, within(1e-9));
  }

  @Test
  void anEventAfterTheAsOfDateIsIgnored() {
    Force f = new Force();
    f.crime("8N", AS_OF.plusDays(1), "P1", OFFENDER);
    PersonHarm p = f.harm(AS_OF).person("P1").orElseThrow();
    assertThat(p.vcEvents()).isZero();
    assertThat(p.category()).isEqualTo(Category.NONE);
  }

  @Test
  void aVictimOnlyPersonIsNeverInACategory() {
    Force f = new Force();
    f.crime("8N", AS_OF, "P1", VICTIM);
    PersonHarm p = f.harm(AS_OF).person("P1").orElseThrow();
    assertThat(p.category()).isEqualTo(Category.NONE);
    assertThat(p.explanation())
        .endsWith("Someone recorded only as a victim or witness is never placed in a category.");
  }

  @Test
  void cohortsOfTenAndElevenAndTiesAtTheThreshold() {
    // Ten people, P01..P10, one 8N each, P01 the most recent: k = ceil(0.1 x 10) = 1.
    Force ten = new Force();
    for (int i = 1; i <= 10; i++) {
      ten.crime("8N", AS_OF.minusDays(i), String.format("P%02d", i), OFFENDER);
    }
    HarmResult r10 = ten.harm(AS_OF);
    assertThat(r10.cohort().k()).isEqualTo(1);
    assertThat(r10.counts().get(Category.HIGH_HARM)).isEqualTo(1);
    assertThat(r10.category("P01")).isEqualTo(Category.HIGH_HARM);
    assertThat(r10.category("P02")).isEqualTo(Category.INVOLVED);

    // Eleven: k = ceil(0.1 x 11) = ceil(1.1) = 2.
    ten.crime("8N", AS_OF.minusDays(11), "P11", OFFENDER);
    HarmResult r11 = ten.harm(AS_OF);
    assertThat(r11.cohort().k()).isEqualTo(2);
    assertThat(r11.people()).filteredOn(p -> p.category() == Category.HIGH_HARM)
        .extracting(PersonHarm::personId).containsExactly("P01", "P02");

    // Eleven again, but P02 and P03 tie (same day): both are at the threshold, so 3 are HIGH_HARM.
    Force tie = new Force();
    for (int i = 1; i <= 11; i++) {
      tie.crime("8N", AS_OF.minusDays(i == 3 ? 2 : i), String.format("P%02d", i), OFFENDER);
    }
    HarmResult rt = tie.harm(AS_OF);
    assertThat(rt.cohort().k()).isEqualTo(2);
    assertThat(rt.cohort().highHarm()).isEqualTo(3);
    assertThat(rt.people()).filteredOn(p -> p.category() == Category.HIGH_HARM)
        .extracting(PersonHarm::personId).containsExactly("P01", "P02", "P03");
  }

  @Test
  void kIsExactInDecimal() {
    // 0.07 x 100 in binary floating point is 7.000000000000001, whose ceiling would be 8.
    assertThat(Math.ceil(0.07 * 100)).isEqualTo(8.0);
    Force f = new Force();
    for (int i = 1; i <= 100; i++) {
      f.crime("8N", AS_OF.minusDays(i), String.format("P%03d", i), OFFENDER);
    }
    assertThat(f.harm(AS_OF, HarmOptions.defaults().withHighHarmFraction(0.07)).cohort().k()).isEqualTo(7);
  }

  @Test
  void connectedThroughTwoCorroboratingLogs() {
    Force f = new Force();
    f.crime("8N", LocalDate.of(2024, 6, 1), "P1", OFFENDER); // violent, in the last 365 days
    f.crime("58A", LocalDate.of(2024, 5, 1), "P2", OFFENDER); // criminal damage: non-violent
    f.crime("58A", LocalDate.of(2024, 5, 2), "P3", SUSPECT);
    f.crime("58A", LocalDate.of(2024, 5, 3), "P4", OFFENDER);
    f.crime("8N", LocalDate.of(2023, 12, 31), "P5", OFFENDER); // violent, 366 days before: not recent
    f.person("P6"); // no crime of their own
    // Two 3x5x2 2/C logs: each 0.6 x 0.6 = 0.36; together 1 - (1 - 0.36)^2 = 1 - 0.4096 = 0.5904.
    LinkEvidence i1 = LinkEvidence.intelligence(log("I1", "2024-02-01"), 0.36);
    LinkEvidence i2 = LinkEvidence.intelligence(log("I2", "2024-03-01"), 0.36);
    f.links.add(Link.of("P2", "P1", List.of(i1, i2))); // 0.5904 >= 0.5: CONNECTED
    f.links.add(Link.of("P3", "P1", List.of(i1))); // 0.36 < 0.5: not
    f.links.add(Link.of("P4", "P5", List.of(LinkEvidence.crime("X", LocalDate.of(2024, 1, 1))))); // P5 not recent
    f.links.add(Link.of("P6", "P1", List.of(LinkEvidence.crime("Y", LocalDate.of(2024, 1, 1))))); // P6 no crime
    HarmResult r = f.harm(AS_OF);
    assertThat(r.person("P2").orElseThrow().connections().get(0).link().weight()).isCloseTo(0.5904, within(1e-12));
    assertThat(r.category("P2")).isEqualTo(Category.CONNECTED);
    assertThat(r.category("P3")).isEqualTo(Category.NONE);
    assertThat(r.category("P4")).isEqualTo(Category.NONE);
    assertThat(r.category("P6")).isEqualTo(Category.NONE);
    assertThat(r.person("P2").orElseThrow().explanation())
        .isEqualTo(
            "P2 is CONNECTED to violent crime as of 2024-12-31. They had no violent crime as offender"
                + " or suspect in the window 2023-01-01 to 2024-12-31 (730 days back, both days included), but were offender or"
                + " suspect of 1 other crime in it (C002), and are directly linked to P1 (link weight"
                + " 0.5904, at least 0.5, from intelligence I1 (3x5x2 2/C, recorded 2024-02-01, weight"
                + " 0.3600) and intelligence I2 (3x5x2 2/C, recorded 2024-03-01, weight 0.3600)),"
                + " offender or suspect of violent crime C001 on 2024-06-01, within the last 365 days.");
    assertThat(r.person("P3").orElseThrow().explanation())
        .contains("have no direct link of weight at least 0.5");
  }

  @Test
  void identicalRecordsTieExactlyWhateverTheirCrimeOrder() {
    // PX and PY have the same three offences on the same day, in a different crime-id order; floating
    // addition in crime order would give 3013.0054413000003 and 3013.0054413. Both are HIGH_HARM.
    Force f = new Force();
    f.crime("8N", AS_OF, "PX", OFFENDER);
    f.crime("34B", AS_OF, "PX", OFFENDER);
    f.crime("3A", AS_OF, "PX", OFFENDER);
    f.crime("3A", AS_OF, "PY", OFFENDER);
    f.crime("34B", AS_OF, "PY", OFFENDER);
    f.crime("8N", AS_OF, "PY", OFFENDER);
    for (int i = 0; i < 8; i++) {
      f.crime("8N", AS_OF, "Q" + i, OFFENDER);
    }
    HarmResult r = f.harm(AS_OF);
    assertThat(r.person("PX").orElseThrow().harmRecency()).isEqualTo(r.person("PY").orElseThrow().harmRecency());
    assertThat(r.category("PX")).isEqualTo(Category.HIGH_HARM);
    assertThat(r.category("PY")).isEqualTo(Category.HIGH_HARM);
  }

  @Test
  void aVictimLinkedToARecentViolentOffenderIsNotConnectedWithoutACrimeOfTheirOwn() {
    Force f = new Force();
    f.crime("8N", LocalDate.of(2024, 6, 1), "P1", OFFENDER);
    f.crime("49", LocalDate.of(2024, 6, 2), "P2", VICTIM);
    f.crime("49", LocalDate.of(2022, 12, 31), "P3", OFFENDER); // 731 days before: outside the window
    f.links.add(Link.of("P1", "P2", List.of(LinkEvidence.crime("X", LocalDate.of(2024, 6, 1)))));
    f.links.add(Link.of("P1", "P3", List.of(LinkEvidence.crime("Y", LocalDate.of(2024, 6, 1)))));
    HarmResult r = f.harm(AS_OF);
    assertThat(r.category("P2")).isEqualTo(Category.NONE);
    assertThat(r.category("P3")).isEqualTo(Category.NONE);
  }

  @Test
  void theRecentPeriodIncludesItsFirstDay() {
    // 2024-12-31 minus 365 days is 2024-01-01: a violent crime that day is recent.
    Force f = new Force();
    f.crime("8N", LocalDate.of(2024, 1, 1), "P1", OFFENDER);
    f.crime("58A", LocalDate.of(2024, 5, 1), "P2", OFFENDER);
    f.links.add(Link.of("P1", "P2", List.of(LinkEvidence.crime("X", LocalDate.of(2024, 1, 1)))));
    assertThat(f.harm(AS_OF).category("P2")).isEqualTo(Category.CONNECTED);
  }

  @Test
  void optionsChangeTheCut() {
    Force f = new Force();
    for (int i = 1; i <= 10; i++) {
      f.crime("8N", AS_OF.minusDays(i), String.format("P%02d", i), OFFENDER);
    }
    // Top 25 %: k = ceil(0.25 x 10) = ceil(2.5) = 3.
    assertThat(f.harm(AS_OF, HarmOptions.defaults().withHighHarmFraction(0.25)).counts().get(Category.HIGH_HARM))
        .isEqualTo(3);
  }

  private static IntelLog log(String id, String on) {
    return IntelLog.builder().id(id).recordedOn(LocalDate.parse(on)).grade(IntelGrade.of("3x5x2", "2", "C")).build();
  }
}
