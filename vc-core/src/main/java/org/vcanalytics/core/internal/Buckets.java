package org.vcanalytics.core.internal;

/**
 * A stable counting sort by a dense int key: for keys in [0, keys), {@link #order} lists the item
 * indices grouped by key, in their original order within a group, and the group of key {@code k} is
 * {@code order[start[k]] .. order[start[k + 1] - 1]}. Linear time, two int arrays. Not API.
 */
public final class Buckets {
  /** Item indices grouped by key. */
  public final int[] order;
  /** Where each key's group starts in {@link #order}; length keys + 1. */
  public final int[] start;

  private Buckets(int[] order, int[] start) {
    this.order = order;
    this.start = start;
  }

  /**
   * @param keyOf the key of each item
   * @param keys the number of keys
   * @return the grouping
   */
  public static Buckets of(int[] keyOf, int keys) {
    int[] start = new int[keys + 1];
    for (int k : keyOf) {
      start[k + 1]++;
    }
    for (int k = 0; k < keys; k++) {
      start[k + 1] += start[k];
    }
    int[] next = java.util.Arrays.copyOf(start, keys);
    int[] order = new int[keyOf.length];
    for (int i = 0; i < keyOf.length; i++) {
      order[next[keyOf[i]]++] = i;
    }
    return new Buckets(order, start);
  }
}
