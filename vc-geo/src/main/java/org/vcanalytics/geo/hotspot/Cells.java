package org.vcanalytics.geo.hotspot;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Running values by dense cell number (for example area × period × typology, or home area × crime
 * area): an array when there are at most 2^24 cells, else a hash map, each value made when its cell
 * is first asked for. O(1) per cell asked for; O(C) (array) or O(C log C) (map) to list the C cells
 * with values in number order. Not thread-safe: one task fills its own.
 *
 * @param <T> the running value
 */
final class Cells<T> {

  private static final long ARRAY_LIMIT = 1 << 24;

  private final Supplier<T> empty;
  private final Object[] array;
  private final Map<Long, T> map;

  /**
   * @param size the number of cells
   * @param empty makes a cell's value
   */
  Cells(long size, Supplier<T> empty) {
    this.empty = empty;
    array = size <= ARRAY_LIMIT ? new Object[(int) size] : null;
    map = array == null ? new HashMap<>() : null;
  }

  /** @return the value of a cell, made when first asked for */
  @SuppressWarnings("unchecked")
  T get(long key) {
    if (array != null) {
      Object t = array[(int) key];
      if (t == null) {
        t = empty.get();
        array[(int) key] = t;
      }
      return (T) t;
    }
    return map.computeIfAbsent(key, k -> empty.get());
  }

  /** @return the numbers of the cells with a value, ascending */
  long[] keys() {
    if (array == null) {
      return map.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }
    return IntStream.range(0, array.length).filter(k -> array[k] != null).asLongStream().toArray();
  }

  /** @return the value of a cell with one (one of {@link #keys()}) */
  @SuppressWarnings("unchecked")
  T at(long key) {
    return array != null ? (T) array[(int) key] : map.get(key);
  }
}
