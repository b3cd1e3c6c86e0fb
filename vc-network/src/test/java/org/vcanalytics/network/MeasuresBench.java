package org.vcanalytics.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.core.load.VcPackage;

/**
 * Measurements of the path measures for docs/network.md ("Per-person measures and sampling error");
 * not a test. Run with the test classpath (see the docs for the commands):
 *
 * <pre>
 * edges  PKG AS_OF OUT            the network's links as "i j weight" lines (person indices), for igraph
 * exact  PKG AS_OF THREADS RUNS   exact weighted betweenness of the whole network, timed
 * sample PKG AS_OF PEOPLE THREADS RUNS [SOURCES]
 *                                 a connected sub-network of PEOPLE people (breadth first from the
 *                                 best-linked person of the largest component), sampled from SOURCES
 *                                 sources (default 2,000), timed; with -Dscores=FILE the betweenness of
 *                                 the last run is written there, one value a line in hex bits; with
 *                                 -Dall=true NetworkMeasures.of is timed too
 * ball   PKG AS_OF PEOPLE OUT      writes sample's sub-network of PEOPLE people to OUT (its people, a
 *                                 line each, a blank line, then "a b weight" links); OUT in place of
 *                                 PKG (AS_OF then ignored) reads that network back, and sample then
 *                                 measures it whole
 * error  PKG AS_OF [PEOPLE_CSV [THREADS]]
 *                                 exact against sampled (2,000 sources, seeds 1-3) betweenness on the
 *                                 largest component, whatever its size; with PEOPLE_CSV (the people.csv
 *                                 of a vc analyse of the same package and date) the largest component
 *                                 of the sub-network vc analyse measures: the people with a category
 *                                 other than NONE and the links among them; exact on THREADS threads
 *                                 (default every core)
 * </pre>
 */
final class MeasuresBench {
  private MeasuresBench() {}

  public static void main(String[] a) throws IOException {
    long t0 = System.nanoTime();
    Path in = Path.of(a[1]);
    PersonNetwork net = Files.isRegularFile(in) ? read(in) : load(in, LocalDate.parse(a[2]));
    System.out.printf(Locale.ROOT, "network: %d people, %d links (%.1f s)%n",
        net.size(), net.links().size(), (System.nanoTime() - t0) / 1e9);
    switch (a[0]) {
      case "edges" -> edges(net, Path.of(a[3]));
      case "ball" -> write(ball(net, Integer.parseInt(a[3])), Path.of(a[4]));
      case "exact" -> exact(net, Integer.parseInt(a[3]), Integer.parseInt(a[4]));
      case "sample" -> sample(net, Integer.parseInt(a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]),
          a.length > 6 ? Integer.parseInt(a[6]) : MeasureOptions.DEFAULT_SAMPLES);
      case "error" -> error(a.length > 3 ? inACategory(net, Path.of(a[3])) : net,
          a.length > 4 ? Integer.parseInt(a[4]) : Runtime.getRuntime().availableProcessors());
      default -> throw new IllegalArgumentException(a[0]);
    }
  }

  /** @return the process's CPU time in ns (all threads, GC included) */
  static long cpu() {
    try { // utime + stime of /proc/self/stat, in clock ticks of 10 ms
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static PersonNetwork load(Path dir, LocalDate asOf) {
    VcDataset data = VcPackage.load(dir).dataset();
    return PersonNetwork.build(data, VcClassifier.classify(data, asOf), NetworkOptions.defaults());
  }

  static void write(PersonNetwork net, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (String p : net.people()) {
        w.write(p + "\n");
      }
      w.write("\n");
      for (Link l : net.links()) {
        w.write(l.personA() + " " + l.personB() + " " + l.weight() + "\n");
      }
    }
  }

  /** Reads what {@link #write} wrote: the same people and links, in the same order. */
  static PersonNetwork read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int blank = lines.indexOf("");
    List<Link> links = new ArrayList<>();
    for (String line : lines.subList(blank + 1, lines.size())) {
      String[] f = line.split(" ");
      links.add(new Link(f[0], f[1], Double.parseDouble(f[2]), List.of()));
    }
    return PersonNetwork.of(lines.subList(0, blank), links);
  }

  static void edges(PersonNetwork net, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      w.write(net.size() + " " + net.links().size() + "\n");
      for (Link l : net.links()) {
        w.write(net.indexOf(l.personA()) + " " + net.indexOf(l.personB()) + " " + l.weight() + "\n");
      }
    }
  }

  static void exact(PersonNetwork net, int threads, int runs) throws IOException {
    double[] times = new double[runs];
    PathMeasures.Result r = null;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      long c = cpu();
      r = PathMeasures.compute(new PathGraph(net, true), true, Integer.MAX_VALUE, 1, 1, threads, null);
      times[i] = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "exact betweenness, %d threads: %.2f s (cpu %.2f s)%n", threads, times[i],
          (cpu() - c) / 1e9);
    }
    Arrays.sort(times);
    System.out.printf(Locale.ROOT, "median %.2f s over %d runs%n", times[runs / 2], runs);
    Path out = Path.of(System.getProperty("scores", "/tmp/meas/java-bc.txt"));
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (double b : r.betweenness()) {
        w.write(Double.toString(b));
        w.write('\n');
      }
    }
  }

  /** A connected sub-network: breadth first from the best-linked person of the largest component. */
  static PersonNetwork ball(PersonNetwork net, int people) {
    PathGraph g = new PathGraph(net, true);
    int best = -1;
    for (int v = g.first[0]; v < g.first[1]; v++) {
      int i = g.person[v];
      if (best < 0 || net.end(i) - net.start(i) > net.end(best) - net.start(best)) {
        best = i;
      }
    }
    boolean[] seen = new boolean[net.size()];
    ArrayDeque<Integer> q = new ArrayDeque<>(List.of(best));
    seen[best] = true;
    Set<String> kept = new HashSet<>();
    while (!q.isEmpty() && kept.size() < people) {
      int u = q.poll();
      kept.add(net.people().get(u));
      for (int k = net.start(u); k < net.end(u); k++) {
        int v = net.neighbour(k);
        if (!seen[v]) {
          seen[v] = true;
          q.add(v);
        }
      }
    }
    SubNetwork s = net.around(new TreeSet<>(kept));
    return PersonNetwork.of(s.people(), s.links());
  }

  /**
   * The sub-network vc analyse measures (Pipeline.measures): the people whose category in a vc
   * analyse people.csv is not NONE, and the links among them. Reads the first two fields of each line
   * (an id and a category never hold a comma; that file has one line a person).
   */
  static PersonNetwork inACategory(PersonNetwork net, Path peopleCsv) throws IOException {
    List<String> lines = Files.readAllLines(peopleCsv);
    if (!lines.get(0).startsWith("person_id,category,")) {
      throw new IllegalArgumentException("not a vc analyse people.csv: " + peopleCsv);
    }
    Set<String> in = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 3);
      if (!f[1].equals("NONE") && net.indexOf(f[0]) >= 0) {
        in.add(f[0]);
      }
    }
    SubNetwork s = net.around(in);
    PersonNetwork sub = PersonNetwork.of(s.people(), s.links());
    System.out.printf(Locale.ROOT, "people in a category: %d; their sub-network: %d people, %d links%n",
        in.size(), sub.size(), sub.links().size());
    return sub;
  }

  static void sample(PersonNetwork net, int people, int threads, int runs, int sources) throws IOException {
    PersonNetwork sub = people < net.size() ? ball(net, people) : net;
    PathGraph g0 = new PathGraph(sub, true);
    System.out.printf(Locale.ROOT, "sub-network: %d people, %d links, largest component %d%n",
        sub.size(), sub.links().size(), g0.size(0));
    double[] times = new double[runs];
    PathMeasures.Result r = null;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      long c = cpu();
      r = PathMeasures.compute(new PathGraph(sub, true), true,
          MeasureOptions.DEFAULT_NODE_LIMIT, sources, 1, threads, null);
      times[i] = (System.nanoTime() - t) / 1e9;
      double cpu = (cpu() - c) / 1e9;
      System.out.printf(Locale.ROOT,
          "sampled betweenness + closeness (%d sources, exact %b), %d threads: %.2f s (cpu %.2f s, %.4f cpu-s a source)%n",
          r.samples(), r.exact(), threads, times[i], cpu, cpu / r.samples());
    }
    Arrays.sort(times);
    System.out.printf(Locale.ROOT, "median %.2f s over %d runs%n", times[runs / 2], runs);
    String scores = System.getProperty("scores");
    if (scores != null) {
      try (BufferedWriter w = Files.newBufferedWriter(Path.of(scores))) {
        for (int i = 0; i < r.betweenness().length; i++) {
          w.write(Long.toHexString(Double.doubleToRawLongBits(r.betweenness()[i])) + " "
              + Long.toHexString(Double.doubleToRawLongBits(r.closeness()[i])) + "\n");
        }
      }
    }
    if (!Boolean.getBoolean("all")) {
      return;
    }
    long t = System.nanoTime();
    NetworkMeasures m = NetworkMeasures.of(sub, MeasureOptions.defaults().withThreads(threads));
    System.out.printf(Locale.ROOT, "NetworkMeasures.of (every measure): %.2f s, exact %b%n",
        (System.nanoTime() - t) / 1e9, m.exact());
  }

  static void error(PersonNetwork net, int threads) {
    PathGraph g0 = new PathGraph(net, true);
    List<String> largest = new ArrayList<>();
    for (int v = g0.first[0]; v < g0.first[1]; v++) {
      largest.add(net.people().get(g0.person[v]));
    }
    SubNetwork s = net.around(new TreeSet<>(largest));
    PersonNetwork sub = PersonNetwork.of(s.people(), s.links());
    System.out.printf(Locale.ROOT, "largest component: %d people, %d links%n", sub.size(), sub.links().size());
    long t = System.nanoTime();
    long c = cpu();
    double[] exact = PathMeasures.compute(new PathGraph(sub, true), true, Integer.MAX_VALUE, 1, 1,
        threads, null).betweenness();
    System.out.printf(Locale.ROOT, "exact, %d threads: %.1f s (cpu %.1f s)%n", threads, (System.nanoTime() - t) / 1e9,
        (cpu() - c) / 1e9);
    Integer[] byExact = top(exact, exact.length);
    for (long seed = 1; seed <= 3; seed++) {
      t = System.nanoTime();
      PathMeasures.Result r = PathMeasures.compute(new PathGraph(sub, true), true,
          0, MeasureOptions.DEFAULT_SAMPLES, seed, // node limit 0: sample even below the default limit
          threads, null);
      double secs = (System.nanoTime() - t) / 1e9;
      double[] est = r.betweenness();
      for (int k : new int[] {100, 20}) {
        Set<Integer> exactTop = new HashSet<>(Arrays.asList(byExact).subList(0, k));
        Set<Integer> estTop = new HashSet<>(Arrays.asList(top(est, k)));
        estTop.retainAll(exactTop);
        double[] x = new double[k];
        double[] y = new double[k];
        double[] rel = new double[k];
        for (int i = 0; i < k; i++) {
          x[i] = exact[byExact[i]];
          y[i] = est[byExact[i]];
          rel[i] = Math.abs(y[i] - x[i]) / x[i];
        }
        Arrays.sort(rel);
        System.out.printf(Locale.ROOT,
            "seed %d (%.1f s): top %d overlap %d, Spearman %.3f, Kendall tau-b %.3f, relative error median %.3f, 90th pct %.3f%n",
            seed, secs, k, estTop.size(), spearman(x, y), kendall(x, y), rel[k / 2 - 1] / 2 + rel[k / 2] / 2,
            rel[(int) Math.ceil(0.9 * k) - 1]);
      }
    }
  }

  /** Indices of the k highest values, highest first, ties by index. */
  static Integer[] top(double[] v, int k) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (p, q) -> v[p] != v[q] ? Double.compare(v[q], v[p]) : Integer.compare(p, q));
    return Arrays.copyOf(idx, k);
  }

  static double[] ranks(double[] v) {
    Integer[] idx = top(v, v.length);
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; ) {
      int j = i;
      while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[idx[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return r;
  }

  static double spearman(double[] x, double[] y) {
    double[] a = ranks(x);
    double[] b = ranks(y);
    double ma = Arrays.stream(a).average().orElse(0);
    double mb = Arrays.stream(b).average().orElse(0);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  static double kendall(double[] x, double[] y) {
    long c = 0;
    long d = 0;
    long tx = 0;
    long ty = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double p = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
        if (x[i] == x[j] && y[i] == y[j]) {
          continue;
        } else if (x[i] == x[j]) {
          tx++;
        } else if (y[i] == y[j]) {
          ty++;
        } else if (p > 0) {
          c++;
        } else {
          d++;
        }
      }
    }
    return (c - d) / Math.sqrt((double) (c + d + tx) * (c + d + ty));
  }
}
