package org.vcanalytics.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Primary and secondary cell suppression for any table of counts whose cells are tied by sums,
 * with an audit that proves, cell by cell, that no suppressed count can be worked out.
 *
 * <p>A table is given as cells (a key, a count, and whether the count is primary-sensitive), hidden
 * totals (sums that are not published but that an attacker can name, such as a force's total that
 * several levels add up to), sum relations ({@code whole = Σ parts}, the whole a cell or a hidden
 * total) and at-most relations ({@code Σ parts ≤ whole}, such as a typology's count and all violent
 * crime). Computes; writes nothing.
 *
 * <pre>{@code
 * CellSuppression.Result s = CellSuppression.builder(5, 1)     // threshold 5; a listed cell is ≥ 1
 *     .cell("sex=F|HIGH_HARM", 3, true).cell("sex=M|HIGH_HARM", 40, false)
 *     .hidden("HIGH_HARM")
 *     .sum("HIGH_HARM", List.of("sex=F|HIGH_HARM", "sex=M|HIGH_HARM"))
 *     .suppress();
 * s.suppressed();   // [sex=F|HIGH_HARM, sex=M|HIGH_HARM] if the total can be worked out elsewhere
 * }</pre>
 *
 * <p><b>What the attacker knows.</b> Every published count; every relation; and that a suppressed
 * count of a listed cell is at least {@code floor}. Primary and secondary cells carry the same
 * marker, so by default the attacker cannot tell on which side of the threshold {@code t} a
 * suppressed count lies. {@link Builder#attackerKnowsSide(boolean)} assumes more: below {@code t}
 * the count is in {@code [floor, t − 1]}, otherwise in {@code [t, ∞)} (not always achievable: when
 * the listed cells of a period alone reach its primary total, that total is pinned whatever is
 * suppressed; used only when {@code t > floor + 1}).
 *
 * <p><b>The audit.</b> A suppressed count is protected when the attacker's feasible set (every
 * relation, every published count, every bound above) holds a second point at which that count
 * differs from the truth. The engine proves it by a <i>witness</i>: an integer change {@code d}
 * (each entry −1, 0 or +1) of suppressed counts and hidden totals such that every sum relation
 * still adds up, every at-most relation still holds and every changed count stays within its bounds.
 * Then the attacker's minimum and maximum of every changed count differ (the feasible set is
 * convex, so its linear-programming bounds differ too). Witnesses are found by a depth-first search
 * that rebalances one relation at a time, preferring moves that rebalance several.
 *
 * <p><b>Secondary suppression.</b> Cells are taken in key order. A suppressed cell that no witness
 * yet covers gets one, first among suppressed counts only; when there is none, published counts may
 * join the witness (preferring moves that close relations, then smaller counts, then key order),
 * and those become secondary suppressions. A witness stays valid when more cells are suppressed
 * (the attacker's set only grows), so the loop ends at a fixed point where every suppressed cell is
 * covered by a verified witness, or is listed in {@link Result#unprotected()} when even suppressing
 * every published cell of its relations finds none.
 *
 * <p>Cost: O(S × B × M) for S suppressed cells, a search budget of B moves per cell (at most {@value
 * #BUDGET}) and M the members of the largest relation; in practice a witness covers four to eight
 * cells at once and is found in a few moves. Deterministic: the same cells and relations, in any
 * order, give the same result.
 */
public final class CellSuppression {

  /** Moves tried per witness search before it gives up. */
  static final int BUDGET = 400;

  /** Candidates tried at each step of the search. */
  private static final int BRANCH = 6;

  /** The deepest search, in moves. */
  private static final int DEPTH = 28;

  private CellSuppression() {}

  /**
   * @param threshold the primary threshold t: a count below it is sensitive (1 or more)
   * @param floor the smallest count a listed cell can have (1 when only non-empty cells are listed,
   *     0 when empty ones are too)
   * @return a builder
   */
  public static Builder builder(long threshold, long floor) {
    return new Builder(threshold, floor);
  }

  /**
   * What was suppressed.
   *
   * @param suppressed every suppressed cell (primary and secondary), by key
   * @param primary the cells given as primary-sensitive
   * @param secondary the cells suppressed to protect others
   * @param unprotected suppressed cells for which no witness was found (empty when the audit passes)
   * @param witnesses for each witness found, the change it makes, by key (hidden totals included);
   *     every suppressed cell outside {@code unprotected} is changed by one of them
   * @param attackerKnowsSide true when the bounds assumed that the attacker knows on which side of
   *     the threshold a suppressed count lies
   */
  public record Result(
      SortedSet<String> suppressed,
      SortedSet<String> primary,
      SortedSet<String> secondary,
      SortedSet<String> unprotected,
      List<SortedMap<String, Integer>> witnesses,
      boolean attackerKnowsSide) {

    /** Copies the collections. */
    public Result {
      suppressed = Collections.unmodifiableSortedSet(new TreeSet<>(suppressed));
      primary = Collections.unmodifiableSortedSet(new TreeSet<>(primary));
      secondary = Collections.unmodifiableSortedSet(new TreeSet<>(secondary));
      unprotected = Collections.unmodifiableSortedSet(new TreeSet<>(unprotected));
      witnesses = witnesses.stream().map(w -> Collections.unmodifiableSortedMap(new TreeMap<>(w))).toList();
    }

    /** @param key a cell @return true when it is suppressed */
    public boolean isSuppressed(String key) {
      return suppressed.contains(key);
    }
  }

  /** Collects a table's cells and relations. Not thread-safe; use once. */
  public static final class Builder {
    private final long threshold;
    private final long floor;
    private final Map<String, long[]> cells = new HashMap<>(); // key -> {value, primary 0/1}
    private final TreeSet<String> hidden = new TreeSet<>();
    private final List<String[]> sums = new ArrayList<>(); // [whole, parts...]
    private final List<String[]> atMost = new ArrayList<>(); // [whole, parts...]
    private Function<String, java.util.stream.Stream<Map<String, Integer>>> proposals = k -> java.util.stream.Stream.empty();
    private boolean knowsSide;

    private Builder(long threshold, long floor) {
      if (threshold < 1) {
        throw new IllegalArgumentException("threshold must be 1 or more, was " + threshold);
      }
      if (floor < 0) {
        throw new IllegalArgumentException("floor must be 0 or more, was " + floor);
      }
      this.threshold = threshold;
      this.floor = floor;
    }

    /**
     * @param key the cell's key (unique; keys order the work and break ties)
     * @param value its count, at least the floor
     * @param primary true when it must be suppressed (for example below the threshold, or dominated)
     * @return this
     */
    public Builder cell(String key, long value, boolean primary) {
      Objects.requireNonNull(key, "key");
      if (value < floor) {
        throw new IllegalArgumentException("cell " + key + " has " + value + ", below the floor " + floor);
      }
      if (hidden.contains(key) || cells.putIfAbsent(key, new long[] {value, primary ? 1 : 0}) != null) {
        throw new IllegalArgumentException("cell " + key + " is given twice");
      }
      return this;
    }

    /** @param key a total that is not published but may be worked out (its value is summed) @return this */
    public Builder hidden(String key) {
      if (cells.containsKey(key)) {
        throw new IllegalArgumentException("hidden total " + key + " is also a cell");
      }
      hidden.add(key);
      return this;
    }

    /**
     * @param whole a cell or hidden total
     * @param parts the cells (or hidden totals) it is the sum of; absent cells are zero
     * @return this
     */
    public Builder sum(String whole, List<String> parts) {
      sums.add(relation(whole, parts));
      return this;
    }

    /**
     * @param parts cells whose sum is at most the whole
     * @param whole a cell
     * @return this
     */
    public Builder atMost(List<String> parts, String whole) {
      atMost.add(relation(whole, parts));
      return this;
    }

    /**
     * @param knows true to assume that the attacker knows on which side of the threshold each
     *     suppressed count lies (default false: the marker is the same for both)
     * @return this
     */
    public Builder attackerKnowsSide(boolean knows) {
      this.knowsSide = knows;
      return this;
    }

    /**
     * Witnesses worth trying first for a cell, from what the caller knows of the table's shape (for
     * hotspots: move a crime to another area or month, or add one); each is verified like any other.
     *
     * @param f for a suppressed cell's key, changes by key (−1 or +1), best first (made lazily: the
     *     first that needs no further suppression is taken)
     * @return this
     */
    public Builder proposals(Function<String, java.util.stream.Stream<Map<String, Integer>>> f) {
      this.proposals = Objects.requireNonNull(f, "proposals");
      return this;
    }

    private static String[] relation(String whole, List<String> parts) {
      String[] r = new String[parts.size() + 1];
      r[0] = Objects.requireNonNull(whole, "whole");
      for (int i = 0; i < parts.size(); i++) {
        r[i + 1] = Objects.requireNonNull(parts.get(i), "part");
      }
      return r;
    }

    /**
     * Suppresses the primary cells and as many more as the audit needs.
     *
     * @return what was suppressed
     * @throws IllegalArgumentException when a relation names an unknown key, or the counts do not
     *     satisfy a relation
     */
    public Result suppress() {
      return new Engine(this).run();
    }
  }

  /** One run: variables are the cells and hidden totals in key order. */
  private static final class Engine {
    private final long t;
    private final long floor;
    private final Function<String, java.util.stream.Stream<Map<String, Integer>>> proposals;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean knowsSide;
    private final String[] keys;
    private final long[] value;
    private final boolean[] isHidden;
    private final boolean[] suppressed;
    private final boolean[] primary;
    private final boolean[] covered;
    private final int[][] eqMembers;
    private final int[][] eqCoef; // +1 part, -1 whole
    private final int[][] eqOf; // per variable: its sum relations
    private final int[][] leMembers; // [0] = whole
    private final int[][] leOf;
    // Search state.
    private final int[] d;
    private final long[] imbalance;
    private final List<Integer> unbalanced = new ArrayList<>();
    private final List<Integer> moved = new ArrayList<>();
    private int nodes;
    private int budget = BUDGET;

    Engine(Builder b) {
      this.t = b.threshold;
      this.floor = b.floor;
      this.knowsSide = b.knowsSide && t > floor + 1;
      TreeSet<String> all = new TreeSet<>(b.cells.keySet());
      all.addAll(b.hidden);
      keys = all.toArray(new String[0]);
      int n = keys.length;
      this.proposals = b.proposals;
      for (int i = 0; i < n; i++) {
        index.put(keys[i], i);
      }
      value = new long[n];
      isHidden = new boolean[n];
      suppressed = new boolean[n];
      primary = new boolean[n];
      covered = new boolean[n];
      for (int i = 0; i < n; i++) {
        long[] c = b.cells.get(keys[i]);
        if (c == null) {
          isHidden[i] = true;
          suppressed[i] = true;
        } else {
          value[i] = c[0];
          primary[i] = c[1] == 1;
          suppressed[i] = primary[i];
        }
      }
      // Relations in a canonical order, so that the input order does not matter.
      List<int[]> sums = canonical(b.sums, index);
      List<int[]> les = canonical(b.atMost, index);
      hiddenValues(sums);
      eqMembers = new int[sums.size()][];
      eqCoef = new int[sums.size()][];
      List<List<Integer>> eqOfList = lists(n);
      for (int r = 0; r < sums.size(); r++) {
        int[] rel = sums.get(r);
        eqMembers[r] = rel;
        eqCoef[r] = new int[rel.length];
        long s = 0;
        for (int k = 0; k < rel.length; k++) {
          eqCoef[r][k] = k == 0 ? -1 : 1;
          s += eqCoef[r][k] * value[rel[k]];
          eqOfList.get(rel[k]).add(r);
        }
        if (s != 0) {
          throw new IllegalArgumentException("the parts of " + keys[rel[0]] + " do not add up to it");
        }
      }
      leMembers = les.toArray(new int[0][]);
      List<List<Integer>> leOfList = lists(n);
      for (int r = 0; r < leMembers.length; r++) {
        long s = 0;
        for (int k = 1; k < leMembers[r].length; k++) {
          s += value[leMembers[r][k]];
        }
        if (s > value[leMembers[r][0]]) {
          throw new IllegalArgumentException("the parts of " + keys[leMembers[r][0]] + " exceed it");
        }
        for (int v : leMembers[r]) {
          leOfList.get(v).add(r);
        }
      }
      eqOf = arrays(eqOfList);
      leOf = arrays(leOfList);
      d = new int[n];
      imbalance = new long[sums.size()];
    }

    private static List<int[]> canonical(List<String[]> rels, Map<String, Integer> index) {
      List<int[]> out = new ArrayList<>();
      for (String[] r : rels) {
        int[] m = new int[r.length];
        for (int k = 0; k < r.length; k++) {
          Integer i = index.get(r[k]);
          if (i == null) {
            throw new IllegalArgumentException("a relation names " + r[k] + ", which is not a cell or hidden total");
          }
          m[k] = i;
        }
        Arrays.sort(m, 1, m.length);
        out.add(m);
      }
      out.sort(Arrays::compare);
      return out;
    }

    /** A hidden total's value from the first sum relation it is the whole of (checked by all). */
    private void hiddenValues(List<int[]> sums) {
      boolean[] known = new boolean[keys.length];
      for (int i = 0; i < keys.length; i++) {
        known[i] = !isHidden[i];
      }
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int[] rel : sums) {
          if (known[rel[0]]) {
            continue;
          }
          long s = 0;
          boolean all = true;
          for (int k = 1; k < rel.length && all; k++) {
            all = known[rel[k]];
            s += value[rel[k]];
          }
          if (all) {
            value[rel[0]] = s;
            known[rel[0]] = true;
            progress = true;
          }
        }
      }
      for (int i = 0; i < keys.length; i++) {
        if (!known[i]) {
          throw new IllegalArgumentException("hidden total " + keys[i] + " is not the sum of anything");
        }
      }
    }

    private static List<List<Integer>> lists(int n) {
      List<List<Integer>> l = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        l.add(new ArrayList<>(2));
      }
      return l;
    }

    private static int[][] arrays(List<List<Integer>> l) {
      int[][] a = new int[l.size()][];
      for (int i = 0; i < a.length; i++) {
        a[i] = l.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      return a;
    }

    /** The attacker's bounds of a variable, were it suppressed. */
    private long lo(int v) {
      if (isHidden[v]) {
        return 0;
      }
      return knowsSide && value[v] >= t ? t : floor;
    }

    private long hi(int v) {
      return knowsSide && !isHidden[v] && value[v] < t ? t - 1 : Long.MAX_VALUE;
    }

    Result run() {
      List<SortedMap<String, Integer>> witnesses = new ArrayList<>();
      TreeSet<String> unprotected = new TreeSet<>();
      boolean changed = true;
      boolean widened = false;
      while (changed) {
        changed = false;
        unprotected.clear();
        for (int i = 0; i < keys.length; i++) {
          if (!suppressed[i] || isHidden[i] || covered[i]) {
            continue;
          }
          boolean[] offered = {false};
          int[] w = proposed(i, proposals.apply(keys[i]).peek(x -> offered[0] = true).iterator());
          budget = offered[0] ? BUDGET / 10 : BUDGET;
          if (w == null) {
            w = witness(i, false);
          }
          if (w == null) {
            w = witness(i, true);
          }
          if (w == null) {
            unprotected.add(keys[i]);
            continue;
          }
          SortedMap<String, Integer> m = new TreeMap<>();
          for (int k = 0; k < w.length; k += 2) {
            int v = w[k];
            m.put(keys[v], w[k + 1]);
            if (!suppressed[v]) {
              suppressed[v] = true;
              changed = true;
            }
            covered[v] = true;
          }
          witnesses.add(m);
        }
        if (!changed && !unprotected.isEmpty() && !widened) {
          // Last resort: suppress every published member of the relations of an unprotected cell.
          widened = true;
          for (String k : unprotected) {
            int i = Arrays.binarySearch(keys, k);
            for (int r : eqOf[i]) {
              for (int v : eqMembers[r]) {
                changed |= !suppressed[v];
                suppressed[v] = true;
              }
            }
          }
        }
      }
      TreeSet<String> sup = new TreeSet<>();
      TreeSet<String> prim = new TreeSet<>();
      TreeSet<String> sec = new TreeSet<>();
      for (int i = 0; i < keys.length; i++) {
        if (isHidden[i] || !suppressed[i]) {
          continue;
        }
        sup.add(keys[i]);
        (primary[i] ? prim : sec).add(keys[i]);
      }
      return new Result(sup, prim, sec, unprotected, witnesses, knowsSide);
    }

    /**
     * A witness that changes variable i, as pairs (variable, change); null when none is found.
     * Published cells may join only when {@code allowPublished}.
     */
    private int[] witness(int i, boolean allowPublished) {
      for (int sign : new int[] {+1, -1}) {
        nodes = 0;
        if (canMove(i, sign, true) && apply(i, sign, true)) {
          boolean ok = search(0, allowPublished);
          int[] out = null;
          if (ok) {
            out = new int[moved.size() * 2];
            List<Integer> order = new ArrayList<>(moved);
            Collections.sort(order);
            for (int k = 0; k < order.size(); k++) {
              out[2 * k] = order.get(k);
              out[2 * k + 1] = d[order.get(k)];
            }
          }
          undoAll();
          if (ok) {
            return out;
          }
        } else {
          undoAll();
        }
      }
      return null;
    }

    /** The caller's first valid proposal among suppressed cells only, else its cheapest valid one. */
    private int[] proposed(int i, java.util.Iterator<Map<String, Integer>> offered) {
      int[] best = null;
      long bestCost = Long.MAX_VALUE;
      while (offered.hasNext()) {
        Map<String, Integer> p = offered.next();
        int[] w = new int[p.size() * 2];
        int k = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(p).entrySet()) {
          Integer v = index.get(e.getKey());
          if (v == null) {
            throw new IllegalStateException("a proposal names " + e.getKey() + ", which is not a cell or hidden total");
          }
          w[k++] = v;
          w[k++] = e.getValue();
        }
        long cost = cost(w, i);
        if (cost == 0) {
          return w;
        }
        if (cost > 0 && cost < bestCost) {
          best = w;
          bestCost = cost;
        }
      }
      return best;
    }

    /**
     * The cost of a witness (the published counts it would suppress, each 2 + its value), or −1
     * when it is not one: it must change i, keep every relation, and keep every change in bounds.
     */
    private long cost(int[] w, int i) {
      boolean changesI = false;
      long cost = 0;
      try {
        for (int k = 0; k < w.length; k += 2) {
          int v = w[k];
          int m = w[k + 1];
          if (Math.abs(m) != 1 || d[v] != 0 || !canMove(v, m, true)) {
            return -1;
          }
          d[v] = m;
          changesI |= v == i;
          cost += suppressed[v] ? 0 : 2 + value[v];
        }
        if (!changesI) {
          return -1;
        }
        for (int k = 0; k < w.length; k += 2) {
          for (int r : eqOf[w[k]]) {
            imbalance[r] += (eqMembers[r][0] == w[k] ? -1L : 1L) * w[k + 1];
          }
        }
        boolean balanced = true;
        for (int k = 0; k < w.length; k += 2) {
          for (int r : eqOf[w[k]]) {
            balanced &= imbalance[r] == 0;
            imbalance[r] = 0;
          }
        }
        if (!balanced) {
          return -1;
        }
        for (int k = 0; k < w.length; k += 2) {
          for (int r : leOf[w[k]]) {
            long s = 0;
            for (int j = 1; j < leMembers[r].length; j++) {
              s += value[leMembers[r][j]] + d[leMembers[r][j]];
            }
            if (s > value[leMembers[r][0]] + d[leMembers[r][0]]) {
              return -1;
            }
          }
        }
        return cost;
      } finally {
        for (int k = 0; k < w.length; k += 2) {
          d[w[k]] = 0;
        }
      }
    }

    private boolean canMove(int v, int m, boolean allowPublished) {
      if (d[v] != 0 || (!suppressed[v] && !allowPublished)) {
        return false;
      }
      long x = value[v] + m;
      return x >= lo(v) && x <= hi(v);
    }

    /** Moves v by m and keeps the at-most relations true (raising their wholes); false if it cannot. */
    private boolean apply(int v, int m, boolean allowPublished) {
      d[v] = m;
      moved.add(v);
      for (int r : eqOf[v]) {
        int coef = eqMembers[r][0] == v ? -1 : 1;
        long before = imbalance[r];
        imbalance[r] += (long) coef * m;
        if (before == 0 && imbalance[r] != 0) {
          unbalanced.add(r);
        } else if (before != 0 && imbalance[r] == 0) {
          unbalanced.remove(Integer.valueOf(r));
        }
      }
      for (int r : leOf[v]) {
        int[] rel = leMembers[r];
        long s = 0;
        for (int k = 1; k < rel.length; k++) {
          s += value[rel[k]] + d[rel[k]];
        }
        long whole = value[rel[0]] + d[rel[0]];
        if (s > whole) {
          int w = rel[0];
          if (!canMove(w, +1, allowPublished) || s > whole + 1 || !apply(w, +1, allowPublished)) {
            return false;
          }
        }
      }
      return true;
    }

    private void undoTo(int size) {
      while (moved.size() > size) {
        int v = moved.remove(moved.size() - 1);
        int m = d[v];
        for (int r : eqOf[v]) {
          int coef = eqMembers[r][0] == v ? -1 : 1;
          long before = imbalance[r];
          imbalance[r] -= (long) coef * m;
          if (before == 0 && imbalance[r] != 0) {
            unbalanced.add(r);
          } else if (before != 0 && imbalance[r] == 0) {
            unbalanced.remove(Integer.valueOf(r));
          }
        }
        d[v] = 0;
      }
    }

    private void undoAll() {
      undoTo(0);
      unbalanced.clear();
    }

    private boolean search(int depth, boolean allowPublished) {
      if (unbalanced.isEmpty()) {
        return true;
      }
      if (++nodes > budget || moved.size() >= DEPTH) {
        return false;
      }
      // The unbalanced relation with the fewest members: the fewest choices.
      int rel = unbalanced.get(0);
      for (int r : unbalanced) {
        if (eqMembers[r].length < eqMembers[rel].length
            || (eqMembers[r].length == eqMembers[rel].length && r < rel)) {
          rel = r;
        }
      }
      long e = imbalance[rel];
      List<long[]> cands = new ArrayList<>(); // {closing score (negated), cost, variable, move}
      int[] members = eqMembers[rel];
      for (int k = 0; k < members.length; k++) {
        int v = members[k];
        int coef = k == 0 ? -1 : 1;
        int m = (int) (-Long.signum(e) * coef);
        if (!canMove(v, m, allowPublished)) {
          continue;
        }
        int score = 0;
        for (int r : eqOf[v]) {
          if (r != rel && imbalance[r] != 0) {
            int c = eqMembers[r][0] == v ? -1 : 1;
            score += Long.signum(imbalance[r]) == -Integer.signum(c * m) ? 1 : -1;
          }
        }
        long cost = isHidden[v] ? 1 : suppressed[v] ? 0 : 2 + value[v];
        cands.add(new long[] {-score, cost, v, m});
      }
      cands.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
      int tried = 0;
      for (long[] c : cands) {
        if (tried++ >= BRANCH) {
          break;
        }
        int size = moved.size();
        if (apply((int) c[2], (int) c[3], allowPublished) && search(depth + 1, allowPublished)) {
          return true;
        }
        undoTo(size);
        if (nodes > budget) {
          return false;
        }
      }
      return false;
    }
  }
}
