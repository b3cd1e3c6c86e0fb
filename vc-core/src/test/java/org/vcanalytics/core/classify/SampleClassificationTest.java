package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcanalytics.core.classify.Typology.DOMESTIC;
import static org.vcanalytics.core.classify.Typology.GUN;
import static org.vcanalytics.core.classify.Typology.KNIFE;
import static org.vcanalytics.core.classify.Typology.OCG;
import static org.vcanalytics.core.classify.Typology.ROBBERY_PERSONAL;
import static org.vcanalytics.core.classify.Typology.VAW;
import static org.vcanalytics.core.classify.Typology.YOUTH;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.load.VcPackage;

/**
 * The worked example of docs/definitions.md: the sample package (examples/sample-package) as of
 * 2024-12-31 with the default options. Each expectation is worked out by hand from the CSV files.
 */
class SampleClassificationTest {

  static Classification c;

  @BeforeAll
  static void classify() throws URISyntaxException {
    Path sample = Path.of(SampleClassificationTest.class.getResource("/packages/sample").toURI());
    c = VcClassifier.classify(VcPackage.load(sample).dataset(), LocalDate.of(2024, 12, 31));
  }

  @Test
  void c001KnifeAssaultOnAGirlByAYoungOcgMember() {
    // 8N on 2024-03-01, knife USED. P001 (born 1999-04-12) is 24 and is offender and suspect; P002
    // (born 2008-11-02, F) is the victim, aged 15; P001 is in OCG-A from 2020-01-01, still a member.
    CrimeClassification c1 = c.crime("C001").orElseThrow();
    assertThat(c1.violenceReason()).isEqualTo("offence code 8N is in PHYSICAL_VIOLENCE");
    assertThat(c1.typologies()).containsExactly(KNIFE, YOUTH, OCG, VAW);
    assertThat(c1.inKnifeCollection()).isTrue();
    assertThat(c1.reasons())
        .extracting(TypologyReason::text)
        .containsExactly(
            "a knife or sharp instrument was used",
            "offender and suspect P001 was 24 on 2024-03-01 (25 or under)",
            "victim P002 was 15 on 2024-03-01 (25 or under)",
            "offender and suspect P001 was a member of OCG OCG-A on 2024-03-01 (member from"
                + " 2020-01-01, still a member)",
            "victim P002 is recorded as female");
  }

  @Test
  void c002ShootingFlaggedOcgButTheSuspectLeftTheGroupTheDayBefore() {
    // 4/1 (manslaughter) on 2023-12-24, firearm FIRED, ocg_related Y. Suspect P003 left OCG-A on
    // 2023-12-23, the day before: the OCG typology comes from the flag alone.
    CrimeClassification c2 = c.crime("C002").orElseThrow();
    assertThat(c2.hoCode()).isEqualTo("4.1");
    assertThat(c2.typologies()).containsExactly(GUN, OCG);
    assertThat(c2.reasons())
        .extracting(r -> r.rule())
        .containsExactly(TypologyRule.GUN_WEAPON, TypologyRule.OCG_FLAG);
  }

  @Test
  void c003RobberyWithDomesticAbuseIntelligence() {
    // 34B on 2024-05-05: offender P001 aged 25 (born 1999-04-12), victim P003 (F). Logs I001 and I002
    // (headers DOMESTIC ABUSE) both name P001 and P003, so DOMESTIC comes from intelligence.
    CrimeClassification c3 = c.crime("C003").orElseThrow();
    assertThat(c3.typologies()).containsExactly(YOUTH, OCG, DOMESTIC, VAW, ROBBERY_PERSONAL);
    assertThat(c3.reasons())
        .filteredOn(r -> r.typology() == DOMESTIC)
        .extracting(r -> r.evidenceId().orElseThrow())
        .containsExactly("I001", "I002");
  }

  @Test
  void c004UnknownCodeIsNonViolentWithOneWarning() {
    CrimeClassification c4 = c.crime("C004").orElseThrow();
    assertThat(c4.violent()).isFalse();
    assertThat(c4.typologies()).isEmpty();
    assertThat(c4.violenceReason())
        .isEqualTo("offence code 195 is not in the Home Office table; counted as non-violent");
    assertThat(c.warnings())
        .containsExactly("offence code 195 is not in the Home Office table: 1 crime counted as non-violent");
    assertThat(c.violentCrimes()).extracting(CrimeClassification::crimeId).containsExactly("C001", "C002", "C003");
  }

  @Test
  void contributingFactors() {
    // P001: K001 (2022-08-01) mental health Y, substance misuse "true", school 103456; K002 all N;
    // OCG-A since 2020-01-01.
    PersonFactors p1 = c.factorsOf("P001");
    assertThat(p1.factors())
        .extracting(FactorEvidence::factor, FactorEvidence::recordIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Factor.MENTAL_HEALTH, List.of("K001")),
            org.assertj.core.groups.Tuple.tuple(Factor.SUBSTANCE_MISUSE, List.of("K001")),
            org.assertj.core.groups.Tuple.tuple(Factor.OCG_MEMBERSHIP, List.of("OCG-A")),
            org.assertj.core.groups.Tuple.tuple(Factor.SCHOOL_ATTENDED, List.of("103456")));
    // P002 was the victim of C001 aged 15: an adverse childhood experience. C004 (domestic abuse) names
    // her as OTHER, not victim or witness, so no domestic-abuse ACE.
    assertThat(c.factorsOf("P002").factors())
        .extracting(FactorEvidence::factor, FactorEvidence::recordIds)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Factor.ACE_VICTIM_UNDER_18, List.of("C001")));
    // P003: K003 (2021-01-10) mental health "1", alcohol "yes"; OCG-A 2019-01-01 to 2023-12-23 (past).
    PersonFactors p3 = c.factorsOf("P003");
    assertThat(p3.factors())
        .extracting(FactorEvidence::factor)
        .containsExactly(Factor.MENTAL_HEALTH, Factor.ALCOHOL, Factor.OCG_MEMBERSHIP);
    assertThat(p3.evidence(Factor.OCG_MEMBERSHIP).orElseThrow().text())
        .isEqualTo("OCG membership: OCG-A from 2019-01-01 to 2023-12-23");
    // P004 has no date of birth: no ACE can be derived. P005 has nothing recorded.
    assertThat(c.factorsOf("P004").factors()).isEmpty();
    assertThat(c.factorsOf("P005").factors()).isEmpty();
  }

  @Test
  void asOfTheDayBeforeC001() throws URISyntaxException {
    // As of 2024-02-29: C001 (2024-03-01), C003 and C004 are after the date; K002 too.
    Classification early =
        VcClassifier.classify(
            VcPackage.load(Path.of(SampleClassificationTest.class.getResource("/packages/sample").toURI())).dataset(),
            LocalDate.of(2024, 2, 29));
    assertThat(early.crimes()).extracting(CrimeClassification::crimeId).containsExactly("C002");
    assertThat(early.crimesAfterAsOf()).isEqualTo(3);
    assertThat(early.factorsOf("P002").factors()).isEmpty();
  }

  @Test
  void typologyCountsAreTheViolentCrimesOfEachTypology() {
    // one pass over the violent crimes gives, for each typology, as many as filtering for it
    for (Typology t : Typology.values()) {
      long filtered = c.violentCrimes().stream().filter(x -> x.has(t)).count();
      org.assertj.core.api.Assertions.assertThat(c.typologyCounts().get(t)).as(t.name()).isEqualTo(filtered);
    }
    org.assertj.core.api.Assertions.assertThat(c.typologyCounts()).hasSize(Typology.values().length);
  }
}
