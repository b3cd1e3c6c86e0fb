package org.vcanalytics.core.internal;

/**
 * The rank of each of a set of distinct ids: {@code ids[r]} has rank {@code r}. An open-addressing
 * table (linear probing, at most half full) of longs, each slot holding an id's {@link
 * String#hashCode()} beside its rank; a look-up compares the hashes first, so a probe that passes
 * another id reads only the table, never that id's characters. On a matching hash the id is
 * compared by identity (the loader hands every record the one instance of each id, so a look-up
 * from the data set's own records never reads the characters) and then by {@link String#equals}.
 * Not API.
 *
 * <p>A table of ids looked up as they are read from a file (the loader's registers, whose
 * look-ups are never of the same instance) also holds each id of at most nine characters of ASCII
 * (as a force's crime, person and log ids mostly are) as one number, its {@link #code}, by rank: on
 * a matching hash such a text is compared by that number, one long read where the id, its object
 * and its characters were three cache misses at a force's size. The data set's own tables leave the
 * codes out ({@code codes} null): their look-ups are mostly of the same instance, found by identity
 * without reading the query's characters, which its code would read.
 *
 * <p>Why not a {@code HashMap<String, Integer>}: at a force's size (millions of ids, looked up tens
 * of millions of times by every pillar) each look-up of a map reads a node, the key's characters
 * and a boxed integer, cache misses this table does not have. Build O(n); look-up O(1) expected.
 *
 * <p>The static methods let a table that grows while it is filled (the loader's register of ids)
 * share the same layout and probing.
 */
public final class IdTable {
  private final String[] ids;
  private final long[] slots;

  /**
   * @param ids the ids in rank order; the array is kept, not copied. Meant to be distinct (not
   *     checked): an id given twice is found at one of its ranks
   */
  public IdTable(String[] ids) {
    this.ids = ids;
    this.slots = slots(ids.length);
    for (int r = 0; r < ids.length; r++) {
      insert(slots, ids[r].hashCode(), r);
    }
  }

  /**
   * @param id an id
   * @return its rank, or -1 when it is not in the table
   */
  public int rank(String id) {
    return find(slots, ids, null, id);
  }

  /**
   * {@link #rank} of many ids at once ({@link #findAll}: faster than one by one at a force's size).
   *
   * @param queries the ids (at least n)
   * @param n how many
   * @param ranks where each rank goes (at least n), -1 for an id not in the table
   */
  public void ranks(String[] queries, int n, int[] ranks) {
    findAll(slots, ids, null, queries, n, ranks);
  }

  /** @return the number of ids */
  public int size() {
    return ids.length;
  }

  /** The longest id with a {@link #code}: nine characters of seven bits fill 63 bits. */
  static final int CODED_LENGTH = 9;

  /**
   * An id of one to nine characters, each U+0001 to U+007F, as one number: the characters as the
   * digits of a number in base 128, none of them 0, so that two such ids have the same code exactly
   * when they are equal (a longer id's code is at least 128^(its length − 1), more than any shorter
   * id's). {@code "P1"} is 80 × 128 + 49 = 10,289.
   *
   * @param id an id
   * @return its code, or 0 when it is empty, longer than nine characters or holds another character
   */
  public static long code(String id) {
    int n = id.length();
    if (n > CODED_LENGTH) {
      return 0;
    }
    long c = 0;
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      if (ch == 0 || ch > 127) {
        return 0;
      }
      c = (c << 7) | ch;
    }
    return c;
  }

  /**
   * @param n how many ids the table is to hold
   * @return an empty slot array with room for them at most half full
   */
  public static long[] slots(int n) {
    return new long[Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2];
  }

  /**
   * @param slots full slots
   * @return twice as many slots holding the same ranks (their hashes kept, no id read again)
   */
  public static long[] grown(long[] slots) {
    long[] to = new long[slots.length * 2];
    for (long e : slots) {
      if (e != 0) {
        insert(to, (int) (e >>> 32), (int) e - 1);
      }
    }
    return to;
  }

  /**
   * Puts a rank into the first free slot for its hash.
   *
   * @param slots a slot array of {@link #slots(int)}, with a free slot left
   * @param hash the id's {@link String#hashCode()}
   * @param rank its rank
   */
  public static void insert(long[] slots, int hash, int rank) {
    int mask = slots.length - 1;
    int s = spread(hash) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = ((long) hash << 32) | (rank + 1L);
  }

  /**
   * @param slots the slots
   * @param ids the ids by rank
   * @param codes the {@link #code} of each id by rank, or null to compare the ids themselves
   * @param id an id
   * @return its rank, or -1 when it is not in the slots
   */
  public static int find(long[] slots, String[] ids, long[] codes, String id) {
    return find(slots, ids, codes, id, id.hashCode(), codes == null ? 0 : code(id));
  }

  private static int find(long[] slots, String[] ids, long[] codes, String id, int h, long code) {
    int mask = slots.length - 1;
    int s = spread(h) & mask;
    long e;
    while ((e = slots[s]) != 0) {
      if ((int) (e >>> 32) == h) {
        int r = (int) e - 1;
        if (same(ids, codes, r, id, code)) {
          return r;
        }
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /**
   * Whether the id of rank r is id: with codes, by their codes when id has one (an id without one,
   * longer or of other characters, is not equal to it); else by identity, then by characters.
   */
  private static boolean same(String[] ids, long[] codes, int r, String id, long code) {
    if (codes != null) {
      if (code != 0) {
        return codes[r] == code;
      }
      if (codes[r] != 0) {
        return false;
      }
    }
    String k = ids[r];
    return k == id || k.equals(id);
  }

  /**
   * Looks up many ids at once: {@code ranks[i] = find(slots, ids, codes, queries[i])} for every
   * {@code i < n}. Each step is taken for the whole batch before the next — the hashes and codes,
   * then the slots, then the comparisons with the codes (or ids) they name — so that the processor
   * fetches the batch's slots and codes from memory side by side instead of one after another: at a
   * force's size a look-up is a chain of cache misses, and an id the table does not hold at its
   * first slot (a collision, an unknown id) is then found by {@link #find} as before. The same ranks
   * as {@code find}, one by one.
   *
   * @param slots the slots
   * @param ids the ids by rank
   * @param codes the {@link #code} of each id by rank, or null to compare the ids themselves
   * @param queries the ids to look up (at least n)
   * @param n how many
   * @param ranks where each rank goes (at least n), -1 for an id not in the slots
   */
  public static void findAll(
      long[] slots, String[] ids, long[] codes, String[] queries, int n, int[] ranks) {
    int mask = slots.length - 1;
    int[] hash = new int[n];
    long[] code = new long[n];
    long[] entry = new long[n];
    for (int i = 0; i < n; i++) {
      hash[i] = queries[i].hashCode();
      code[i] = codes == null ? 0 : code(queries[i]);
    }
    for (int i = 0; i < n; i++) {
      entry[i] = slots[spread(hash[i]) & mask];
    }
    if (codes == null) {
      String[] held = new String[n]; // the id at the first slot when its hash matches
      for (int i = 0; i < n; i++) {
        long e = entry[i];
        held[i] = e != 0 && (int) (e >>> 32) == hash[i] ? ids[(int) e - 1] : null;
      }
      for (int i = 0; i < n; i++) {
        String k = held[i];
        String q = queries[i];
        ranks[i] =
            k != null && (k == q || k.equals(q)) ? (int) entry[i] - 1 : find(slots, ids, null, q, hash[i], 0);
      }
      return;
    }
    long[] held = new long[n]; // the code of the id at the first slot when its hash matches, else -1
    for (int i = 0; i < n; i++) {
      long e = entry[i];
      held[i] = e != 0 && (int) (e >>> 32) == hash[i] ? codes[(int) e - 1] : -1;
    }
    for (int i = 0; i < n; i++) {
      int r = (int) entry[i] - 1;
      boolean found =
          held[i] >= 0 && (code[i] != 0 ? held[i] == code[i] : same(ids, codes, r, queries[i], 0));
      ranks[i] = found ? r : find(slots, ids, codes, queries[i], hash[i], code[i]);
    }
  }

  /**
   * Spreads an id's hash over the high bits too: ids that differ in a last digit land apart.
   *
   * @param h a hash
   * @return it mixed, for a table index by its low bits
   */
  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
