package org.vcanalytics.network;

import java.util.Arrays;

/**
 * One thread's single-source shortest-path runs on a {@link PathGraph}, reusing its work arrays
 * across sources: breadth first when every cost is 1, otherwise Dijkstra with an indexed binary heap
 * of primitive arrays (decrease-key; int items and their double keys side by side, no boxing). Counts shortest paths
 * (σ), keeps predecessors in the arc slots of each row, and accumulates Brandes' dependencies
 * (Brandes 2001). Path costs equal within a relative {@link Centrality#TIE} count as equal, as in
 * {@link Centrality}. Each run is O(m + n log n) weighted, O(m + n) unweighted. Not thread-safe: one
 * per thread.
 */
final class SourceRun {
  private static final int SETTLED = -2;

  private final PathGraph g;
  private final boolean bfs;
  final double[] dist;
  private final double[] sigma;
  private final double[] delta;
  /** Settled labels, in the order they were settled. */
  final int[] order;
  private final int[] preds;
  private final int[] predCount;
  private final int[] heap;
  /** The key of each heap slot (the distance of its label), kept beside it so sifting reads memory in order. */
  private final double[] key;
  private final int[] pos;
  /** How many labels the last run settled. */
  int settled;

  SourceRun(PathGraph g) {
    this.g = g;
    this.bfs = g.unit;
    int n = g.n;
    dist = new double[n];
    sigma = new double[n];
    delta = new double[n];
    order = new int[n];
    preds = new int[g.adj.length];
    predCount = new int[n];
    heap = bfs ? new int[0] : new int[n];
    key = bfs ? new double[0] : new double[n];
    pos = new int[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(pos, -1);
  }

  /** Shortest paths from label s: fills dist, σ, predecessors and {@link #order}. */
  void search(int s) {
    if (bfs) {
      bfs(s);
    } else {
      dijkstra(s);
    }
  }

  private void bfs(int s) {
    final int[] off = g.off;
    final int[] adj = g.adj;
    int head = 0;
    int tail = 0;
    dist[s] = 0;
    sigma[s] = 1;
    order[tail++] = s;
    while (head < tail) {
      int u = order[head++];
      double du = dist[u] + 1;
      double su = sigma[u];
      for (int k = off[u], e = off[u + 1]; k < e; k++) {
        int v = adj[k];
        double dv = dist[v];
        if (dv == Double.POSITIVE_INFINITY) {
          dist[v] = du;
          order[tail++] = v;
          sigma[v] = su;
          preds[off[v]] = u;
          predCount[v] = 1;
        } else if (dv == du) {
          sigma[v] += su;
          preds[off[v] + predCount[v]++] = u;
        }
      }
    }
    settled = tail;
  }

  private void dijkstra(int s) {
    final int[] off = g.off;
    final int[] adj = g.adj;
    final double[] cost = g.cost;
    final double tie = Centrality.TIE;
    int count = 0;
    int size = 0;
    dist[s] = 0;
    sigma[s] = 1;
    heap[size] = s;
    key[size++] = 0;
    pos[s] = 0;
    while (size > 0) {
      int u = heap[0];
      size--;
      if (size > 0) {
        siftDown(heap[size], key[size], size);
      }
      pos[u] = SETTLED;
      order[count++] = u;
      double du = dist[u];
      double su = sigma[u];
      for (int k = off[u], e = off[u + 1]; k < e; k++) {
        int v = adj[k];
        int pv = pos[v];
        if (pv == SETTLED) {
          continue;
        }
        double d = du + cost[k];
        double dv = dist[v];
        if (pv < 0) { // first reached
          dist[v] = d;
          sigma[v] = su;
          preds[off[v]] = u;
          predCount[v] = 1;
          siftUp(v, d, size++);
        } else if (Math.abs(d - dv) <= tie * Math.max(d, dv)) { // an equal path
          sigma[v] += su;
          preds[off[v] + predCount[v]++] = u;
        } else if (d < dv) { // a shorter path
          dist[v] = d;
          sigma[v] = su;
          preds[off[v]] = u;
          predCount[v] = 1;
          siftUp(v, d, pv);
        }
      }
    }
    settled = count;
  }

  /** Moves label x with key k up from slot i. */
  private void siftUp(int x, double k, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      double pk = key[parent];
      if (pk <= k) {
        break;
      }
      int p = heap[parent];
      heap[i] = p;
      key[i] = pk;
      pos[p] = i;
      i = parent;
    }
    heap[i] = x;
    key[i] = k;
    pos[x] = i;
  }

  /** Puts label x with key k at the root of a heap of size slots and moves it down. */
  private void siftDown(int x, double k, int size) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      double ck = key[c];
      int r = c + 1;
      if (r < size && key[r] < ck) {
        c = r;
        ck = key[r];
      }
      if (k <= ck) {
        break;
      }
      int child = heap[c];
      heap[i] = child;
      key[i] = ck;
      pos[child] = i;
      i = c;
    }
    heap[i] = x;
    key[i] = k;
    pos[x] = i;
  }

  /**
   * Brandes' dependency accumulation of the last run from s: adds δ(w) × scale to
   * {@code bc[w - base]} for every settled w other than s, in reverse settling order.
   */
  void accumulate(int s, double[] bc, int base, double scale) {
    final int[] off = g.off;
    for (int i = settled - 1; i >= 0; i--) {
      int w = order[i];
      double sw = sigma[w];
      double dw = 1 + delta[w];
      for (int p = off[w], e = off[w] + predCount[w]; p < e; p++) {
        int v = preds[p];
        delta[v] += sigma[v] / sw * dw;
      }
      if (w != s) {
        bc[w - base] += delta[w] * scale;
      }
    }
  }

  /** @return the sum of the distances of the last run, in settling order */
  double totalDistance() {
    double total = 0;
    for (int i = 0; i < settled; i++) {
      total += dist[order[i]];
    }
    return total;
  }

  /** Clears what the last run touched. */
  void reset() {
    for (int i = 0; i < settled; i++) {
      int v = order[i];
      dist[v] = Double.POSITIVE_INFINITY;
      sigma[v] = 0;
      delta[v] = 0;
      predCount[v] = 0;
      pos[v] = -1;
    }
    settled = 0;
  }
}
