package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/**
 * The periods of one type that the crimes fall in, oldest first, and each crime's period as its
 * place among them. The period of a day is worked out once per distinct day (a table over the days
 * of the crimes, or a map when they span too many), so O(N log P + D + P log P) for N crimes, D distinct
 * days and P periods. Immutable.
 */
final class PeriodNumbers {

  private static final int TABLE_LIMIT = 1 << 22; // days: far more than any force's history

  private final Period[] periods;
  private final int[] periodOf;

  private PeriodNumbers(Period[] periods, int[] periodOf) {
    this.periods = periods;
    this.periodOf = periodOf;
  }

  static PeriodNumbers of(ViolentCrimes crimes, PeriodType type) {
    int n = crimes.size();
    long[] day = new long[n];
    long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      day[i] = crimes.crime(i).committedOn().toEpochDay();
      min = Math.min(min, day[i]);
      max = Math.max(max, day[i]);
    }
    long[] startOf = new long[n]; // each crime's period start, as an epoch day
    long[] starts;
    if (n > 0 && max - min < TABLE_LIMIT) {
      long[] table = new long[(int) (max - min + 1)];
      boolean[] known = new boolean[table.length];
      for (int i = 0; i < n; i++) {
        int d = (int) (day[i] - min);
        if (!known[d]) {
          table[d] = type.startOf(LocalDate.ofEpochDay(day[i])).toEpochDay();
          known[d] = true;
        }
        startOf[i] = table[d];
      }
      // The periods in order: a period's start never decreases with the day, so the known days in
      // order give the starts sorted, each repeat next to the last.
      long[] found = new long[16];
      int count = 0;
      for (int d = 0; d < table.length; d++) {
        if (known[d] && (count == 0 || table[d] != found[count - 1])) {
          if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
          }
          found[count++] = table[d];
        }
      }
      starts = Arrays.copyOf(found, count);
    } else {
      Map<Long, Long> byDay = new HashMap<>();
      for (int i = 0; i < n; i++) {
        startOf[i] =
            byDay.computeIfAbsent(day[i], d -> type.startOf(LocalDate.ofEpochDay(d)).toEpochDay());
      }
      starts = Arrays.stream(startOf).sorted().distinct().toArray();
    }
    Period[] periods = new Period[starts.length];
    for (int p = 0; p < starts.length; p++) {
      periods[p] = new Period(type, LocalDate.ofEpochDay(starts[p]));
    }
    int[] periodOf = new int[n];
    for (int i = 0; i < n; i++) { // a run of crimes in one period is searched once
      periodOf[i] =
          i > 0 && startOf[i] == startOf[i - 1]
              ? periodOf[i - 1]
              : Arrays.binarySearch(starts, startOf[i]);
    }
    return new PeriodNumbers(periods, periodOf);
  }

  /** @return the number of periods */
  int size() {
    return periods.length;
  }

  /** @return period p, in start order */
  Period period(int p) {
    return periods[p];
  }

  /** @return the periods, oldest first */
  List<Period> periods() {
    return List.of(periods);
  }

  /** @return crime i's period number */
  int of(int crime) {
    return periodOf[crime];
  }
}
