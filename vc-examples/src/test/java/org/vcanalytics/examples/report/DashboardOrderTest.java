package org.vcanalytics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive-key orders give exactly what a stable sort by the same keys gives, in every path. */
class DashboardOrderTest {

  private static int[] stable(int n, Comparator<Integer> c) {
    List<Integer> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(i);
    }
    xs.sort(c); // List.sort is stable
    return xs.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void descendingIsAStableSortGreatestFirst() {
    Random random = new Random(7);
    for (long spread : new long[] {1, 5, 20_000, Integer.MAX_VALUE, Long.MAX_VALUE}) {
      long[] keys = new long[2_000];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = spread == Long.MAX_VALUE ? random.nextLong() : random.nextLong() % spread;
      }
      if (spread == Long.MAX_VALUE) {
        keys[0] = Long.MIN_VALUE; // the widest range: the boxed path
        keys[1] = Long.MAX_VALUE;
      }
      assertThat(DashboardOrder.descending(keys))
          .as("spread %d", spread)
          .containsExactly(stable(keys.length, (a, b) -> Long.compare(keys[b], keys[a])));
    }
    assertThat(DashboardOrder.descending(new long[0])).isEmpty();
  }

  @Test
  void ascendingIsAStableSortByFirstThenSecond() {
    Random random = new Random(11);
    for (int bound : new int[] {3, 1_000, 1 << 20, Integer.MAX_VALUE}) { // the last: the boxed path
      int[] first = new int[3_000];
      int[] second = new int[first.length];
      for (int i = 0; i < first.length; i++) {
        first[i] = random.nextInt(bound);
        second[i] = random.nextInt(Math.min(bound, 50));
      }
      assertThat(DashboardOrder.ascending(first, second))
          .as("bound %d", bound)
          .containsExactly(stable(first.length,
              Comparator.comparingInt((Integer i) -> first[i]).thenComparingInt(i -> second[i])));
    }
  }
}
