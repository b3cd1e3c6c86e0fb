package org.vcanalytics.core.internal;

/**
 * The rank of each of a set of distinct ids: {@code ids[r]} has rank {@code r}. An open-addressing
 * table of int ranks (linear probing, at most half full), looked up by the id's {@link
 * String#hashCode()} spread by a multiplicative mix, compared first by identity (the loader hands
 * every record the one instance of each id, so a look-up from the data set's own records never
 * reads the characters) and then by {@link String#equals}. Not API.
 *
 * <p>Why not a {@code HashMap<String, Integer>}: at a force's size (millions of ids, looked up tens
 * of millions of times by every pillar) each look-up of a map reads a node and a boxed integer, two
 * cache misses this table does not have; its int array is a twelfth of the map's memory. Build
 * O(n); look-up O(1) expected.
 */
public final class IdTable {
  private final String[] ids;
  /** rank + 1 per slot; 0 is empty. */
  private final int[] slots;
  private final int mask;

  /**
   * @param ids the ids in rank order; the array is kept, not copied. Meant to be distinct (not
   *     checked): an id given twice is found at one of its ranks
   */
  public IdTable(String[] ids) {
    this.ids = ids;
    int capacity = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) * 2;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int r = 0; r < ids.length; r++) {
      int s = spread(ids[r].hashCode()) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = r + 1;
    }
  }

  /**
   * @param id an id
   * @return its rank, or -1 when it is not in the table
   */
  public int rank(String id) {
    int s = spread(id.hashCode()) & mask;
    int r;
    while ((r = slots[s]) != 0) {
      String k = ids[r - 1];
      if (k == id || k.equals(id)) {
        return r - 1;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /** @return the number of ids */
  public int size() {
    return ids.length;
  }

  /**
   * Spreads an id's hash over the high bits too: ids that differ in a last digit land apart.
   *
   * @param h a hash
   * @return it mixed, for a table index by its low bits
   */
  public static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
