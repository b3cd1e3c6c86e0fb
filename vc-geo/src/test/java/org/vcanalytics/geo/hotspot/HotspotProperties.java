package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/** Every violent crime counts in exactly one area per level: areas + UNASSIGNED add up. */
class HotspotProperties {

  static final LocalDate START = LocalDate.of(2018, 1, 1);

  record CrimeSpec(String code, int day, int gx, int gy, boolean located, String npuCode) {}

  @Provide
  Arbitrary<List<CrimeSpec>> crimes() {
    Arbitrary<CrimeSpec> one =
        Combinators.combine(
                Arbitraries.of("8N", "34B", "58A"),
                Arbitraries.integers().between(0, 5 * 365),
                Arbitraries.integers().between(-1, 9), // 250 m lattice; -1 and 9 are outside
                Arbitraries.integers().between(-1, 9),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of("", "", "", "", "N1", "N4", "X9"))
            .as(CrimeSpec::new);
    return one.list().ofMaxSize(60);
  }

  static Area square(String level, String id, double x, double y, double side) {
    String json =
        String.format(
            java.util.Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.0f,%2$.0f],[%3$.0f,%2$.0f],[%3$.0f,%4$.0f],"
                + "[%1$.0f,%4$.0f],[%1$.0f,%2$.0f]]]}",
            x, y, x + side, y + side);
    return new Area(level, id, id, OptionalLong.of(1000), Area.Crs.BRITISH_NATIONAL_GRID, json);
  }

  static VcDataset data(List<CrimeSpec> specs) {
    return data(specs, false);
  }

  /**
   * The npu and lsoa squares and the crimes of the specs (crime i has id C00i); with {@code reversed}
   * the same areas and crimes are added to the data set in the opposite order.
   */
  static VcDataset data(List<CrimeSpec> specs, boolean reversed) {
    List<Area> areas = new ArrayList<>();
    // npu: 2 x 2 squares of 1 km; lsoa: 4 x 4 squares of 500 m over the same 2 km.
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 2; c++) {
        areas.add(square("npu", "N" + (r * 2 + c + 1), 400_000 + c * 1000, 280_000 + r * 1000, 1000));
      }
    }
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        areas.add(square("lsoa", "L" + (r * 4 + c + 10), 400_000 + c * 500, 280_000 + r * 500, 500));
      }
    }
    List<Crime> crimes = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      CrimeSpec s = specs.get(i);
      Crime.Builder c =
          Crime.builder().id(String.format("C%03d", i)).hoCode(s.code()).committedOn(START.plusDays(s.day()));
      if (s.located()) {
        c.location(GridPoint.of(400_000 + 250 * s.gx(), 280_000 + 250 * s.gy()));
      }
      if (!s.npuCode().isEmpty()) {
        c.putAreaCodes("npu", s.npuCode());
      }
      crimes.add(c.build());
    }
    if (reversed) {
      Collections.reverse(areas);
      Collections.reverse(crimes);
    }
    VcDataset.Builder b = VcDataset.builder();
    areas.forEach(b::addArea);
    crimes.forEach(b::addCrime);
    return b.build();
  }

  @Property(tries = 150)
  void areasPlusUnassignedAddUpToTheViolentCrimes(
      @ForAll("crimes") List<CrimeSpec> specs, @ForAll("asOfDays") int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    VcDataset data = data(specs);
    HotspotResult r =
        Hotspots.analyse(data, VcClassifier.classify(data, asOf), c -> 1, Set.of(), HotspotOptions.defaults());

    // Independent count: codes 8N and 34B are violent, 58A is not; after the as-of date is left out.
    Map<Period, Long> expected = new HashMap<>();
    long vc = 0;
    for (Crime c : data.crimes()) {
      if (!c.hoCode().equals("58A") && !c.committedOn().isAfter(asOf)) {
        vc++;
        for (PeriodType t : PeriodType.values()) {
          expected.merge(t.of(c.committedOn()), 1L, Long::sum);
        }
      }
    }
    assertThat(r.levels()).contains("npu", "lsoa");
    for (String level : r.levels()) {
      Map<Period, Long> actual = new HashMap<>();
      for (AreaFigures f : r.figures()) {
        if (f.level().equals(level) && f.typology().equals(Hotspots.ALL)) {
          actual.merge(f.period(), f.vcEvents(), Long::sum);
        }
      }
      assertThat(actual).as(level).isEqualTo(expected);
      LevelAssignment a =
          r.assignment().stream().filter(x -> x.level().equals(level)).findFirst().orElseThrow();
      assertThat(a.preAssigned() + a.byPolygon() + a.unassigned()).isEqualTo(vc);
      // The ten-year view adds up too.
      List<AreaTrend> trends =
          r.trends().stream().filter(t -> t.level().equals(level) && t.typology().equals("ALL")).toList();
      for (int k = 0; k < r.trendPeriods().size(); k++) {
        int kk = k;
        long sum = trends.stream().mapToLong(t -> t.points().get(kk).vcEvents()).sum();
        assertThat(sum).isEqualTo(expected.getOrDefault(r.trendPeriods().get(k), 0L));
      }
    }
    // Every violent crime has exactly one area per level.
    for (Crime c : data.crimes()) {
      boolean counted = !c.hoCode().equals("58A") && !c.committedOn().isAfter(asOf);
      for (String level : r.levels()) {
        assertThat(r.areaOf(c.id(), level).isPresent()).isEqualTo(counted);
      }
    }
    // Shares of a level's period add up to 1 (UNASSIGNED included).
    Map<List<Object>, Double> shares = new HashMap<>();
    for (AreaFigures f : r.figures()) {
      shares.merge(List.of(f.level(), f.period(), f.typology()), f.shareOfForce(), Double::sum);
    }
    shares.values().forEach(s -> assertThat(s).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9)));
  }

  @Provide
  Arbitrary<Integer> asOfDays() {
    return Arbitraries.integers().between(0, 6 * 365);
  }

  @Property(tries = 30)
  void sameInputInAnotherOrderSameOutput(@ForAll("crimes") List<CrimeSpec> specs) {
    LocalDate asOf = LocalDate.of(2022, 12, 31);
    VcDataset forwards = data(specs, false);
    VcDataset backwards = data(specs, true);
    // Weights that differ from crime to crime: a sum taken in another order could differ in its last bits.
    ToDoubleFunction<Crime> weight = c -> 0.1 * (1 + Integer.parseInt(c.id().substring(1)) % 7);
    HotspotResult r1 = Hotspots.analyse(forwards, VcClassifier.classify(forwards, asOf), weight);
    HotspotResult r2 = Hotspots.analyse(backwards, VcClassifier.classify(backwards, asOf), weight);
    assertThat(r2.levels()).isEqualTo(r1.levels());
    assertThat(r2.assignment()).isEqualTo(r1.assignment());
    assertThat(r2.figures()).isEqualTo(r1.figures());
    assertThat(r2.trendPeriods()).isEqualTo(r1.trendPeriods());
    assertThat(r2.trends()).isEqualTo(r1.trends());
    assertThat(r2.concentration()).isEqualTo(r1.concentration());
    assertThat(r2.travel()).isEqualTo(r1.travel());
    assertThat(r2.schools()).isEqualTo(r1.schools());
    assertThat(r2.warnings()).isEqualTo(r1.warnings());
    for (int i = 0; i < specs.size(); i++) {
      String id = String.format("C%03d", i);
      for (String level : r1.levels()) {
        assertThat(r2.areaOf(id, level)).as(id + " " + level).isEqualTo(r1.areaOf(id, level));
      }
    }
    for (String level : List.of("npu", "lsoa")) {
      for (String p : List.of("2018", "2020", "FY2019/20", "2021-Q3")) {
        assertThat(r2.toGeoJson(level, Period.parse(p)))
            .as(level + " " + p)
            .isEqualTo(r1.toGeoJson(level, Period.parse(p)));
      }
    }
  }
}
