package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.hotspot.HotspotProperties.CrimeSpec;

/**
 * {@link CellCounts}: the same cells whether they are numbered densely or by a sort of their keys,
 * or their people counted over the runs of their months, and each cell's crimes, harm and distinct
 * offenders and victims as a plain count with sets over the crimes gives them.
 */
class CellCountsProperties {

  record Involved(int crime, int person, Role role) {}

  @Provide
  Arbitrary<List<Involved>> involved() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 59),
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(Role.OFFENDER, Role.SUSPECT, Role.VICTIM, Role.WITNESS))
        .as(Involved::new)
        .list()
        .ofMinSize(20)
        .ofMaxSize(150);
  }

  @Property(tries = 60)
  void numberedDenselyOrBySortTheCellsAreThoseOfAPlainCount(
      @ForAll("crimes") List<CrimeSpec> specs, @ForAll("involved") List<Involved> involved) {
    VcDataset.Builder b = VcDataset.builder();
    VcDataset areasAndCrimes = HotspotProperties.data(specs);
    areasAndCrimes.areas().forEach(b::addArea);
    areasAndCrimes.crimes().forEach(b::addCrime);
    for (int p = 0; p < 8; p++) {
      b.addPerson(Person.of("P" + p));
    }
    Set<List<Object>> seen = new HashSet<>();
    for (Involved x : involved) {
      int crime = x.crime() % specs.size();
      if (seen.add(List.of(crime, x.person(), x.role()))) {
        b.addInvolvement(String.format("C%03d", crime), "P" + x.person(), x.role());
      }
    }
    VcDataset data = b.build();
    Classification classification = VcClassifier.classify(data, HotspotProperties.START.plusDays(5 * 365));
    ViolentCrimes crimes = ViolentCrimes.of(data, classification);
    AreaAssignment areas = AreaAssignment.of(crimes, AreaLayer.byLevel(data.areas()), List.of(), 25);
    int types = Typologies.names().size();
    double[] weights = new double[crimes.size()];
    int[] typologies = new int[crimes.size()];
    for (int i = 0; i < crimes.size(); i++) {
      // Not exact in binary (0.1, 0.2, ..., 0.7): a sum in another order than crime order may differ
      // in its last bit, and the plain count below adds up in crime order.
      weights[i] = 0.1 * (1 + i % 7);
      for (String t : crimes.typologies(i)) {
        typologies[i] |= 1 << Typologies.index(t);
      }
    }
    for (int l = 0; l < areas.levels().size(); l++) {
      for (PeriodType type : PeriodType.values()) {
        PeriodNumbers periods = PeriodNumbers.of(crimes, type);
        long space = (long) areas.ids(l).length * periods.size() * types;
        CellCounts dense = CellCounts.of(crimes, areas, weights, typologies, l, periods, types, space, Long.MAX_VALUE);
        CellCounts sorted = CellCounts.of(crimes, areas, weights, typologies, l, periods, types, space, 0);
        // Every period type's periods are unions of months: counted over the month cells' runs too.
        PeriodNumbers months = PeriodNumbers.of(crimes, PeriodType.MONTH);
        int[] from = CellCounts.monthRanges(crimes, months, periods);
        assertThat(from).as(type.name()).isNotNull();
        if (type == PeriodType.MONTH) {
          // The other way round, years given as the parts of months: a year falls in two months as
          // soon as it holds crimes in two of them, and then there is no layout (null).
          PeriodNumbers years = PeriodNumbers.of(crimes, PeriodType.YEAR);
          assertThat(CellCounts.monthRanges(crimes, years, periods) == null).isEqualTo(periods.size() > years.size());
        }
        CellCounts byMonths =
            CellCounts.ofMonths(crimes, areas, weights, typologies, l, periods, types, areas.ids(l).length, months,
                CellCounts.monthRuns(crimes, areas, typologies, l, months, types, areas.ids(l).length).orElseThrow(),
                from);

        // The plain count: per cell key, its crimes, harm and sets of person ids.
        TreeMap<Long, long[]> counts = new TreeMap<>();
        TreeMap<Long, double[]> harms = new TreeMap<>();
        TreeMap<Long, Set<String>> offenders = new TreeMap<>();
        TreeMap<Long, Set<String>> victims = new TreeMap<>();
        for (int i = 0; i < crimes.size(); i++) {
          Crime c = crimes.crime(i);
          long base = ((long) areas.areaNumber(l, i) * periods.size() + periods.of(i)) * types;
          for (String t : crimes.typologies(i)) {
            long key = base + Typologies.index(t);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            harms.computeIfAbsent(key, k -> new double[1])[0] += weights[i];
            Set<String> o = offenders.computeIfAbsent(key, k -> new HashSet<>());
            Set<String> v = victims.computeIfAbsent(key, k -> new HashSet<>());
            for (Involvement x : data.involvementsIn(c.id())) {
              if (x.role().isOffenderOrSuspect()) {
                o.add(x.personId());
              } else if (x.role() == Role.VICTIM) {
                v.add(x.personId());
              }
            }
          }
        }
        for (CellCounts got : List.of(dense, sorted, byMonths)) {
          assertThat(got.size).isEqualTo(counts.size());
          List<Long> keys = new ArrayList<>(counts.keySet());
          for (int s = 0; s < got.size; s++) {
            long key = keys.get(s);
            assertThat(got.key[s]).isEqualTo(key);
            assertThat(got.n[s]).isEqualTo(counts.get(key)[0]);
            assertThat(got.harm[s]).isEqualTo(harms.get(key)[0]);
            assertThat(got.offenders[s]).isEqualTo(offenders.get(key).size());
            assertThat(got.victims[s]).isEqualTo(victims.get(key).size());
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<List<CrimeSpec>> crimes() {
    return new HotspotProperties().crimes().filter(c -> c.size() >= 10);
  }
}
