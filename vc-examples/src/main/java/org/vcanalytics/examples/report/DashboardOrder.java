package org.vcanalytics.examples.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Orders for the dashboard's long lists, made from keys held in primitive arrays: nothing is looked
 * up, and nothing boxed, per comparison. Each gives exactly the order of a stable sort by the same
 * keys (ties keep their first order).
 */
final class DashboardOrder {
  private DashboardOrder() {}

  /**
   * @param keys one key per position
   * @return the positions, the greatest key first; equal keys in position order
   */
  static int[] descending(long[] keys) {
    int n = keys.length;
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (long k : keys) {
      max = Math.max(max, k);
      min = Math.min(min, k);
    }
    int[] order = new int[n];
    if (n == 0) {
      return order;
    }
    if (max - min >= 0 && max - min < (1L << 31)) { // the key's rank fits beside the position
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((max - keys[i]) << 32) | i;
      }
      Arrays.sort(packed);
      for (int i = 0; i < n; i++) {
        order[i] = (int) packed[i];
      }
      return order;
    }
    return sorted(n, (a, b) -> Long.compare(keys[b], keys[a]));
  }

  /**
   * @param first the first key of each position
   * @param second the second key of each position
   * @return the positions by first key, then second key, both ascending; ties in position order
   */
  static int[] ascending(int[] first, int[] second) {
    int n = first.length;
    boolean fits = true;
    for (int i = 0; i < n && fits; i++) {
      fits = first[i] >= 0 && second[i] >= 0 && first[i] < (1 << 20) && second[i] < (1 << 20) && n <= (1 << 23);
    }
    int[] order = new int[n];
    if (fits) { // 20 + 20 + 23 bits: the keys and the position in one long
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((long) first[i] << 43) | ((long) second[i] << 23) | i;
      }
      Arrays.sort(packed);
      for (int i = 0; i < n; i++) {
        order[i] = (int) (packed[i] & ((1 << 23) - 1));
      }
      return order;
    }
    return sorted(n, Comparator.comparingInt((Integer i) -> first[i]).thenComparingInt(i -> second[i]));
  }

  /** The positions 0 to n - 1 in a stable sort by the comparator (ties keep position order). */
  private static int[] sorted(int n, Comparator<Integer> c) {
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, c);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }
}
