package org.vcanalytics.geo.hotspot;

import java.util.Arrays;

/**
 * The totals of one level and period type's cells (area × period × typology, numbered {@code
 * (area × periods + period) × typologies + typology}): for each cell with violent crime, its
 * number, its crimes, their summed harm and its distinct offenders and suspects and distinct
 * victims, as columns in cell-number order.
 *
 * <p>How: every (crime, typology) pair is one entry, and its cell is worked out once. A pass over
 * the entries counts each cell's crimes and harm; {@link Runs} then counts each cell's people and
 * lays their numbers side by side in one column (a counting sort by cell), so the distinct people
 * of a cell are counted over one run of that column. No object per cell and no growing list: at a force's
 * size the per-cell lists of the earlier code were most of the hotspot stage, each append a cache
 * miss. The cells are numbered densely when there are at most {@link #DENSE_LIMIT} of them (a
 * force's LSOAs over ten years of months are about 800,000), else the cells with an entry are
 * numbered by a sort of their keys. O(N × T + C) for N crimes with T typologies each and C cells
 * (O(E log E) for the E entries when the cells are numbered by sort); O(C + E × p) memory for p
 * people per crime. Harm is added up in crime order within each cell, as before this class.
 *
 * <p>Across period types ({@link #monthRuns}, {@link #ofMonths}): a quarter, a year and a financial
 * year are each a union of whole months, so a level's people are laid out once, on month cells, and
 * each type's cell counts its distinct people over the runs of its months; only its crimes and harm
 * are counted per type (a pass with no sort). So the costly part, the counting sort's scattered
 * writes, is done once per level instead of once per level and period type. {@link #monthRanges}
 * checks that a type's periods are unions of months; a type that is not is counted on its own.
 */
final class CellCounts {

  /**
   * The most cells numbered densely: {@value}, 20 bytes of columns each (at most 168 MB for a task),
   * plus 8 bytes each for a level's month runs, which are held while its period types are counted
   * (at most 64 MB a level). The Metropolitan Police's 4,835 LSOAs over eleven years of months and
   * 8 typology names are 5,105,760 cells.
   */
  static final long DENSE_LIMIT = 1L << 23;

  final long[] key;
  final long[] n;
  final double[] harm;
  final long[] offenders;
  final long[] victims;
  final int size;

  private CellCounts(long[] key, long[] n, double[] harm, long[] offenders, long[] victims, int size) {
    this.key = key;
    this.n = n;
    this.harm = harm;
    this.offenders = offenders;
    this.victims = victims;
    this.size = size;
  }

  /**
   * @param crimes the crimes and their people
   * @param areas their areas
   * @param weights each crime's weight
   * @param typologies each crime's typology numbers as bits ({@link Typologies#index}; ALL is bit 0)
   * @param level the level's number
   * @param periods the period type's periods and each crime's
   * @param types the number of typology names
   * @param cellSpace the number of cell numbers (areas × periods × types)
   * @return the cells with violent crime, in number order
   */
  static CellCounts of(
      ViolentCrimes crimes, AreaAssignment areas, double[] weights, int[] typologies, int level,
      PeriodNumbers periods, int types, long cellSpace) {
    return of(crimes, areas, weights, typologies, level, periods, types, cellSpace, DENSE_LIMIT);
  }

  /** {@link #of} with the cells numbered densely up to {@code denseLimit} of them (a test's choice). */
  static CellCounts of(
      ViolentCrimes crimes, AreaAssignment areas, double[] weights, int[] typologies, int level,
      PeriodNumbers periods, int types, long cellSpace, long denseLimit) {
    int[] cellOf;
    long[] keyOf = null; // the key of each cell number, when they are not the same
    if (cellSpace <= denseLimit) {
      cellOf = denseCells(crimes, areas, typologies, level, periods, types);
    } else {
      long[] keys = new long[entries(typologies)];
      int e = 0;
      for (int i = 0; i < crimes.size(); i++) {
        long base = ((long) areas.areaNumber(level, i) * periods.size() + periods.of(i)) * types;
        for (int bits = typologies[i]; bits != 0; bits &= bits - 1) {
          keys[e++] = base + Integer.numberOfTrailingZeros(bits);
        }
      }
      keyOf = Arrays.stream(keys).sorted().distinct().toArray();
      cellOf = new int[keys.length];
      for (e = 0; e < keys.length; e++) {
        cellOf[e] = Arrays.binarySearch(keyOf, keys[e]);
      }
    }
    int cells = keyOf == null ? (int) cellSpace : keyOf.length;
    int[] count = new int[cells];
    double[] harm = new double[cells];
    countAndHarm(weights, typologies, cellOf, count, harm);
    People people = People.of(crimes, typologies, cellOf, cells);
    Builder out = new Builder(count);
    DistinctPeople marks = new DistinctPeople(crimes.personCount());
    for (int c = 0; c < cells; c++) {
      if (count[c] > 0) {
        out.add(keyOf == null ? c : keyOf[c], count[c], harm[c], people.offenders().distinct(c, count[c], marks),
            people.victims().distinct(c, count[c], marks));
      }
    }
    return out.build();
  }

  /**
   * Each cell's people of one level laid out on month cells, for {@link #ofMonths}: a quarter, a
   * year and a financial year are unions of whole months, so one layout serves every period type.
   *
   * @param months the crimes' months
   * @param areaCount the level's areas (UNASSIGNED included)
   * @return the runs, or empty when the month cells are too many to number densely
   */
  static java.util.Optional<People> monthRuns(
      ViolentCrimes crimes, AreaAssignment areas, int[] typologies, int level, PeriodNumbers months, int types,
      int areaCount) {
    long space = (long) areaCount * months.size() * types;
    if (space > DENSE_LIMIT) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        People.of(crimes, typologies, denseCells(crimes, areas, typologies, level, months, types), (int) space));
  }

  /**
   * {@link #of}, with each cell's distinct people counted over the runs of its months: its crimes
   * and harm are counted for its own type, in crime order, as {@link #of} counts them.
   *
   * @param months the crimes' months
   * @param people the level's people on month cells ({@link #monthRuns})
   * @param from where each period's months begin ({@link #monthRanges})
   * @param areaCount the level's areas (UNASSIGNED included)
   */
  static CellCounts ofMonths(
      ViolentCrimes crimes, AreaAssignment areas, double[] weights, int[] typologies, int level,
      PeriodNumbers periods, int types, int areaCount, PeriodNumbers months, People people, int[] from) {
    // No more cells than the months' (each period holds at least one of the months), which monthRuns
    // numbered densely.
    int cells = areaCount * periods.size() * types;
    int[] count = new int[cells];
    double[] harm = new double[cells];
    countAndHarm(weights, typologies, denseCells(crimes, areas, typologies, level, periods, types), count, harm);
    DistinctPeople marks = new DistinctPeople(crimes.personCount());
    Builder b = new Builder(count);
    for (int c = 0; c < cells; c++) {
      if (count[c] == 0) {
        continue;
      }
      int t = c % types;
      int q = c / types % periods.size();
      int a = c / types / periods.size();
      // The month cells of (a, q, t): every types-th cell number from first to last.
      int first = (a * months.size() + from[q]) * types + t;
      int last = (a * months.size() + from[q + 1]) * types + t;
      b.add(c, count[c], harm[c], people.offenders().distinct(first, last, types, count[c], marks),
          people.victims().distinct(first, last, types, count[c], marks));
    }
    return b.build();
  }

  /**
   * @return for each period q of {@code periods}, where its months begin among the crimes' months
   *     (q's months are from[q] to from[q + 1]), or null when a month falls in two periods or the
   *     months of a period are not side by side
   */
  static int[] monthRanges(ViolentCrimes crimes, PeriodNumbers months, PeriodNumbers periods) {
    int[] periodOfMonth = new int[months.size()];
    Arrays.fill(periodOfMonth, -1);
    for (int i = 0; i < crimes.size(); i++) {
      int m = months.of(i), q = periods.of(i);
      if (periodOfMonth[m] == -1) {
        periodOfMonth[m] = q;
      } else if (periodOfMonth[m] != q) {
        return null;
      }
    }
    int[] from = new int[periods.size() + 1];
    int q = -1;
    for (int m = 0; m < periodOfMonth.length; m++) {
      int next = periodOfMonth[m];
      if (next != q) {
        if (next != q + 1) { // each period's months in one run, the periods in order
          return null;
        }
        q = next;
        from[q] = m;
      }
    }
    if (q != periods.size() - 1) {
      return null;
    }
    from[periods.size()] = months.size();
    return from;
  }

  /** @return how many (crime, typology) entries there are: one array holds them all */
  private static int entries(int[] typologies) {
    long entries = 0;
    for (int t : typologies) {
      entries += Integer.bitCount(t);
    }
    return fits(entries, "crime-typology entries");
  }

  /**
   * @param n how many of something one array of ints is to hold
   * @return n, when an array can hold that many
   * @throws IllegalStateException when it cannot (some 2^31: a force of hundreds of millions of
   *     violent crimes)
   */
  static int fits(long n, String what) {
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          n + " " + what + " are more than one array can hold (" + (Integer.MAX_VALUE - 8) + ")");
    }
    return (int) n;
  }

  /** @return each entry's cell, numbered densely, crime after crime, its typologies in number order */
  private static int[] denseCells(
      ViolentCrimes crimes, AreaAssignment areas, int[] typologies, int level, PeriodNumbers periods, int types) {
    int[] cellOf = new int[entries(typologies)];
    int e = 0;
    for (int i = 0; i < crimes.size(); i++) {
      int base = (areas.areaNumber(level, i) * periods.size() + periods.of(i)) * types;
      for (int bits = typologies[i]; bits != 0; bits &= bits - 1) {
        cellOf[e++] = base + Integer.numberOfTrailingZeros(bits);
      }
    }
    return cellOf;
  }

  /** Adds each entry's crime to its cell's count and its weight to its harm, in crime order. */
  private static void countAndHarm(double[] weights, int[] typologies, int[] cellOf, int[] count, double[] harm) {
    for (int i = 0, e = 0; i < typologies.length; i++) {
      for (int k = Integer.bitCount(typologies[i]); k > 0; k--) {
        int c = cellOf[e++];
        count[c]++;
        harm[c] += weights[i];
      }
    }
  }

  /** A level's offenders and suspects, and its victims, laid out on cells ({@link Runs}). */
  record People(Runs offenders, Runs victims) {
    static People of(ViolentCrimes crimes, int[] typologies, int[] cellOf, int cells) {
      return new People(
          Runs.of(typologies, cellOf, cells, crimes.offenderNumbers(), crimes.offenderStarts()),
          Runs.of(typologies, cellOf, cells, crimes.victimNumbers(), crimes.victimStarts()));
    }
  }

  /**
   * One kind of person (offenders or victims) of each cell side by side, by a counting sort of the
   * entries' people: cell c's are {@code people[from(c) .. to(c))}, its crimes' last to first
   * (which no count depends on).
   */
  static final class Runs {
    private final int[] people;
    /** Cell c's run ends at end[c + 1] while filled; afterwards it is end[c + 1] to end[c + 2]. */
    private final int[] end;

    private Runs(int[] people, int[] end) {
      this.people = people;
      this.end = end;
    }

    /**
     * @param numbers every crime's people of this kind, crime after crime
     * @param start where crime i's begin in {@code numbers} (i up to the crimes' count)
     */
    static Runs of(int[] typologies, int[] cellOf, int cells, int[] numbers, int[] start) {
      long total = 0; // each entry's people: more than an array holds would wrap the counts below
      for (int i = 0; i < typologies.length; i++) {
        total += (long) (start[i + 1] - start[i]) * Integer.bitCount(typologies[i]);
      }
      fits(total, "people of crime-typology entries");
      int[] end = new int[cells + 2];
      for (int i = 0, e = 0; i < typologies.length; i++) {
        int people = start[i + 1] - start[i];
        for (int k = Integer.bitCount(typologies[i]); k > 0; k--) {
          end[cellOf[e++] + 1] += people;
        }
      }
      for (int c = 1; c <= cells; c++) {
        end[c] += end[c - 1];
      }
      end[cells + 1] = end[cells];
      int[] people = new int[end[cells]];
      for (int i = 0, e = 0; i < typologies.length; i++) {
        for (int k = Integer.bitCount(typologies[i]); k > 0; k--) {
          int c = cellOf[e++];
          for (int p = start[i]; p < start[i + 1]; p++) {
            people[--end[c + 1]] = numbers[p];
          }
        }
      }
      return new Runs(people, end);
    }

    /** @return how many different people cell c holds, given how many crimes it has */
    long distinct(int c, int crimes, DistinctPeople marks) {
      // One crime's people are distinct already (ViolentCrimes): only a cell of several is counted.
      return crimes == 1 ? end[c + 2] - end[c + 1] : marks.count(people, end[c + 1], end[c + 2]);
    }

    /**
     * @return how many different people the cells first, first + step, ... (before last) hold
     *     together, given how many crimes they have between them
     */
    long distinct(int first, int last, int step, int crimes, DistinctPeople marks) {
      long total = 0;
      if (crimes == 1) { // one crime: its people, distinct already, in one of the cells
        for (int m = first; m < last; m += step) {
          total += end[m + 2] - end[m + 1];
        }
        return total;
      }
      marks.start();
      for (int m = first; m < last; m += step) {
        marks.add(people, end[m + 1], end[m + 2]);
      }
      return marks.distinct();
    }
  }

  /** The cells with crime, added in number order. */
  private static final class Builder {
    private final long[] key;
    private final long[] n;
    private final double[] harm;
    private final long[] offenders;
    private final long[] victims;
    private int size;

    Builder(int[] count) {
      int cells = 0;
      for (int c : count) {
        if (c > 0) {
          cells++;
        }
      }
      key = new long[cells];
      n = new long[cells];
      harm = new double[cells];
      offenders = new long[cells];
      victims = new long[cells];
    }

    void add(long k, long count, double h, long o, long v) {
      key[size] = k;
      n[size] = count;
      harm[size] = h;
      offenders[size] = o;
      victims[size] = v;
      size++;
    }

    CellCounts build() {
      return new CellCounts(key, n, harm, offenders, victims, size);
    }
  }
}
