package org.vcanalytics.geo.hotspot;

import java.util.Arrays;

/**
 * The totals of one level and period type's cells (area × period × typology, numbered {@code
 * (area × periods + period) × typologies + typology}): for each cell with violent crime, its
 * number, its crimes, their summed harm and its distinct offenders and suspects and distinct
 * victims, as columns in cell-number order.
 *
 * <p>How: every (crime, typology) pair is one entry, and its cell is worked out once. A first pass
 * over the crimes counts each cell's crimes, harm and people; a second lays each cell's person
 * numbers side by side in one column (a counting sort by cell), so the distinct people of a cell
 * are counted over one run of that column. No object per cell and no growing list: at a force's
 * size the per-cell lists of the earlier code were most of the hotspot stage, each append a cache
 * miss. The cells are numbered densely when there are at most {@link #DENSE_LIMIT} of them (a
 * force's LSOAs over ten years of months are about 800,000), else the cells with an entry are
 * numbered by a sort of their keys. O(N × T + C) for N crimes with T typologies each and C cells
 * (O(E log E) for the E entries when the cells are numbered by sort); O(C + E × p) memory for p
 * people per crime. Harm is added up in crime order within each cell, as before this class.
 */
final class CellCounts {

  /**
   * The most cells numbered densely: {@value}, 20 bytes of columns each (at most 168 MB for a task).
   * The Metropolitan Police's 4,835 LSOAs over eleven years of months and 8 typology names are
   * 5,105,760 cells.
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
    int n = crimes.size();
    int entries = 0;
    for (int t : typologies) {
      entries += Integer.bitCount(t);
    }
    // Each entry's cell, crime after crime, its typologies in number order.
    int[] cellOf = new int[entries];
    long[] keyOf = null; // the key of each cell number, when they are not the same
    if (cellSpace <= denseLimit) {
      int e = 0;
      for (int i = 0; i < n; i++) {
        int base = (areas.areaNumber(level, i) * periods.size() + periods.of(i)) * types;
        for (int bits = typologies[i]; bits != 0; bits &= bits - 1) {
          cellOf[e++] = base + Integer.numberOfTrailingZeros(bits);
        }
      }
    } else {
      long[] keys = new long[entries];
      int e = 0;
      for (int i = 0; i < n; i++) {
        long base = ((long) areas.areaNumber(level, i) * periods.size() + periods.of(i)) * types;
        for (int bits = typologies[i]; bits != 0; bits &= bits - 1) {
          keys[e++] = base + Integer.numberOfTrailingZeros(bits);
        }
      }
      keyOf = Arrays.stream(keys).sorted().distinct().toArray();
      for (e = 0; e < entries; e++) {
        cellOf[e] = Arrays.binarySearch(keyOf, keys[e]);
      }
    }
    int cells = keyOf == null ? (int) cellSpace : keyOf.length;
    int[] count = new int[cells];
    double[] harm = new double[cells];
    // Cell c's people end at offenderEnd[c + 1] while counting; the second pass fills each cell's
    // run from its end (its crimes last to first, which no count depends on), after which its run is
    // offenderEnd[c + 1] to offenderEnd[c + 2] (the last entry holds the total).
    int[] offenderEnd = new int[cells + 2];
    int[] victimEnd = new int[cells + 2];
    int[] o = crimes.offenderNumbers();
    int[] v = crimes.victimNumbers();
    for (int i = 0, e = 0; i < n; i++) {
      int offenders = crimes.offendersFrom(i + 1) - crimes.offendersFrom(i);
      int victims = crimes.victimsFrom(i + 1) - crimes.victimsFrom(i);
      for (int k = Integer.bitCount(typologies[i]); k > 0; k--) {
        int c = cellOf[e++];
        count[c]++;
        harm[c] += weights[i];
        offenderEnd[c + 1] += offenders;
        victimEnd[c + 1] += victims;
      }
    }
    for (int c = 1; c <= cells; c++) {
      offenderEnd[c] += offenderEnd[c - 1];
      victimEnd[c] += victimEnd[c - 1];
    }
    offenderEnd[cells + 1] = offenderEnd[cells];
    victimEnd[cells + 1] = victimEnd[cells];
    int[] offenderPeople = new int[offenderEnd[cells]];
    int[] victimPeople = new int[victimEnd[cells]];
    for (int i = 0, e = 0; i < n; i++) {
      int oFrom = crimes.offendersFrom(i), oTo = crimes.offendersFrom(i + 1);
      int vFrom = crimes.victimsFrom(i), vTo = crimes.victimsFrom(i + 1);
      for (int k = Integer.bitCount(typologies[i]); k > 0; k--) {
        int c = cellOf[e++];
        for (int p = oFrom; p < oTo; p++) {
          offenderPeople[--offenderEnd[c + 1]] = o[p];
        }
        for (int p = vFrom; p < vTo; p++) {
          victimPeople[--victimEnd[c + 1]] = v[p];
        }
      }
    }
    int size = 0;
    for (int c = 0; c < cells; c++) {
      if (count[c] > 0) {
        size++;
      }
    }
    long[] key = new long[size];
    long[] crimeCount = new long[size];
    double[] harmSum = new double[size];
    long[] distinctOffenders = new long[size];
    long[] distinctVictims = new long[size];
    DistinctPeople distinct = new DistinctPeople(crimes.personCount());
    for (int c = 0, s = 0; c < cells; c++) {
      if (count[c] == 0) {
        continue;
      }
      key[s] = keyOf == null ? c : keyOf[c];
      crimeCount[s] = count[c];
      harmSum[s] = harm[c];
      // One crime's people are distinct already (ViolentCrimes): only a cell of several is counted.
      int oFrom = offenderEnd[c + 1], oTo = offenderEnd[c + 2];
      int vFrom = victimEnd[c + 1], vTo = victimEnd[c + 2];
      distinctOffenders[s] = count[c] == 1 ? oTo - oFrom : distinct.count(offenderPeople, oFrom, oTo);
      distinctVictims[s] = count[c] == 1 ? vTo - vFrom : distinct.count(victimPeople, vFrom, vTo);
      s++;
    }
    return new CellCounts(key, crimeCount, harmSum, distinctOffenders, distinctVictims, size);
  }
}
