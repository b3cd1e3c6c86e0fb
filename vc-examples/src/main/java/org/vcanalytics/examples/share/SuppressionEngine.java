package org.vcanalytics.examples.share;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One run of {@link CellSuppression}: variables are the cells and hidden totals in key order; the
 * witness search and the secondary-suppression loop described there.
 */
final class SuppressionEngine {
  /** Candidates tried at each step of the search. */
  private static final int BRANCH = 6;

  /** The deepest search, in moves. */
  private static final int DEPTH = 28;

  private static final int BUDGET = CellSuppression.BUDGET;

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

  SuppressionEngine(CellSuppression.Builder b) {
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

  CellSuppression.Result run() {
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
    return new CellSuppression.Result(sup, prim, sec, unprotected, witnesses, knowsSide);
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
