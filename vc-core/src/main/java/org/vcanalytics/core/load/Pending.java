package org.vcanalytics.core.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vcanalytics.core.internal.Buckets;

/**
 * Rows of a file whose rows name a parent (a crime, a log) that passed their own checks, with their
 * lines, awaiting the duplicate check at the end of the file.
 *
 * @param <T> the record type
 */
final class Pending<T> {
  private final List<T> items = new ArrayList<>();
  private long[] lines = new long[1024];
  private int[] parents = new int[1024];

  /**
   * @param item a row's record
   * @param line its line
   * @param parent the accept-order number of its parent (in the parent file's register)
   */
  void add(T item, long line, int parent) {
    if (items.size() == lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
      parents = Arrays.copyOf(parents, parents.length * 2);
    }
    lines[items.size()] = line;
    parents[items.size()] = parent;
    items.add(item);
  }

  /**
   * The duplicate check: rows are grouped by their parent's accept order with a counting sort, and
   * within each group a row whose key repeats an earlier row's is rejected, naming the earlier line.
   * Linear time: a hash map only ever holds one group, where one of millions of rows would cost far
   * more. The rest are accepted, in file order; the held rows are then let go.
   *
   * @param file the file's name
   * @param parents the number of parents
   * @param key what must not repeat within a parent
   * @param value the value a rejection shows
   * @param column the column a rejection names
   * @param reason the reason, with {@code %d} for the earlier line
   * @param accept where accepted rows go
   * @return the rejected rows, in parent order
   */
  List<Rejection> finish(
      String file,
      int parentCount,
      Function<T, Object> key,
      Function<T, String> value,
      String column,
      String reason,
      Consumer<T> accept) {
    int n = items.size();
    Buckets groups = Buckets.of(Arrays.copyOf(parents, n), parentCount);
    boolean[] duplicate = new boolean[n];
    List<Rejection> found = new ArrayList<>();
    Map<Object, Integer> firstOf = new HashMap<>();
    Object[] keys = new Object[SMALL_GROUP];
    for (int k = 0; k < parentCount; k++) {
      int from = groups.start[k];
      int size = groups.start[k + 1] - from;
      if (size <= SMALL_GROUP) {
        // A crime names a handful of people: comparing each row with the earlier ones is cheaper
        // than hashing.
        for (int a = 0; a < size; a++) {
          int row = groups.order[from + a];
          keys[a] = key.apply(items.get(row));
          for (int b = 0; b < a; b++) {
            if (keys[b].equals(keys[a]) && !duplicate[groups.order[from + b]]) {
              reject(found, file, row, groups.order[from + b], column, reason, value, duplicate);
              break;
            }
          }
        }
        continue;
      }
      firstOf.clear();
      for (int a = from; a < from + size; a++) {
        int row = groups.order[a];
        Integer first = firstOf.putIfAbsent(key.apply(items.get(row)), row);
        if (first != null) {
          reject(found, file, row, first, column, reason, value, duplicate);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!duplicate[i]) {
        accept.accept(items.get(i));
      }
    }
    items.clear();
    lines = new long[0];
    parents = new int[0];
    return found;
  }

  /** Groups up to this size are checked by comparison, larger ones with a hash map. */
  private static final int SMALL_GROUP = 16;

  private void reject(
      List<Rejection> found, String file, int row, int first, String column, String reason,
      Function<T, String> value, boolean[] duplicate) {
    duplicate[row] = true;
    found.add(
        new Rejection(
            file, lines[row], column, SafeText.shown(value.apply(items.get(row))),
            String.format(Locale.ROOT, reason, lines[first])));
  }
}
