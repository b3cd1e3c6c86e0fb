package org.vcanalytics.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.vcanalytics.core.internal.IdTable;

/**
 * Records in id order, and each id's rank (its position in that order) for look-up: one of {@link
 * VcDataset}'s indexes. Built by a parallel sort, O(n log n); a look-up is O(1) in an {@link IdTable}.
 *
 * @param rank each id's rank
 * @param inOrder the records, in id order
 */
record Index<T>(IdTable rank, List<T> inOrder) {

  /**
   * @param items the records, in any order
   * @param id each record's id
   * @param what the records' name, for the error
   * @return the index
   * @throws IllegalArgumentException when an id is added twice
   */
  @SuppressWarnings("unchecked")
  static <T> Index<T> of(List<T> items, Function<T, String> id, String what) {
    Object[] sorted = items.toArray();
    Arrays.parallelSort(sorted, (a, b) -> id.apply((T) a).compareTo(id.apply((T) b)));
    String[] ids = new String[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      ids[i] = id.apply((T) sorted[i]);
      if (i > 0 && ids[i].equals(ids[i - 1])) {
        throw new IllegalArgumentException(what + " " + ids[i] + " is added twice");
      }
    }
    return new Index<>(new IdTable(ids), (List<T>) Collections.unmodifiableList(Arrays.asList(sorted)));
  }

  /** @return the record of an id, or null */
  T get(String id) {
    int r = rank.rank(id);
    return r < 0 ? null : inOrder.get(r);
  }

  int size() {
    return inOrder.size();
  }

  /**
   * The rank of the id each record names, looked up 64 at a time ({@link IdTable#ranks}: the
   * batch's cache misses waited for side by side), -1 for an id not in the index.
   *
   * @param records the records
   * @param id the id each names
   * @param <R> the records
   * @return one rank per record, in their order
   */
  <R> int[] ranksOf(List<R> records, Function<? super R, String> id) {
    int[] out = new int[records.size()];
    String[] batch = new String[64];
    int[] ranks = new int[batch.length];
    for (int from = 0; from < out.length; from += batch.length) {
      int n = Math.min(batch.length, out.length - from);
      for (int i = 0; i < n; i++) {
        batch[i] = id.apply(records.get(from + i));
      }
      rank.ranks(batch, n, ranks);
      System.arraycopy(ranks, 0, out, from, n);
    }
    return out;
  }

  /**
   * {@link #ranksOf} of ids that must be known.
   *
   * @param what describes a record whose id is not known, for the error
   * @throws IllegalArgumentException naming the first record whose id is not in the index
   */
  <R> int[] ranksOfKnown(List<R> records, Function<? super R, String> id, Function<? super R, String> what) {
    int[] out = ranksOf(records, id);
    for (int i = 0; i < out.length; i++) {
      if (out[i] < 0) {
        throw new IllegalArgumentException(what.apply(records.get(i)) + ", which is not in the data set");
      }
    }
    return out;
  }
}
