package org.vcanalytics.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Betweenness and closeness of every person from single-source runs ({@link SourceRun}), in
 * parallel over sources and deterministic: the same bits whatever the thread count.
 *
 * <p>Per component, exact up to the node limit, otherwise from a seeded sample of sources (the draw
 * of {@link Centrality}: a partial Fisher–Yates shuffle of the component's people with {@code
 * new Random(seed ^ first person index)}), scaled by component size / samples (Brandes and Pich
 * 2007). The sources of a component are cut into blocks of {@link #BLOCK} in source order — a cut that
 * does not depend on the thread count. Each block is one task that adds its sources' dependencies, in
 * source order, into an array of its own; the caller adds the block arrays into the result in block
 * order. Components of at most {@link #BLOCK} people, computed exactly, are grouped into tasks that
 * write their own people's results directly. Every floating-point sum is therefore done in one fixed
 * order. Closeness comes from the same runs: exactly, from each source's total distance; in a sampled
 * component, estimated from the sampled sources' distances (Eppstein and Wang 2004): the total
 * distance of v is size / samples × Σ over sampled s of d(s, v).
 */
final class PathMeasures {
  /** Sources per task. */
  static final int BLOCK = 256;

  /** The results, by person index. */
  record Result(double[] betweenness, double[] closeness, boolean exact, int sampledComponents, int samples) {}

  private PathMeasures() {}

  /** One task: sources {@code [from, to)} of {@code sources}, or a run of small components. */
  private record Task(int component, int[] sources, int from, int to, int lastComponent, boolean block) {}

  /**
   * @param g the relabelled network
   * @param betweenness whether to compute betweenness (closeness is always computed)
   * @param nodeLimit components larger than this are sampled
   * @param samples sources per sampled component
   * @param seed the seed of the sample
   * @param threads the number of tasks run at once (1: all in the calling thread)
   * @param executor runs the tasks when threads &gt; 1; null for a pool of its own
   * @return the results by person index
   */
  static Result compute(
      PathGraph g, boolean betweenness, int nodeLimit, int samples, long seed, int threads, Executor executor) {
    int n = g.n;
    double[] bc = new double[n]; // by label
    double[] close = new double[n]; // by label: closeness, or (sampled) the sum of sampled distances
    List<Task> tasks = new ArrayList<>();
    int sampled = 0;
    int comps = g.components();
    int c = 0;
    while (c < comps && g.size(c) > 1) {
      int size = g.size(c);
      if (!sampled(size, nodeLimit) && size <= BLOCK) {
        int last = c;
        int sources = size;
        while (last + 1 < comps && g.size(last + 1) > 1 && sources < BLOCK) {
          sources += g.size(++last);
        }
        tasks.add(new Task(c, null, 0, 0, last, false));
        c = last + 1;
        continue;
      }
      int[] src;
      if (!sampled(size, nodeLimit)) {
        src = new int[size];
        for (int i = 0; i < size; i++) {
          src[i] = g.first[c] + i;
        }
      } else {
        sampled++;
        src = sample(g, c, samples, seed);
      }
      for (int i = 0; i < src.length; i += BLOCK) {
        tasks.add(new Task(c, src, i, Math.min(src.length, i + BLOCK), c, true));
      }
      c++;
    }
    Work work = new Work(g, betweenness, nodeLimit, bc, close);
    if (threads <= 1 || tasks.size() <= 1) {
      for (Task t : tasks) {
        work.merge(t, work.run(t));
      }
    } else {
      ExecutorService own = executor == null ? Executors.newFixedThreadPool(threads, daemons()) : null;
      Executor ex = executor == null ? own : executor;
      try {
        // A sliding window of tasks in flight; results merged strictly in task order.
        int window = 2 * threads;
        List<CompletableFuture<double[][]>> futures = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
          futures.add(null);
        }
        int submitted = 0;
        for (int i = 0; i < tasks.size(); i++) {
          while (submitted < tasks.size() && submitted < i + window) {
            Task t = tasks.get(submitted);
            futures.set(submitted++, CompletableFuture.supplyAsync(() -> work.run(t), ex));
          }
          double[][] r;
          try {
            r = futures.get(i).join();
          } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
              throw re;
            }
            if (e.getCause() instanceof Error err) {
              throw err;
            }
            throw e;
          }
          futures.set(i, null);
          work.merge(tasks.get(i), r);
        }
      } finally {
        if (own != null) {
          own.shutdownNow();
        }
      }
    }
    // Back to person order: halve betweenness (each unordered pair was counted from both ends) and
    // turn the sampled components' distance sums into closeness.
    double[] outB = new double[n];
    double[] outC = new double[n];
    for (int comp = 0; comp < comps; comp++) {
      int size = g.size(comp);
      boolean est = sampled(size, nodeLimit);
      int drawn = Math.min(samples, size);
      for (int v = g.first[comp]; v < g.first[comp + 1]; v++) {
        int i = g.person[v];
        outB[i] = bc[v] / 2;
        outC[i] = est ? closeness(close[v] * size / drawn, size, n) : close[v];
      }
    }
    return new Result(outB, outC, sampled == 0, sampled, sampled == 0 ? 0 : samples);
  }

  /** Whether a component is estimated from a sample (one of 1 or 2 people has no betweenness to estimate). */
  static boolean sampled(int size, int nodeLimit) {
    return size > nodeLimit && size >= 3;
  }

  /** networkx's closeness (Wasserman and Faust) of someone reaching r people at total cost d. */
  static double closeness(double d, int r, int n) {
    return d > 0 && n > 1 ? ((r - 1) / d) * ((r - 1.0) / (n - 1)) : 0;
  }

  /** Centrality's draw: k distinct sources by a partial Fisher–Yates shuffle, as labels. */
  private static int[] sample(PathGraph g, int c, int samples, long seed) {
    int size = g.size(c);
    int[] pool = g.membersInPersonOrder(c); // as Structure.members lists them
    Random r = new Random(seed ^ g.person[pool[0]]);
    int k = Math.min(samples, size);
    for (int i = 0; i < k; i++) {
      int j = i + r.nextInt(size - i);
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    return java.util.Arrays.copyOf(pool, k);
  }

  private static ThreadFactory daemons() {
    return r -> {
      Thread t = new Thread(r, "vc-network-paths");
      t.setDaemon(true);
      return t;
    };
  }

  /** The shared state of one computation: results by label, and pools of work arrays. */
  private static final class Work {
    private final PathGraph g;
    private final boolean betweenness;
    private final int nodeLimit;
    private final double[] bc;
    private final double[] close;
    private final ConcurrentLinkedDeque<SourceRun> runs = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<double[][]> blocks = new ConcurrentLinkedDeque<>();

    Work(PathGraph g, boolean betweenness, int nodeLimit, double[] bc, double[] close) {
      this.g = g;
      this.betweenness = betweenness;
      this.nodeLimit = nodeLimit;
      this.bc = bc;
      this.close = close;
    }

    /** Runs a task; a block task returns its arrays {betweenness, distance sums} by label − first. */
    double[][] run(Task t) {
      SourceRun run = runs.poll();
      if (run == null) {
        run = new SourceRun(g);
      }
      try {
        return t.block() ? block(run, t) : small(run, t);
      } finally {
        runs.push(run);
      }
    }

    private double[][] small(SourceRun run, Task t) {
      for (int c = t.component(); c <= t.lastComponent(); c++) {
        int lo = g.first[c];
        int size = g.size(c);
        for (int s = lo; s < lo + size; s++) {
          double total = run.search(s, false);
          int reached = run.settled;
          if (betweenness) {
            run.accumulate(s, bc, 0, 1.0);
          }
          close[s] = closeness(total, reached, g.n);
          run.reset();
        }
      }
      return null;
    }

    private double[][] block(SourceRun run, Task t) {
      int c = t.component();
      int lo = g.first[c];
      int size = g.size(c);
      boolean exact = !sampled(size, nodeLimit);
      double scale = exact ? 1.0 : (double) size / t.sources().length;
      double[][] a = blocks.poll();
      if (a == null || a[0].length < size) {
        a = new double[][] {new double[size], new double[size]};
      }
      double[] b = a[0];
      double[] d = a[1];
      for (int i = t.from(); i < t.to(); i++) {
        int s = t.sources()[i];
        double total = run.search(s, !exact); // sampled: each label's distances summed in the run
        int reached = run.settled;
        if (betweenness) {
          run.accumulate(s, b, lo, scale);
        }
        if (exact) {
          close[s] = closeness(total, reached, g.n);
        }
        run.reset();
      }
      if (!exact) {
        run.takeSums(d, lo, size);
      }
      return a;
    }

    /** Adds a block task's arrays into the results (called in task order), then recycles them. */
    void merge(Task t, double[][] a) {
      if (a == null) {
        return;
      }
      int c = t.component();
      int lo = g.first[c];
      int size = g.size(c);
      double[] b = a[0];
      double[] d = a[1];
      boolean exact = !sampled(size, nodeLimit);
      for (int i = 0; i < size; i++) {
        bc[lo + i] += b[i];
        b[i] = 0;
        if (!exact) {
          close[lo + i] += d[i];
          d[i] = 0;
        }
      }
      blocks.push(a);
    }
  }
}
