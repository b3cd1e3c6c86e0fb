package org.vcanalytics.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.vcanalytics.core.internal.Buckets;

/**
 * Records grouped by the rank of an id: group {@code r} is {@code all[start[r], start[r + 1])}.
 * Two int arrays instead of a map of lists keep millions of groups small.
 */
final class Groups<T> {
  final List<T> all;
  private final T[] items;
  private final int[] start;

  private Groups(T[] items, int[] start) {
    this.all = Collections.unmodifiableList(Arrays.asList(items));
    this.items = items;
    this.start = start;
  }

  /**
   * Groups with the order of each group's items given as numbers, and where each item came from.
   *
   * @param groups the groups
   * @param order the index in the items given of each item of {@link Groups#all}
   */
  record Ordered<T>(Groups<T> groups, int[] order) {}

  /**
   * As {@link #of(Object[], int[], int, Comparator)}, each group ordered by a number per item (ties
   * in the order given: a stable sort), O(n) for groups of a few items.
   *
   * @param within the number of each item that orders it within its group
   */
  static <T> Ordered<T> ordered(T[] items, int[] keyOf, int keys, long[] within) {
    Buckets b = Buckets.of(keyOf, keys);
    int[] order = b.order;
    for (int k = 0; k < keys; k++) {
      int from = b.start[k];
      int to = b.start[k + 1];
      if (to - from <= 1) {
        continue;
      }
      if (to - from <= 32) {
        for (int x = from + 1; x < to; x++) { // insertion sort: stable, no allocation
          int item = order[x];
          int y = x - 1;
          while (y >= from && within[order[y]] > within[item]) {
            order[y + 1] = order[y];
            y--;
          }
          order[y + 1] = item;
        }
      } else {
        Integer[] boxed = new Integer[to - from];
        for (int x = from; x < to; x++) {
          boxed[x - from] = order[x];
        }
        Arrays.sort(boxed, Comparator.comparingLong(i -> within[i])); // stable
        for (int x = from; x < to; x++) {
          order[x] = boxed[x - from];
        }
      }
    }
    T[] out = Arrays.copyOf(items, items.length);
    for (int i = 0; i < items.length; i++) {
      out[i] = items[order[i]];
    }
    return new Ordered<>(new Groups<>(out, b.start), order);
  }

  /**
   * Groups items by a dense key in [0, keys) with a stable counting sort, O(n + keys), then orders
   * each group by {@code within} when given.
   */
  static <T> Groups<T> of(T[] items, int[] keyOf, int keys, Comparator<T> within) {
    Buckets b = Buckets.of(keyOf, keys);
    int[] start = b.start;
    T[] out = Arrays.copyOf(items, items.length);
    for (int i = 0; i < items.length; i++) {
      out[i] = items[b.order[i]];
    }
    if (within != null) {
      for (int k = 0; k < keys; k++) {
        if (start[k + 1] - start[k] > 1) {
          Arrays.sort(out, start[k], start[k + 1], within);
        }
      }
    }
    return new Groups<>(out, start);
  }

  /** @return the group of each item of {@link #all}, in its order */
  int[] groupOfEach() {
    int[] out = new int[all.size()];
    for (int r = 0; r + 1 < start.length; r++) {
      Arrays.fill(out, start[r], start[r + 1], r);
    }
    return out;
  }

  /**
   * @param values one int per item of the items these groups were made of, in their order
   * @param keyOf the key of each of those items, as given to {@link #of(Object[], int[], int, Comparator)}
   *     (no order within groups)
   * @return the values in the order of {@link #all}
   */
  int[] regrouped(int[] values, int[] keyOf) {
    int[] order = Buckets.of(keyOf, start.length - 1).order;
    int[] out = new int[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[order[i]];
    }
    return out;
  }

  /**
   * @param values one int per item of {@link #all}, in its order
   * @param rank a group, or -1
   * @return a copy of the group's values; empty for -1
   */
  int[] slice(int[] values, int rank) {
    return rank < 0 ? new int[0] : Arrays.copyOfRange(values, start[rank], start[rank + 1]);
  }

  /** @return the group of a rank; empty for -1 (an unknown id) */
  List<T> of(int rank) {
    return rank < 0 || start[rank] == start[rank + 1] ? List.of() : new Slice<>(items, start[rank], start[rank + 1]);
  }

  /**
   * A group as an unmodifiable list over the shared array: one object per look-up (asked millions of
   * times), where an unmodifiable view of a sub-list is two.
   */
  private static final class Slice<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
    private final T[] items;
    private final int from;
    private final int size;

    Slice(T[] items, int from, int to) {
      this.items = items;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public T get(int k) {
      return items[from + java.util.Objects.checkIndex(k, size)];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
