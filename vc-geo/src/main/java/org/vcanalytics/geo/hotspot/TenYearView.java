package org.vcanalytics.geo.hotspot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/**
 * The ten-year view ({@link AreaTrend}, {@link TrendPoint}) and concentration ({@link Concentration},
 * {@link TopShare}): per level, typology and area, the count in each of the view's periods — the
 * {@link HotspotOptions#trendLength()} periods of {@link HotspotOptions#trendPeriod()} ending with the
 * one that contains the as-of date — with its changes, and per period the share of the busiest top
 * fractions of areas (Weisburd 2015's "share of crime in the top x % of places").
 *
 * <p>Cost: O(N × L × T) to count for N crimes, L levels and T typologies per crime (areas and
 * periods by number); O(L × T × A × K) for the series of A areas over K periods (the force total of
 * a period is summed once per level) and
 * O(L × K × T × A log A) for concentration.
 *
 * @param periods the view's periods, oldest first
 * @param trends per level, area ({@code UNASSIGNED} last, only when it has crimes) and typology
 * @param concentration per level, period and typology
 */
record TenYearView(List<Period> periods, List<AreaTrend> trends, List<Concentration> concentration) {

  /** Copies the lists. */
  TenYearView {
    periods = List.copyOf(periods);
    trends = List.copyOf(trends);
    concentration = List.copyOf(concentration);
  }

  static TenYearView of(
      ViolentCrimes crimes, AreaAssignment areas, HotspotOptions options, LocalDate asOf) {
    List<Period> periods = periods(options.trendPeriod(), options.trendLength(), asOf);
    long[][][][] counts = counts(crimes, areas, options.trendPeriod(), periods);
    return new TenYearView(
        periods,
        trends(areas, periods, counts, asOf),
        concentration(areas, periods, counts, options.concentrationFractions()));
  }

  /** The {@code length} periods of a type ending with the one that contains the as-of date. */
  private static List<Period> periods(PeriodType type, int length, LocalDate asOf) {
    List<Period> out = new ArrayList<>();
    Period p = type.of(asOf);
    for (int k = 0; k < length; k++) {
      out.add(0, p);
      p = new Period(p.type(), previousStart(p));
    }
    return out;
  }

  private static LocalDate previousStart(Period p) {
    return switch (p.type()) {
      case MONTH -> p.start().minusMonths(1);
      case QUARTER -> p.start().minusMonths(3);
      case YEAR, FINANCIAL_YEAR -> p.start().minusYears(1);
    };
  }

  /** Counts [level][typology][area of {@link AreaAssignment#areaIds}][period]. */
  private static long[][][][] counts(
      ViolentCrimes crimes, AreaAssignment areas, PeriodType type, List<Period> periods) {
    List<String> levels = areas.levels();
    int typologies = Typologies.names().size();
    long[][][][] out = new long[levels.size()][typologies][][];
    Map<Period, Integer> periodIndex = new HashMap<>();
    for (int k = 0; k < periods.size(); k++) {
      periodIndex.put(periods.get(k), k);
    }
    // Each crime's place in the view (-1 outside it), through its period's number.
    PeriodNumbers numbers = PeriodNumbers.of(crimes, type);
    int[] viewOf = new int[numbers.size()];
    for (int p = 0; p < viewOf.length; p++) {
      viewOf[p] = periodIndex.getOrDefault(numbers.period(p), -1);
    }
    int[][] typologyOf = new int[crimes.size()][];
    for (int i = 0; i < crimes.size(); i++) {
      List<String> names = crimes.typologies(i);
      typologyOf[i] = new int[names.size()];
      for (int k = 0; k < names.size(); k++) { // a million crimes: no stream each
        typologyOf[i][k] = Typologies.index(names.get(k));
      }
    }
    for (int l = 0; l < levels.size(); l++) {
      int areaCount = areas.ids(l).length;
      for (int t = 0; t < typologies; t++) {
        out[l][t] = new long[areaCount][periods.size()];
      }
      for (int i = 0; i < crimes.size(); i++) {
        int k = viewOf[numbers.of(i)];
        if (k < 0) {
          continue;
        }
        int a = areas.areaNumber(l, i);
        for (int t : typologyOf[i]) {
          out[l][t][a][k]++;
        }
      }
    }
    return out;
  }

  private static List<AreaTrend> trends(
      AreaAssignment areas, List<Period> periods, long[][][][] counts, LocalDate asOf) {
    List<String> typs = Typologies.names();
    List<AreaTrend> out = new ArrayList<>();
    for (int l = 0; l < areas.levels().size(); l++) {
      String level = areas.levels().get(l);
      List<String> ids = areas.areaIds(level);
      boolean[] partial = new boolean[periods.size()];
      for (int k = 0; k < periods.size(); k++) {
        partial[k] = asOf.isBefore(periods.get(k).end());
      }
      long[][] forces = new long[typs.size()][periods.size()]; // the level's total per period
      for (int t = 0; t < typs.size(); t++) {
        for (long[] other : counts[l][t]) {
          for (int k = 0; k < periods.size(); k++) {
            forces[t][k] += other[k];
          }
        }
      }
      for (int a = 0; a < ids.size(); a++) {
        String id = ids.get(a);
        String name = areas.name(level, id);
        for (int t = 0; t < typs.size(); t++) {
          long[][] byArea = counts[l][t];
          if (id.equals(AreaLayer.UNASSIGNED) && Arrays.stream(byArea[a]).allMatch(v -> v == 0)) {
            continue; // UNASSIGNED only when something is unassigned
          }
          List<TrendPoint> points = new ArrayList<>();
          for (int k = 0; k < periods.size(); k++) {
            long n = byArea[a][k];
            long force = forces[t][k];
            long first = byArea[a][0];
            OptionalLong changePrev =
                k == 0 ? OptionalLong.empty() : OptionalLong.of(n - byArea[a][k - 1]);
            OptionalDouble pctPrev =
                k == 0 || byArea[a][k - 1] == 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(100.0 * (n - byArea[a][k - 1]) / byArea[a][k - 1]);
            OptionalDouble pctFirst =
                first == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (n - first) / first);
            points.add(
                new TrendPoint(
                    periods.get(k),
                    n,
                    changePrev,
                    pctPrev,
                    n - first,
                    pctFirst,
                    force == 0 ? 0 : (double) n / force,
                    partial[k]));
          }
          out.add(new AreaTrend(level, id, name, typs.get(t), points));
        }
      }
    }
    return out;
  }

  private static List<Concentration> concentration(
      AreaAssignment areas, List<Period> periods, long[][][][] counts, List<Double> fractions) {
    List<String> typs = Typologies.names();
    List<Concentration> out = new ArrayList<>();
    for (int l = 0; l < areas.levels().size(); l++) {
      String level = areas.levels().get(l);
      int located = areas.areaIds(level).size() - 1; // without UNASSIGNED
      for (int k = 0; k < periods.size(); k++) {
        for (int t = 0; t < typs.size(); t++) {
          long[][] byArea = counts[l][t];
          long[] inArea = new long[located];
          long sum = 0;
          for (int a = 0; a < located; a++) {
            inArea[a] = byArea[a][k];
            sum += inArea[a];
          }
          long unassigned = byArea[located][k];
          Arrays.sort(inArea);
          List<TopShare> top = new ArrayList<>();
          for (double f : fractions) {
            int n = topK(f, located);
            long inTop = 0;
            for (int j = 0; j < n; j++) {
              inTop += inArea[located - 1 - j];
            }
            top.add(
                new TopShare(
                    f,
                    n,
                    inTop,
                    sum == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inTop / sum)));
          }
          out.add(
              new Concentration(level, periods.get(k), typs.get(t), located, sum, unassigned, top));
        }
      }
    }
    return out;
  }

  /** k = ⌈f × n⌉ in exact decimal, at least 1 (0 when there are no areas). */
  static int topK(double fraction, int n) {
    if (n == 0) {
      return 0;
    }
    int k =
        BigDecimal.valueOf(fraction)
            .multiply(BigDecimal.valueOf(n))
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();
    return Math.max(1, Math.min(n, k));
  }
}
