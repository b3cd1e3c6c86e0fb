package org.vcanalytics.network;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;

/** The original, straightforward Brandes implementation (before the fast path code): a reference for tests. */
final class ReferenceCentrality {
  private ReferenceCentrality() {}

  static final double TIE = Centrality.TIE;

  static Centrality.Betweenness betweenness(PersonNetwork net, Centrality.BetweennessOptions options) {
    int n = net.size();
    double[] bc = new double[n];
    int[] comp = Structure.componentIndex(net);
    int comps = Arrays.stream(comp).max().orElse(-1) + 1;
    int[][] members = Structure.members(comp, comps);
    Brandes b = new Brandes(net, options.weighted());
    int sampled = 0;
    for (int[] m : members) {
      if (m.length < 3) {
        continue;
      }
      if (m.length <= options.nodeLimit()) {
        for (int s : m) {
          b.from(s, bc, 1.0);
        }
      } else {
        sampled++;
        int[] pool = m.clone();
        Random r = new Random(options.seed() ^ pool[0]);
        int k = Math.min(options.samples(), pool.length);
        for (int i = 0; i < k; i++) { // partial Fisher–Yates: k distinct sources
          int j = i + r.nextInt(pool.length - i);
          int t = pool[i];
          pool[i] = pool[j];
          pool[j] = t;
        }
        double scale = (double) pool.length / k;
        for (int i = 0; i < k; i++) {
          b.from(pool[i], bc, scale);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      bc[i] /= 2; // each unordered pair was counted from both ends
    }
    return new Centrality.Betweenness(new Scores(net, bc), sampled == 0, sampled);
  }

  static Scores closeness(PersonNetwork net, boolean weighted) {
    int n = net.size();
    double[] c = new double[n];
    Brandes b = new Brandes(net, weighted);
    for (int s = 0; s < n; s++) {
      double[] reach = b.distances(s);
      double total = reach[0];
      double r = reach[1];
      c[s] = total > 0 && n > 1 ? ((r - 1) / total) * ((r - 1) / (n - 1)) : 0;
    }
    return new Scores(net, c);
  }

  /** One Brandes single-source pass, reusing its arrays across sources. */
  private static final class Brandes {
    private final PersonNetwork net;
    private final boolean weighted;
    private final double[] dist;
    private final double[] sigma;
    private final double[] delta;
    private final int[] order;
    private final int[][] preds;
    private final int[] predCount;
    private final boolean[] done;

    Brandes(PersonNetwork net, boolean weighted) {
      this.net = net;
      this.weighted = weighted;
      int n = net.size();
      dist = new double[n];
      sigma = new double[n];
      delta = new double[n];
      order = new int[n];
      preds = new int[n][];
      predCount = new int[n];
      done = new boolean[n];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    private double cost(int k) {
      return weighted ? 1.0 / net.weight(k) : 1.0;
    }

    private static boolean equal(double a, double b) {
      return Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Shortest paths from s; returns how many nodes were settled (in {@link #order}). */
    private int search(int s) {
      int settled = 0;
      dist[s] = 0;
      sigma[s] = 1;
      if (!weighted) {
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(s);
        while (!q.isEmpty()) {
          int u = q.poll();
          order[settled++] = u;
          for (int k = net.start(u); k < net.end(u); k++) {
            int v = net.neighbour(k);
            if (dist[v] == Double.POSITIVE_INFINITY) {
              dist[v] = dist[u] + 1;
              q.add(v);
            }
            if (dist[v] == dist[u] + 1) {
              sigma[v] += sigma[u];
              addPred(v, u);
            }
          }
        }
        return settled;
      }
      PriorityQueue<double[]> pq = new PriorityQueue<>((x, y) -> {
        int c = Double.compare(x[0], y[0]);
        return c != 0 ? c : Double.compare(x[1], y[1]);
      });
      pq.add(new double[] {0, s});
      while (!pq.isEmpty()) {
        double[] top = pq.poll();
        int u = (int) top[1];
        if (done[u] || top[0] > dist[u]) {
          continue;
        }
        done[u] = true;
        order[settled++] = u;
        for (int k = net.start(u); k < net.end(u); k++) {
          int v = net.neighbour(k);
          if (done[v]) {
            continue;
          }
          double d = dist[u] + cost(k);
          if (dist[v] == Double.POSITIVE_INFINITY || (d < dist[v] && !equal(d, dist[v]))) {
            dist[v] = d;
            sigma[v] = sigma[u];
            predCount[v] = 0;
            addPred(v, u);
            pq.add(new double[] {d, v});
          } else if (equal(d, dist[v])) {
            sigma[v] += sigma[u];
            addPred(v, u);
          }
        }
      }
      return settled;
    }

    private void addPred(int v, int u) {
      if (preds[v] == null) {
        preds[v] = new int[4];
      } else if (predCount[v] == preds[v].length) {
        preds[v] = Arrays.copyOf(preds[v], predCount[v] * 2);
      }
      preds[v][predCount[v]++] = u;
    }

    private void reset(int settled) {
      for (int i = 0; i < settled; i++) {
        int v = order[i];
        dist[v] = Double.POSITIVE_INFINITY;
        sigma[v] = 0;
        delta[v] = 0;
        predCount[v] = 0;
        done[v] = false;
      }
    }

    /** Adds the dependencies of source s, times scale, to bc. */
    void from(int s, double[] bc, double scale) {
      int settled = search(s);
      for (int i = settled - 1; i >= 0; i--) {
        int w = order[i];
        for (int p = 0; p < predCount[w]; p++) {
          int v = preds[w][p];
          delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
        }
        if (w != s) {
          bc[w] += delta[w] * scale;
        }
      }
      reset(settled);
    }

    /** @return {total distance to reachable people, number reachable including s} */
    double[] distances(int s) {
      int settled = search(s);
      double total = 0;
      for (int i = 0; i < settled; i++) {
        total += dist[order[i]];
      }
      reset(settled);
      return new double[] {total, settled};
    }
  }
}
