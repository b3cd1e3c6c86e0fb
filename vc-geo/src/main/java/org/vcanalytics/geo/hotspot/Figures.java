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
import java.util.stream.IntStream;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.geo.PeriodType;

/**
 * The figures of every level × period × typology × area with violent crime ({@link AreaFigures}):
 * counts, harm, distinct offenders and victims, rate, share and ranks. O(N × L × P × T) to count for
 * N crimes, L levels, P period types and T typologies (areas and periods are numbers, so a cell is
 * a number, and each cell's people are one run of a column, counted distinct with marks: {@link
 * CellCounts}), plus O(C log C) to rank the C cells. Each level's people are laid out once on
 * month cells (in parallel, {@link CellCounts#monthRuns}); then each level × period type is counted
 * on its own (in parallel) with its cells numbered in the one total order, and the tasks' runs are
 * laid out area by area, so the result does not depend on the thread count.
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
    List<String> levels = areas.levels();
    List<PeriodType> types = new ArrayList<>(periodTypes);
    types.sort(Comparator.naturalOrder());
    // Per crime, once: its weight and its typologies' numbers as the bits of one int (read by every
    // task; ALL is bit 0).
    if (Typologies.names().size() > Integer.SIZE - 1) {
      throw new IllegalStateException("more typology names than the bits of an int");
    }
    double[] weights = new double[crimes.size()];
    int[] typologies = new int[crimes.size()];
    for (int i = 0; i < crimes.size(); i++) {
      weights[i] = weight.applyAsDouble(crimes.crime(i));
      for (String t : crimes.typologies(i)) {
        typologies[i] |= 1 << Typologies.index(t);
      }
    }
    List<PeriodNumbers> periods = types.stream().map(pt -> PeriodNumbers.of(crimes, pt)).toList();
    List<String> typologyNames = Typologies.names();
    // Each level's people laid out once on month cells (in parallel), for the period types whose
    // periods are unions of months (CellCounts.ofMonths); any other type is counted on its own.
    PeriodNumbers months = PeriodNumbers.of(crimes, PeriodType.MONTH);
    List<int[]> monthsOf = periods.stream().map(pn -> CellCounts.monthRanges(crimes, months, pn)).toList();
    boolean anyByMonths = monthsOf.stream().anyMatch(java.util.Objects::nonNull);
    int names = typologyNames.size();
    List<Optional<CellCounts.People>> runs =
        IntStream.range(0, levels.size())
            .parallel()
            .mapToObj(
                l -> anyByMonths
                    ? CellCounts.monthRuns(crimes, areas, typologies, l, months, names, areas.ids(l).length)
                    : Optional.<CellCounts.People>empty())
            .toList();
    // Task l × types.size() + p: level l, period type p, its figures in area, period, typology order.
    List<TaskFigures> done =
        IntStream.range(0, levels.size() * types.size())
            .parallel()
            .mapToObj(
                k -> {
                  int l = k / types.size();
                  PeriodNumbers pn = periods.get(k % types.size());
                  int[] from = monthsOf.get(k % types.size());
                  int areaCount = areas.ids(l).length;
                  CellCounts cells =
                      runs.get(l).isPresent() && from != null
                          ? CellCounts.ofMonths(crimes, areas, weights, typologies, l, pn, names, areaCount, months,
                              runs.get(l).get(), from)
                          : CellCounts.of(crimes, areas, weights, typologies, l, pn, names,
                              (long) areaCount * pn.size() * names);
                  return of(areas, typologyNames, l, pn, cells);
                })
            .toList();
    if (new java.util.HashSet<>(levels).size() < levels.size()) {
      List<AreaFigures> all = new ArrayList<>();
      done.forEach(d -> all.addAll(d.figures));
      return inOrder(all); // a level named twice: the one total order sorts its repeats together
    }
    // The one total order: level, area (numbered in that order), period type, period, typology.
    Integer[] byName = new Integer[levels.size()];
    for (int l = 0; l < byName.length; l++) {
      byName[l] = l;
    }
    Arrays.sort(byName, Comparator.comparing(levels::get));
    List<AreaFigures> out = new ArrayList<>();
    for (int l : byName) {
      for (int a = 0; a < areas.ids(l).length; a++) {
        for (int p = 0; p < types.size(); p++) {
          TaskFigures d = done.get(l * types.size() + p);
          out.addAll(d.figures.subList(d.areaStart[a], d.areaStart[a + 1]));
        }
      }
    }
    return out;
  }

  /** One task's figures, in area, period, typology order; area a's are from areaStart[a]. */
  private record TaskFigures(List<AreaFigures> figures, int[] areaStart) {}

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
   * The figures of one level and period type from its cells' totals ({@link CellCounts}): per period
   * and typology the level's total, shares and ranks.
   */
  private static TaskFigures of(
      AreaAssignment areas, List<String> typologyNames, int l, PeriodNumbers periods, CellCounts cells) {
    String level = areas.levels().get(l);
    String[] ids = areas.ids(l);
    int types = typologyNames.size();
    int perArea = periods.size() * types;
    // Per period × typology: the level's total (UNASSIGNED included) and the sorted counts and harms
    // of its areas (UNASSIGNED left out), for the shares and the ranks.
    int unassigned = ids.length - 1;
    long[] levelTotal = new long[perArea];
    int[] ranked = new int[perArea];
    for (int c = 0; c < cells.size; c++) {
      int pt = (int) (cells.key[c] % perArea);
      levelTotal[pt] += cells.n[c];
      if (cells.key[c] / perArea != unassigned) {
        ranked[pt]++;
      }
    }
    double[][] sortedCounts = new double[perArea][];
    double[][] sortedHarms = new double[perArea][];
    for (int pt = 0; pt < perArea; pt++) {
      sortedCounts[pt] = new double[ranked[pt]];
      sortedHarms[pt] = new double[ranked[pt]];
      ranked[pt] = 0;
    }
    for (int c = 0; c < cells.size; c++) {
      int pt = (int) (cells.key[c] % perArea);
      if (cells.key[c] / perArea != unassigned) {
        // Counts as doubles: whole numbers far below 2^53, so exact; one rank search serves both.
        sortedCounts[pt][ranked[pt]] = cells.n[c];
        sortedHarms[pt][ranked[pt]++] = cells.harm[c];
      }
    }
    for (int pt = 0; pt < perArea; pt++) {
      Arrays.sort(sortedCounts[pt]);
      Arrays.sort(sortedHarms[pt]);
    }
    List<AreaFigures> out = new ArrayList<>(cells.size);
    int[] areaStart = new int[ids.length + 1];
    int c = 0;
    for (int a = 0; a < ids.length; a++) {
      areaStart[a] = out.size();
      long end = (long) (a + 1) * perArea;
      if (c == cells.size || cells.key[c] >= end) {
        continue;
      }
      String id = ids[a];
      Optional<Area> area = areas.area(level, id);
      String name = area.map(Area::name).orElse(id);
      OptionalLong population = area.map(Area::population).orElse(OptionalLong.empty());
      boolean isUnassigned = a == unassigned;
      for (; c < cells.size && cells.key[c] < end; c++) {
        int pt = (int) (cells.key[c] % perArea);
        long n = cells.n[c];
        double harm = cells.harm[c];
        OptionalDouble rate =
            population.isPresent() && population.getAsLong() > 0
                ? OptionalDouble.of(n * 1000.0 / population.getAsLong())
                : OptionalDouble.empty();
        out.add(
            new AreaFigures(
                level,
                id,
                name,
                periods.period(pt / types),
                typologyNames.get(pt % types),
                n,
                harm,
                cells.offenders[c],
                cells.victims[c],
                population,
                rate,
                levelTotal[pt] == 0 ? 0 : (double) n / levelTotal[pt],
                isUnassigned ? OptionalInt.empty() : rank(rankOf(sortedCounts[pt], n)),
                isUnassigned ? OptionalInt.empty() : rank(rankOf(sortedHarms[pt], harm))));
      }
    }
    areaStart[ids.length] = out.size();
    return new TaskFigures(out, areaStart);
  }

  /** Ranks 1 to 4,096 (a force's areas of one level), each one value shared by every figure. */
  private static final OptionalInt[] RANKS =
      IntStream.rangeClosed(0, 4096).mapToObj(OptionalInt::of).toArray(OptionalInt[]::new);

  /** @return the rank as an optional: OptionalInt is a value-based class, so one of each is shared */
  private static OptionalInt rank(int r) {
    return r < RANKS.length ? RANKS[r] : OptionalInt.of(r);
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
}
