package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/**
 * The figures of every level × period × typology × area with violent crime ({@link AreaFigures}):
 * counts, harm, distinct offenders and victims, rate, share and ranks. O(N × L × P × T) to count for
 * N crimes, L levels, P period types and T typologies per crime, plus O(C log C) to rank and order
 * the C cells. Each level × period type is counted on its own (in parallel), then all are put in one
 * total order, so the result does not depend on the thread count.
 */
final class Figures {

  private Figures() {}

  /**
   * @return every non-empty cell, in level, area ({@code UNASSIGNED} last), period, typology order
   */
  static List<AreaFigures> of(
      ViolentCrimes crimes,
      AreaAssignment areas,
      ToDoubleFunction<Crime> weight,
      Set<PeriodType> periodTypes) {
    List<int[]> tasks = new ArrayList<>();
    List<PeriodType> types = new ArrayList<>(periodTypes);
    for (int l = 0; l < areas.levels().size(); l++) {
      for (int p = 0; p < types.size(); p++) {
        tasks.add(new int[] {l, p});
      }
    }
    List<AreaFigures> out =
        new ArrayList<>(
            tasks.parallelStream()
                .flatMap(t -> of(crimes, areas, weight, t[0], types.get(t[1])).stream())
                .toList());
    out.sort(
        Comparator.comparing(AreaFigures::level)
            .thenComparing(AreaFigures::areaId, AreaAssignment.AREA_ORDER)
            .thenComparing(AreaFigures::period)
            .thenComparingInt(f -> Typologies.index(f.typology())));
    return out;
  }

  /** The figures of one level and period type. */
  private static List<AreaFigures> of(
      ViolentCrimes crimes,
      AreaAssignment areas,
      ToDoubleFunction<Crime> weight,
      int l,
      PeriodType pt) {
    String level = areas.levels().get(l);
    // period -> typology -> area -> totals
    Map<Period, Map<String, Map<String, Totals>>> cells = new HashMap<>();
    for (int i = 0; i < crimes.size(); i++) {
      Crime c = crimes.crime(i);
      double w = weight.applyAsDouble(c);
      Map<String, Map<String, Totals>> byTyp =
          cells.computeIfAbsent(pt.of(c.committedOn()), k -> new HashMap<>());
      for (String t : crimes.typologies(i)) {
        Totals a =
            byTyp.computeIfAbsent(t, k -> new HashMap<>())
                .computeIfAbsent(areas.areaOf(l, i), k -> new Totals());
        a.add(w, crimes.offenderNumbers(i), crimes.victimNumbers(i));
      }
    }
    List<AreaFigures> out = new ArrayList<>();
    cells.forEach(
        (period, byTyp) ->
            byTyp.forEach(
                (typ, byArea) -> out.addAll(cellFigures(areas, level, period, typ, byArea))));
    return out;
  }

  private static List<AreaFigures> cellFigures(
      AreaAssignment areas, String level, Period period, String typ, Map<String, Totals> byArea) {
    long total = 0;
    List<Long> counts = new ArrayList<>();
    List<Double> harms = new ArrayList<>();
    for (Map.Entry<String, Totals> e : byArea.entrySet()) {
      total += e.getValue().n;
      if (!e.getKey().equals(AreaLayer.UNASSIGNED)) {
        counts.add(e.getValue().n);
        harms.add(e.getValue().harm);
      }
    }
    // Counts as doubles: whole numbers far below 2^53, so exact, and one rank search serves both.
    double[] sortedCounts = counts.stream().mapToDouble(Long::doubleValue).sorted().toArray();
    double[] sortedHarms = harms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    List<AreaFigures> out = new ArrayList<>();
    for (Map.Entry<String, Totals> e : byArea.entrySet()) {
      String id = e.getKey();
      Totals a = e.getValue();
      Optional<Area> area = areas.area(level, id);
      OptionalLong population = area.map(Area::population).orElse(OptionalLong.empty());
      OptionalDouble rate =
          population.isPresent() && population.getAsLong() > 0
              ? OptionalDouble.of(a.n * 1000.0 / population.getAsLong())
              : OptionalDouble.empty();
      boolean unassigned = id.equals(AreaLayer.UNASSIGNED);
      out.add(
          new AreaFigures(
              level,
              id,
              area.map(Area::name).orElse(id),
              period,
              typ,
              a.n,
              a.harm,
              a.distinctOffenders(),
              a.distinctVictims(),
              population,
              rate,
              total == 0 ? 0 : (double) a.n / total,
              unassigned ? OptionalInt.empty() : OptionalInt.of(rankOf(sortedCounts, a.n)),
              unassigned ? OptionalInt.empty() : OptionalInt.of(rankOf(sortedHarms, a.harm))));
    }
    return out;
  }

  /**
   * 1 + the number of values strictly greater than v, in ascending sorted values: standard
   * competition ranking ("1224"), by binary search, O(log n).
   */
  private static int rankOf(double[] ascending, double v) {
    int lo = 0, hi = ascending.length;
    while (lo < hi) { // first index with value > v
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return ascending.length - lo + 1;
  }

  /** The running totals of one cell, while counting. */
  private static final class Totals {
    long n;
    double harm;
    // Person numbers as they come, repeats included; counted distinct once, at the end. Far lighter
    // than a hash set per area, period and typology when a force has millions of crimes.
    private int[] offenders = new int[4];
    private int offenderCount;
    private int[] victims = new int[2];
    private int victimCount;

    void add(double weight, int[] crimeOffenders, int[] crimeVictims) {
      n++;
      harm += weight;
      for (int p : crimeOffenders) {
        if (offenderCount == offenders.length) {
          offenders = Arrays.copyOf(offenders, offenderCount * 2);
        }
        offenders[offenderCount++] = p;
      }
      for (int p : crimeVictims) {
        if (victimCount == victims.length) {
          victims = Arrays.copyOf(victims, victimCount * 2);
        }
        victims[victimCount++] = p;
      }
    }

    long distinctOffenders() {
      return distinct(offenders, offenderCount);
    }

    long distinctVictims() {
      return distinct(victims, victimCount);
    }

    private static long distinct(int[] ids, int count) {
      int[] sorted = Arrays.copyOf(ids, count);
      Arrays.sort(sorted);
      long d = 0;
      for (int i = 0; i < count; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          d++;
        }
      }
      return d;
    }
  }
}
