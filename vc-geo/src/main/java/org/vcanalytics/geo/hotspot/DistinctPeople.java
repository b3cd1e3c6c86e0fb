package org.vcanalytics.geo.hotspot;

/**
 * Counts distinct person numbers, given with repeats, by marking each number seen with the count's
 * own stamp: O(k) for k numbers, no sorting and no set. {@link #start()} begins a count, {@link
 * #add(int[], int)} gives numbers, {@link #distinct()} says how many different ones came since the
 * start. One per task (it keeps its marks between counts, so it is not to be shared between
 * threads); O(P) memory for P person numbers.
 */
final class DistinctPeople {

  private final int[] mark;
  private int stamp;
  private long distinct;

  /** @param people how many person numbers there are ({@link ViolentCrimes#personCount()}) */
  DistinctPeople(int people) {
    mark = new int[people];
  }

  /** Begins a count. */
  void start() {
    stamp++;
    distinct = 0;
  }

  /** Gives the first {@code count} of {@code numbers}. */
  void add(int[] numbers, int count) {
    add(numbers, 0, count);
  }

  /** Gives {@code numbers[from..to)}. */
  void add(int[] numbers, int from, int to) {
    for (int i = from; i < to; i++) {
      int p = numbers[i];
      if (mark[p] != stamp) {
        mark[p] = stamp;
        distinct++;
      }
    }
  }

  /** @return how many different numbers were given since {@link #start()} */
  long distinct() {
    return distinct;
  }

  /** @return how many different numbers the first {@code count} of {@code numbers} hold */
  long count(int[] numbers, int count) {
    return count(numbers, 0, count);
  }

  /** @return how many different numbers {@code numbers[from..to)} hold */
  long count(int[] numbers, int from, int to) {
    start();
    add(numbers, from, to);
    return distinct;
  }
}
