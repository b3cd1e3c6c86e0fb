package org.vcanalytics.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
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

  /** The rank of an id that must be known; {@code what} describes the referrer for the error. */
  int rankOf(String id, Supplier<String> what) {
    int r = rank.rank(id);
    if (r < 0) {
      throw new IllegalArgumentException(
          (what == null ? "'" + id + "'" : what.get()) + ", which is not in the data set");
    }
    return r;
  }
}
