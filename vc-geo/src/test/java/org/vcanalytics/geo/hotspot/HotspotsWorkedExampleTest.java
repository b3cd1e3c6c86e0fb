package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.PeriodType;

/** The worked example of docs/hotspots.md, by hand. See {@link WorkedExample} for the map. */
class HotspotsWorkedExampleTest {

  static HotspotResult r;

  @BeforeAll
  static void analyse() {
    VcDataset data = WorkedExample.data();
    Classification c = VcClassifier.classify(data, WorkedExample.AS_OF);
    r = Hotspots.analyse(data, c, WorkedExample.WEIGHT, Set.of("P1", "P2"), HotspotOptions.defaults());
  }

  @Test
  void eachCrimeGetsOneAreaByTheDocumentedRules() {
    assertThat(r.areaOf("C1", "npu")).contains("A"); // inside A
    // C2 lies on the edge easting 401000 that A and B share: both closures contain it, and the rule
    // takes the smaller id, A.
    assertThat(r.areaOf("C2", "npu")).contains("A");
    assertThat(r.areaOf("C3", "npu")).contains(AreaLayer.UNASSIGNED); // no location
    // C4's point is inside B, but the force pre-assigned npu A, and a pre-assigned code wins.
    assertThat(r.areaOf("C4", "npu")).contains("A");
    assertThat(r.areaOf("C5", "npu")).contains("B");
    assertThat(r.areaOf("C6", "npu")).isEmpty(); // committed after the as-of date: not counted
    assertThat(r.areaOf("C7", "npu")).isEmpty(); // criminal damage: not violent
    assertThat(r.areaOf("C8", "npu")).contains(AreaLayer.UNASSIGNED); // outside every area
    assertThat(r.assignment())
        .containsExactly(new LevelAssignment("npu", 1, 3, 0, 1, 1, 0));
  }

  @Test
  void financialYearEdges() {
    // C1 on 31 March 2021 is the last day of FY2020/21; C2 on 1 April 2021 the first of FY2021/22.
    assertThat(r.vcEvents("npu", "A", "FY2020/21", "ALL")).isEqualTo(1);
    // FY2021/22 (to the as-of date): C2 and C4 in A, C5 in B, C3 and C8 UNASSIGNED = 5.
    assertThat(r.vcEvents("npu", "A", "FY2021/22", "ALL")).isEqualTo(2);
    assertThat(r.vcEvents("npu", "B", "FY2021/22", "ALL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "UNASSIGNED", "FY2021/22", "ALL")).isEqualTo(2);
    // Quarters and months split at the same edge.
    assertThat(r.vcEvents("npu", "A", "2021-Q1", "ALL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "A", "2021-03", "ALL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "A", "2021-04", "ALL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "A", "2021-Q2", "ALL")).isEqualTo(2);
    // The calendar year 2021 holds all six violent crimes up to the as-of date: A 3, B 1, UNASSIGNED 2.
    assertThat(r.vcEvents("npu", "A", "2021", "ALL")).isEqualTo(3);
    assertThat(r.vcEvents("npu", "B", "2021", "ALL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "UNASSIGNED", "2021", "ALL")).isEqualTo(2);
    assertThat(r.vcEvents("npu", "A", "2022", "ALL")).isZero(); // C6 is after the as-of date
  }

  @Test
  void figuresOfFinancialYear2021() {
    AreaFigures a = r.figure("npu", "A", "FY2021/22", "ALL").orElseThrow();
    // C2 (8N, 10) + C4 (8N, 10) = 20; offenders P1 (C2) and P2 (C4, offender and suspect: once) = 2;
    // victims V2, V3 = 2; rate 2 x 1000 / 2000 = 1.0; share 2 of the level's 5 = 0.4; rank 1 of 2.
    assertThat(a.vcEvents()).isEqualTo(2);
    assertThat(a.harm()).isEqualTo(20.0);
    assertThat(a.offenders()).isEqualTo(2);
    assertThat(a.victims()).isEqualTo(2);
    assertThat(a.ratePer1000()).hasValue(1.0);
    assertThat(a.shareOfForce()).isEqualTo(0.4);
    assertThat(a.rank()).hasValue(1);
    assertThat(a.harmRank()).hasValue(2); // B's robbery weighs 100 > 20
    AreaFigures b = r.figure("npu", "B", "FY2021/22", "ALL").orElseThrow();
    // C5 (34B, 100); rate 1 x 1000 / 500 = 2.0; share 1/5 = 0.2.
    assertThat(b.harm()).isEqualTo(100.0);
    assertThat(b.ratePer1000()).hasValue(2.0);
    assertThat(b.shareOfForce()).isEqualTo(0.2);
    assertThat(b.rank()).hasValue(2);
    assertThat(b.offenders()).isEqualTo(1); // P3
    assertThat(b.victims()).isEqualTo(1); // V4
    assertThat(b.harmRank()).hasValue(1);
    AreaFigures u = r.figure("npu", "UNASSIGNED", "FY2021/22", "ALL").orElseThrow();
    // C3 (34B, 100) + C8 (8N, 10) = 110; never ranked, no rate.
    assertThat(u.harm()).isEqualTo(110.0);
    assertThat(u.offenders()).isEqualTo(1); // P2 (C8 has nobody recorded)
    assertThat(u.victims()).isEqualTo(1); // V1
    assertThat(u.shareOfForce()).isEqualTo(0.4);
    assertThat(u.rank()).isEmpty();
    assertThat(u.ratePer1000()).isEmpty();
    assertThat(u.areaName()).isEqualTo("UNASSIGNED");
    // Typology: robbery of personal property is C3 (UNASSIGNED) and C5 (B).
    assertThat(r.vcEvents("npu", "B", "2021", "ROBBERY_PERSONAL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "UNASSIGNED", "2021", "ROBBERY_PERSONAL")).isEqualTo(1);
    assertThat(r.vcEvents("npu", "A", "2021", "ROBBERY_PERSONAL")).isZero();
  }

  @Test
  void figuresAreInTheDocumentedOrder() {
    List<String> keys =
        r.figures().stream()
            .filter(f -> f.period().type() == PeriodType.YEAR)
            .map(f -> f.areaId() + " " + f.period() + " " + f.typology())
            .toList();
    assertThat(keys)
        .containsExactly(
            "A 2021 ALL",
            "B 2021 ALL",
            "B 2021 ROBBERY_PERSONAL",
            "UNASSIGNED 2021 ALL",
            "UNASSIGNED 2021 ROBBERY_PERSONAL");
  }

  @Test
  void tenYearView() {
    assertThat(r.trendPeriods()).hasSize(10);
    assertThat(r.trendPeriods().get(0).label()).isEqualTo("2012");
    TrendPoint a2021 = r.trend("npu", "A", "ALL").orElseThrow().points().get(9);
    // A: 0 in 2020, 3 in 2021: +3, no percentage (from 0); share 3 of 6 = 0.5; 2021 is complete.
    assertThat(a2021.vcEvents()).isEqualTo(3);
    assertThat(a2021.changeFromPrevious()).hasValue(3);
    assertThat(a2021.percentChangeFromPrevious()).isEmpty();
    assertThat(a2021.changeFromFirst()).isEqualTo(3);
    assertThat(a2021.shareOfForce()).isEqualTo(0.5);
    assertThat(a2021.partial()).isFalse();
    // Concentration 2021: 2 areas, so the top 5 % and 10 % are both k = ceil(0.1) = ceil(0.2) = 1
    // area; the busiest (A, 3) holds 3 of the 4 located crimes = 0.75; 2 are unassigned.
    Concentration c =
        r.concentration().stream()
            .filter(x -> x.period().label().equals("2021") && x.typology().equals("ALL"))
            .findFirst()
            .orElseThrow();
    assertThat(c.areas()).isEqualTo(2);
    assertThat(c.locatedEvents()).isEqualTo(4);
    assertThat(c.unassignedEvents()).isEqualTo(2);
    assertThat(c.top()).extracting(TopShare::areas).containsExactly(1, 1);
    assertThat(c.top().get(0).share()).hasValue(0.75);
  }

  @Test
  void financialYearTrendWithPartialYear() {
    VcDataset data = WorkedExample.data();
    HotspotResult fy =
        Hotspots.analyse(
            data,
            VcClassifier.classify(data, WorkedExample.AS_OF),
            WorkedExample.WEIGHT,
            Set.of(),
            HotspotOptions.defaults().withTrendPeriod(PeriodType.FINANCIAL_YEAR).withTrendLength(2));
    List<TrendPoint> a = fy.trend("npu", "A", "ALL").orElseThrow().points();
    // FY2020/21: C1 = 1; FY2021/22: C2 + C4 = 2, +1 = +100 %, and only counted to 31 December.
    assertThat(a).extracting(p -> p.period().label()).containsExactly("FY2020/21", "FY2021/22");
    assertThat(a.get(1).changeFromPrevious()).hasValue(1);
    assertThat(a.get(1).percentChangeFromPrevious()).hasValue(100.0);
    assertThat(a.get(1).partial()).isTrue();
  }

  @Test
  void travel() {
    Travel t = r.travel();
    // Journeys: C1-P1 (300, 400 -> 500 m), C2-P1 (800, 600 -> 1000 m), C3-P2 (no crime location),
    // C4-P2 (400, 300 -> 500 m); C5-P3 has no home.
    assertThat(t.journeys())
        .extracting(j -> j.crimeId() + "-" + j.personId())
        .containsExactly("C1-P1", "C2-P1", "C3-P2", "C4-P2");
    assertThat(t.journeysWithoutHome()).isEqualTo(1);
    assertThat(t.journeys().get(0).distanceMetres()).hasValue(500.0);
    assertThat(t.journeys().get(1).distanceMetres()).hasValue(1000.0);
    assertThat(t.journeys().get(2).distanceMetres()).isEmpty();
    // Each journey is made when asked for (JourneyList): equal each time, the list as its copy, and
    // unchangeable.
    assertThat(t.journeys().get(3)).isEqualTo(t.journeys().get(3));
    assertThat(t.journeys()).isEqualTo(List.copyOf(t.journeys()));
    assertThat(t.journeys().get(3).homeAreas()).containsEntry("npu", "B");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.journeys().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    // 500, 500, 1000: median 500; lower quartile 500; upper at h = 2 x 0.75 = 1.5: 500 + 0.5 x 500 = 750.
    DistanceSummary d = t.distances().orElseThrow();
    assertThat(d.count()).isEqualTo(3);
    assertThat(d.median()).isEqualTo(500.0);
    assertThat(d.lowerQuartile()).isEqualTo(500.0);
    assertThat(d.upperQuartile()).isEqualTo(750.0);
    assertThat(d.mean()).isCloseTo(666.667, within(0.001));
    assertThat(t.flows())
        .containsExactly(
            new Flow("npu", "A", "A", 2, 1),
            new Flow("npu", "B", "A", 1, 1),
            new Flow("npu", "B", "UNASSIGNED", 1, 1));
    // A's offenders with a home: P1 (lives in A) and P2 (lives in B): 1 of 2 outside. B's only
    // offender, P3, has no home.
    assertThat(t.origins())
        .extracting(o -> o.areaId() + " " + o.offenders() + " " + o.livingOutside() + " " + o.withoutHome())
        .containsExactly("A 2 1 0", "B 0 0 1");
    assertThat(t.origins().get(0).shareLivingOutside()).hasValue(0.5);
    assertThat(t.origins().get(1).shareLivingOutside()).isEmpty();
  }

  @Test
  void schools() {
    Schools s = r.schools();
    // West School is inside A (0 m) and 500 m from B (too far); East School is 300 m east of B.
    assertThat(s.nearAreas())
        .containsExactly(
            new SchoolNearArea("npu", "A", "100001", "West School", 0),
            new SchoolNearArea("npu", "B", "100002", "East School", 300));
    // C1 (400500, 280500) is 400 m below West School; C5 (401500, 280200) is sqrt(800^2 + 300^2) =
    // 854.4 m from East School.
    assertThat(s.nearest()).extracting(NearestSchool::crimeId).containsExactly("C1", "C2", "C4", "C5", "C8");
    assertThat(s.nearest().get(0)).isEqualTo(new NearestSchool("C1", "100001", 400));
    assertThat(s.nearest().get(3).urn()).isEqualTo("100002");
    assertThat(s.nearest().get(3).distanceMetres()).isCloseTo(854.4, within(0.1));
    // Cohort {P1, P2}: P1's custody school is West School; P2's record is after the as-of date; P3
    // is not in the cohort.
    assertThat(s.cohorts()).hasSize(1);
    assertThat(s.cohorts().get(0).urn()).isEqualTo("100001");
    assertThat(s.cohorts().get(0).schoolName()).contains("West School");
    assertThat(s.cohorts().get(0).personIds()).containsExactly("P1");
  }
}
