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
    // Per crime, once: its weight and its typologies' numbers (read by every task).
    double[] weights = new double[crimes.size()];
    int[][] typologies = new int[crimes.size()][];
    for (int i = 0; i < crimes.size(); i++) {
      weights[i] = weight.applyAsDouble(crimes.crime(i));
      List<String> t = crimes.typologies(i);
      typologies[i] = new int[t.size()];
      for (int k = 0; k < t.size(); k++) {
        typologies[i][k] = Typologies.index(t.get(k));
      }
    }
    List<String> typologyNames = Typologies.names();
    List<AreaFigures> out =
        new ArrayList<>(
            tasks.parallelStream()
                .flatMap(t -> of(crimes, areas, weights, typologies, typologyNames, t[0], types.get(t[1])).stream())
                .toList());
    return inOrder(out);
  }

  /** The one total order of the class comment: level, area ({@code UNASSIGNED} last), period, typology. */
  static final Comparator<AreaFigures> ORDER =
      Comparator.comparing(AreaFigures::level)
          .thenComparing(AreaFigures::areaId, AreaAssignment.AREA_ORDER)
          .thenComparing(AreaFigures::period)
          .thenComparingInt(f -> Typologies.index(f.typology()));

  private static final long EPOCH_DAY_OFFSET = 40_000; // days before 1970 the data contract allows
  private static final long EPOCH_DAY_SPAN = 1L << 18;

  /**
   * Sorts the figures in {@link #ORDER}: each figure's place in that order is packed in one number
   * (level, area, period type and start, typology ranked once each), so the sort of a million figures
   * compares numbers, not names. Falls back to {@link #ORDER} itself when a value does not fit.
   */
  static List<AreaFigures> inOrder(List<AreaFigures> figures) {
    Map<String, java.util.Set<String>> areaNames = new HashMap<>();
    for (AreaFigures f : figures) {
      areaNames.computeIfAbsent(f.level(), k -> new java.util.HashSet<>()).add(f.areaId());
    }
    Map<String, Integer> levelRank = ranks(new ArrayList<>(areaNames.keySet()), Comparator.naturalOrder());
    Map<String, Map<String, Integer>> areaRank = new HashMap<>();
    areaNames.forEach((level, names) -> areaRank.put(level, ranks(new ArrayList<>(names), AreaAssignment.AREA_ORDER)));
    int types = Typologies.names().size();
    long[] keys = new long[figures.size()];
    for (int i = 0; i < keys.length; i++) {
      AreaFigures f = figures.get(i);
      long day = f.period().start().toEpochDay() + EPOCH_DAY_OFFSET;
      long level = levelRank.get(f.level());
      long area = areaRank.get(f.level()).get(f.areaId());
      if (day < 0 || day >= EPOCH_DAY_SPAN || level >= 1 << 6 || area >= 1 << 24 || types > 16) {
        List<AreaFigures> out = new ArrayList<>(figures);
        out.sort(ORDER);
        return out;
      }
      keys[i] =
          ((((level << 24 | area) << 3 | f.period().type().ordinal()) << 18 | day) << 4)
              | Typologies.index(f.typology());
    }
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    List<AreaFigures> out = new ArrayList<>(figures.size());
    for (Integer i : order) {
      out.add(figures.get(i));
    }
    return out;
  }

  private static Map<String, Integer> ranks(List<String> names, Comparator<String> order) {
    names.sort(order);
    Map<String, Integer> rank = new HashMap<>();
    for (String n : names) {
      rank.put(n, rank.size());
    }
    return rank;
  }

  /**
   * The figures of one level and period type. Cells are keyed by numbers (period, typology, area),
   * not by nested maps of names: one hash lookup per crime and typology.
   */
  private static List<AreaFigures> of(
      ViolentCrimes crimes,
      AreaAssignment areas,
      double[] weights,
      int[][] typologies,
      List<String> typologyNames,
      int l,
      PeriodType pt) {
    String level = areas.levels().get(l);
    int n = crimes.size();
    // First pass: each crime's period and area as numbers (a period is worked out once per day).
    Map<java.time.LocalDate, Integer> periodOfDay = new HashMap<>();
    List<Period> periods = new ArrayList<>();
    Map<String, Integer> areaNumbers = new HashMap<>();
    List<String> areaIds = new ArrayList<>();
    int[] periodOf = new int[n];
    int[] areaOf = new int[n];
    for (int i = 0; i < n; i++) {
      java.time.LocalDate day = crimes.crime(i).committedOn();
      Integer p = periodOfDay.get(day);
      if (p == null) {
        Period period = pt.of(day);
        p = periods.indexOf(period);
        if (p < 0) {
          p = periods.size();
          periods.add(period);
        }
        periodOfDay.put(day, p);
      }
      periodOf[i] = p;
      String areaId = areas.areaOf(l, i);
      Integer a = areaNumbers.get(areaId);
      if (a == null) {
        a = areaIds.size();
        areaNumbers.put(areaId, a);
        areaIds.add(areaId);
      }
      areaOf[i] = a;
    }
    // Second pass: the cells, numbered (period × typology × area) densely.
    int types = typologyNames.size();
    int areaCount = Math.max(1, areaIds.size());
    Cells cells = new Cells((long) periods.size() * types * areaCount);
    for (int i = 0; i < n; i++) {
      for (int t : typologies[i]) {
        long key = ((long) periodOf[i] * types + t) * areaCount + areaOf[i];
        cells.get(key).add(weights[i], crimes.offenderNumbers(i), crimes.victimNumbers(i));
      }
    }
    // period and typology -> area -> totals, then the figures of each
    Map<Long, Map<String, Totals>> byPeriodTypology = new HashMap<>();
    cells.forEach(
        (key, totals) ->
            byPeriodTypology
                .computeIfAbsent(key / areaCount, k -> new HashMap<>())
                .put(areaIds.get((int) (key % areaCount)), totals));
    List<AreaFigures> out = new ArrayList<>();
    byPeriodTypology.forEach(
        (pt2, byArea) ->
            out.addAll(
                cellFigures(
                    areas, level, periods.get((int) (pt2 / types)), typologyNames.get((int) (pt2 % types)), byArea)));
    return out;
  }

  /** The running totals by dense cell number: an array when there are few enough cells, else a map. */
  private static final class Cells {
    private static final long ARRAY_LIMIT = 1 << 24;
    private final Totals[] array;
    private final Map<Long, Totals> map;

    Cells(long size) {
      array = size <= ARRAY_LIMIT ? new Totals[(int) size] : null;
      map = array == null ? new HashMap<>() : null;
    }

    Totals get(long key) {
      if (array != null) {
        Totals t = array[(int) key];
        if (t == null) {
          t = new Totals();
          array[(int) key] = t;
        }
        return t;
      }
      return map.computeIfAbsent(key, k -> new Totals());
    }

    void forEach(java.util.function.BiConsumer<Long, Totals> action) {
      if (array != null) {
        for (int k = 0; k < array.length; k++) {
          if (array[k] != null) {
            action.accept((long) k, array[k]);
          }
        }
      } else {
        map.forEach(action);
      }
    }
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
