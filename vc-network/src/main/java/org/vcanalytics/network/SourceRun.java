package org.vcanalytics.network;

import java.util.Arrays;

/**
 * One thread's single-source shortest-path runs on a {@link PathGraph}, reusing its work arrays
 * across sources: breadth first when every cost is 1, otherwise Dijkstra with a radix heap of
 * primitive arrays (keys only grow, as in Dijkstra; no decrease-key: a shorter path pushes the label
 * again and the stale entry is skipped when it comes out). Counts shortest paths (σ), keeps each
 * label's predecessors as a list in a pool written in order, and accumulates Brandes' dependencies
 * (Brandes 2001). Path costs equal within a relative {@link Centrality#TIE} count as equal, as in
 * {@link Centrality}. A weighted run is O(64 (m + n)) at worst (at most one heap entry per arc, each
 * moved down the 65 buckets at most 64 times, in practice about five; at most one scan of the buckets
 * per label taken out), an unweighted one O(m + n);
 * either clears only what it touched, nothing over all n. Not thread-safe: one per thread.
 *
 * <p>Relaxing an arc reads only a bit of {@link #done} and the compact {@link #dist} of its head; the
 * rest of label v's state is kept together in {@link #st}, four doubles from {@code 4v}, so that
 * reaching or settling v touches one or two cache lines rather than one per array.
 */
final class SourceRun {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final int SIGMA = 0;
  private static final int DELTA = 1;
  /** The first entry of the label's predecessor list in {@link #pool} (0: none). */
  private static final int HEAD = 2;
  /** The sum of the label's distances from the sources run since the last {@link #takeSums}. */
  private static final int SUM = 3;

  private final PathGraph g;
  private final boolean bfs;
  /** Distance of each label: infinite until reached. */
  private final double[] dist;
  /**
   * One bit a label, set once it is settled (Dijkstra): small enough (n / 8 bytes) to stay in a near
   * cache, it answers for the half of the arcs that lead back to a settled label without reading
   * {@link #dist}.
   */
  private final long[] done;
  /** Per label v: σ, δ, predecessor list head, distance sum, from 4v. */
  private final double[] st;
  /** Settled labels, in the order they were settled. */
  private final int[] order;
  /** Predecessor list entries e ≥ 1: the predecessor at 2e, the next entry (0: end) at 2e + 1. */
  private int[] pool;
  private int poolSize;
  /**
   * The radix heap (Ahuja, Mehlhorn, Orlin and Tarjan 1990) on the bits of the keys (non-negative
   * doubles order as their bits): bucket b &gt; 0 holds the entries whose key first differs from
   * {@link #last} in bit b − 1, bucket 0 those equal to it.
   */
  private final int[][] bucketItem = new int[65][];
  private final long[][] bucketKey = new long[65][];
  private final int[] bucketSize = new int[65];
  /** The bits of the last key taken out. */
  private long last;
  /** The next entry of bucket 0 to take out: it is taken first in, first out. */
  private int head0;
  /** The label last taken out. */
  private int top;
  /** How many labels the last run settled. */
  int settled;

  SourceRun(PathGraph g) {
    this.g = g;
    this.bfs = g.unit;
    int n = g.n;
    dist = new double[n];
    Arrays.fill(dist, INF);
    done = new long[(n + 63) >>> 6];
    st = new double[4 * n];
    order = new int[n];
    pool = new int[2 * (n + 1)];
    for (int b = 0; b < 65; b++) {
      bucketItem[b] = new int[bfs ? 0 : 16];
      bucketKey[b] = new long[bfs ? 0 : 16];
    }
  }

  /**
   * Shortest paths from label s: distances, σ, predecessors and the settling order; with sums, adds
   * each settled label's distance to its sum (see {@link #takeSums}).
   *
   * @return the sum of the distances, in settling order
   */
  double search(int s, boolean sums) {
    poolSize = 1;
    return bfs ? bfs(s, sums) : dijkstra(s, sums);
  }

  /** Adds predecessor u to label v's list (4v in st): a fresh list when fresh. */
  private void pred(int bv, int u, boolean fresh) {
    int e = poolSize++;
    if (2 * e + 1 >= pool.length) {
      pool = Arrays.copyOf(pool, 2 * pool.length);
    }
    pool[2 * e] = u;
    pool[2 * e + 1] = fresh ? 0 : (int) st[bv + HEAD];
    st[bv + HEAD] = e;
  }

  private double bfs(int s, boolean sums) {
    final int[] off = g.off;
    final int[] adj = g.adj;
    final double[] dist = this.dist;
    final double[] st = this.st;
    final int[] order = this.order;
    int head = 0;
    int tail = 0;
    double total = 0;
    dist[s] = 0;
    st[4 * s + SIGMA] = 1;
    order[tail++] = s;
    while (head < tail) {
      int u = order[head++];
      int bu = 4 * u;
      double du0 = dist[u];
      total += du0;
      if (sums) {
        st[bu + SUM] += du0;
      }
      double du = du0 + 1;
      double su = st[bu + SIGMA];
      for (int k = off[u], e = off[u + 1]; k < e; k++) {
        int v = adj[k];
        double dv = dist[v];
        if (dv == INF) {
          dist[v] = du;
          st[4 * v + SIGMA] = su;
          pred(4 * v, u, true);
          order[tail++] = v;
        } else if (dv == du) {
          st[4 * v + SIGMA] += su;
          pred(4 * v, u, false);
        }
      }
    }
    settled = tail;
    return total;
  }

  private double dijkstra(int s, boolean sums) {
    final int[] off = g.off;
    final double[] arcs = g.arcs;
    final double[] dist = this.dist;
    final long[] done = this.done;
    final double[] st = this.st;
    final int[] order = this.order;
    final double tie = Centrality.TIE;
    int count = 0;
    double total = 0;
    dist[s] = 0;
    st[4 * s + SIGMA] = 1;
    last = 0;
    int size = push(s, 0, 0);
    while (size > 0) {
      size = pop(size);
      int u = top;
      if ((done[u >>> 6] & (1L << u)) != 0) {
        continue; // a stale entry: u was settled from a shorter push
      }
      done[u >>> 6] |= 1L << u;
      double du = Double.longBitsToDouble(last);
      int bu = 4 * u;
      order[count++] = u;
      total += du;
      if (sums) {
        st[bu + SUM] += du;
      }
      double su = st[bu + SIGMA];
      for (int k = 2 * off[u], e = 2 * off[u + 1]; k < e; k += 2) {
        int v = (int) arcs[k];
        if ((done[v >>> 6] & (1L << v)) != 0) {
          continue; // settled
        }
        double dv = dist[v];
        double d = du + arcs[k + 1];
        if (d == INF) {
          continue; // a link of weight 0 costs infinitely much: no path goes through it
        }
        int bv = 4 * v;
        if (dv == INF) { // first reached
          dist[v] = d;
          st[bv + SIGMA] = su;
          pred(bv, u, true);
          size = push(v, d, size);
        } else if (Math.abs(d - dv) <= tie * Math.max(d, dv)) { // an equal path
          st[bv + SIGMA] += su;
          pred(bv, u, false);
        } else if (d < dv) { // a shorter path
          dist[v] = d;
          st[bv + SIGMA] = su;
          pred(bv, u, true);
          size = push(v, d, size);
        }
      }
    }
    settled = count;
    return total;
  }

  /** Pushes label x with key k (at least the last key taken out); @return the new number of entries */
  private int push(int x, double k, int size) {
    long kb = Double.doubleToRawLongBits(k);
    add(64 - Long.numberOfLeadingZeros(kb ^ last), x, kb);
    return size + 1;
  }

  private void add(int b, int x, long kb) {
    int n = bucketSize[b];
    if (n == bucketItem[b].length) {
      bucketItem[b] = Arrays.copyOf(bucketItem[b], Math.max(16, 2 * n));
      bucketKey[b] = Arrays.copyOf(bucketKey[b], Math.max(16, 2 * n));
    }
    bucketItem[b][n] = x;
    bucketKey[b][n] = kb;
    bucketSize[b] = n + 1;
  }

  /**
   * Takes out an entry of the smallest key into {@link #top} and {@link #last}: when bucket 0 (the
   * entries whose key is the last key) is empty, the lowest non-empty bucket's smallest key becomes
   * the last key and its entries move to lower buckets.
   *
   * @return the new number of entries
   */
  private int pop(int size) {
    if (head0 == bucketSize[0]) {
      head0 = 0;
      bucketSize[0] = 0;
      int b = 1;
      while (bucketSize[b] == 0) {
        b++;
      }
      int n = bucketSize[b];
      long[] ks = bucketKey[b];
      int[] xs = bucketItem[b];
      long m = ks[0];
      for (int i = 1; i < n; i++) {
        m = Math.min(m, ks[i]);
      }
      last = m;
      for (int i = 0; i < n; i++) {
        long kb = ks[i];
        add(64 - Long.numberOfLeadingZeros(kb ^ m), xs[i], kb);
      }
      bucketSize[b] = 0;
    }
    top = bucketItem[0][head0++];
    return size - 1;
  }

  /**
   * Brandes' dependency accumulation of the last run from s: adds δ(w) × scale to
   * {@code bc[w - base]} for every settled w other than s, in reverse settling order; clears each
   * label's state once done with it, so it also does what {@link #reset} does.
   */
  void accumulate(int s, double[] bc, int base, double scale) {
    final double[] dist = this.dist;
    final long[] done = this.done;
    final double[] st = this.st;
    final int[] order = this.order;
    final int[] pool = this.pool;
    for (int i = settled - 1; i >= 0; i--) {
      int w = order[i];
      int bw = 4 * w;
      double sw = st[bw + SIGMA];
      double deltaW = st[bw + DELTA];
      double dw = 1 + deltaW;
      // Each predecessor gets one term from w, so the list's order does not change any sum.
      for (int e = (int) st[bw + HEAD]; e != 0; e = pool[2 * e + 1]) {
        int bv = 4 * pool[2 * e];
        st[bv + DELTA] += st[bv + SIGMA] / sw * dw;
      }
      if (w != s) {
        bc[w - base] += deltaW * scale;
      }
      // Every successor of w came later and is done; nothing reads w's state again.
      dist[w] = INF;
      done[w >>> 6] &= ~(1L << w);
      st[bw + SIGMA] = 0;
      st[bw + DELTA] = 0;
      st[bw + HEAD] = 0;
    }
    settled = 0;
  }

  /** Clears what the last run touched (nothing after {@link #accumulate}); keeps the distance sums. */
  void reset() {
    for (int i = 0; i < settled; i++) {
      int v = order[i];
      dist[v] = INF;
      done[v >>> 6] &= ~(1L << v);
      st[4 * v + SIGMA] = 0;
      st[4 * v + DELTA] = 0;
      st[4 * v + HEAD] = 0;
    }
    settled = 0;
  }

  /**
   * Adds the distance sums of labels {@code [lo, lo + size)} to d and clears them: each is the sum,
   * in run order, of that label's distances from the sources run with sums since the last call.
   */
  void takeSums(double[] d, int lo, int size) {
    for (int i = 0; i < size; i++) {
      int b = 4 * (lo + i) + SUM;
      d[i] += st[b];
      st[b] = 0;
    }
  }
}
