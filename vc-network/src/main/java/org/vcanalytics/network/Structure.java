package org.vcanalytics.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** The shape of a {@link PersonNetwork}: components, communities, cores and triangles. */
public final class Structure {
  private Structure() {}

  /**
   * The connected components: groups of people joined by some path.
   *
   * @param net a network
   * @return the components, largest first (ties by their first person id), each in id order;
   *     unlinked people are components of one
   */
  public static List<List<String>> components(PersonNetwork net) {
    int[] comp = componentIndex(net);
    return groups(net, comp, Arrays.stream(comp).max().orElse(-1) + 1);
  }

  /** The people of each group number, largest group first (ties by first person id), each in id order. */
  private static List<List<String>> groups(PersonNetwork net, int[] groupOf, int count) {
    List<List<String>> out = new ArrayList<>();
    for (int[] m : members(groupOf, count)) {
      List<String> people = new ArrayList<>(m.length);
      for (int i : m) {
        people.add(net.people().get(i));
      }
      out.add(List.copyOf(people));
    }
    out.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(l -> l.get(0)));
    return List.copyOf(out);
  }

  /** Component number of each node, numbered in order of each component's first node. O(n + m). */
  static int[] componentIndex(PersonNetwork net) {
    int n = net.size();
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int c = 0;
    ArrayDeque<Integer> q = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (comp[s] >= 0) {
        continue;
      }
      comp[s] = c;
      q.add(s);
      while (!q.isEmpty()) {
        int u = q.poll();
        for (int k = net.start(u); k < net.end(u); k++) {
          int v = net.neighbour(k);
          if (comp[v] < 0) {
            comp[v] = c;
            q.add(v);
          }
        }
      }
      c++;
    }
    return comp;
  }

  static int[][] members(int[] comp, int comps) {
    int[] size = new int[comps];
    for (int c : comp) {
      size[c]++;
    }
    int[][] m = new int[comps][];
    for (int c = 0; c < comps; c++) {
      m[c] = new int[size[c]];
    }
    int[] fill = new int[comps];
    for (int i = 0; i < comp.length; i++) {
      m[comp[i]][fill[comp[i]]++] = i;
    }
    return m;
  }

  /**
   * Communities by weighted label propagation (Raghavan, Albert and Kumara 2007): every person
   * starts in a community of their own; in rounds, in an order shuffled with the seed, each takes the
   * community with the greatest total link weight among their neighbours (ties to the smallest
   * community number), until nothing changes or 100 rounds pass. Near-linear; the same seed gives the
   * same communities.
   *
   * @param net a network
   * @param seed the seed of the visiting order
   * @return the communities, largest first (ties by first person id), each in id order
   */
  public static List<List<String>> communities(PersonNetwork net, long seed) {
    int[] comp = communityIndex(net, seed);
    return groups(net, comp, Arrays.stream(comp).max().orElse(-1) + 1);
  }

  /** Community number of each node, numbered in order of each community's first node. */
  static int[] communityIndex(PersonNetwork net, long seed) {
    int n = net.size();
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    Integer[] visit = new Integer[n];
    for (int i = 0; i < n; i++) {
      visit[i] = i;
    }
    Random r = new Random(seed);
    double[] weightOf = new double[n];
    int[] touched = new int[n];
    for (int round = 0; round < 100; round++) {
      java.util.Collections.shuffle(Arrays.asList(visit), r);
      boolean changed = false;
      for (int u : visit) {
        int t = 0;
        for (int k = net.start(u); k < net.end(u); k++) {
          int l = label[net.neighbour(k)];
          if (weightOf[l] == 0) {
            touched[t++] = l;
          }
          weightOf[l] += net.weight(k);
        }
        int best = label[u];
        double bestWeight = -1;
        for (int i = 0; i < t; i++) {
          int l = touched[i];
          if (weightOf[l] > bestWeight || (weightOf[l] == bestWeight && l < best)) {
            best = l;
            bestWeight = weightOf[l];
          }
          weightOf[l] = 0;
        }
        if (t > 0 && best != label[u]) {
          label[u] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    int[] renumber = new int[n];
    Arrays.fill(renumber, -1);
    int c = 0;
    int[] comp = new int[n];
    for (int i = 0; i < n; i++) {
      if (renumber[label[i]] < 0) {
        renumber[label[i]] = c++;
      }
      comp[i] = renumber[label[i]];
    }
    return comp;
  }

  /**
   * The number of each person's group in the order {@link #groups} lists them: 1 for the largest,
   * ties by first person id.
   */
  static int[] groupNumbers(PersonNetwork net, int[] groupOf) {
    int count = Arrays.stream(groupOf).max().orElse(-1) + 1;
    int[] size = new int[count];
    int[] firstOf = new int[count];
    Arrays.fill(firstOf, -1);
    for (int i = 0; i < groupOf.length; i++) {
      size[groupOf[i]]++;
      if (firstOf[groupOf[i]] < 0) {
        firstOf[groupOf[i]] = i;
      }
    }
    Integer[] rank = new Integer[count];
    for (int g = 0; g < count; g++) {
      rank[g] = g;
    }
    List<String> ids = net.people();
    Arrays.sort(rank, (a, b) -> size[a] != size[b]
        ? Integer.compare(size[b], size[a])
        : ids.get(firstOf[a]).compareTo(ids.get(firstOf[b])));
    int[] number = new int[count];
    for (int r = 0; r < count; r++) {
      number[rank[r]] = r + 1;
    }
    int[] out = new int[groupOf.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = number[groupOf[i]];
    }
    return out;
  }

  /**
   * Coreness: the largest k such that the person is in the k-core, the largest group in which
   * everyone has at least k links to others in the group (Batagelj and Zaveršnik 2003, O(m)).
   *
   * @param net a network
   * @return each person's coreness
   */
  public static Scores coreness(PersonNetwork net) {
    int[] core = corenessIndex(net);
    double[] out = new double[core.length];
    for (int i = 0; i < core.length; i++) {
      out[i] = core[i];
    }
    return new Scores(net, out);
  }

  /** Each node's coreness. */
  static int[] corenessIndex(PersonNetwork net) {
    int n = net.size();
    int[] deg = new int[n];
    int max = 0;
    for (int i = 0; i < n; i++) {
      deg[i] = net.end(i) - net.start(i);
      max = Math.max(max, deg[i]);
    }
    int[] bin = new int[max + 1];
    for (int d : deg) {
      bin[d]++;
    }
    int start = 0;
    for (int d = 0; d <= max; d++) {
      int num = bin[d];
      bin[d] = start;
      start += num;
    }
    int[] vert = new int[n];
    int[] pos = new int[n];
    for (int v = 0; v < n; v++) {
      pos[v] = bin[deg[v]];
      vert[pos[v]] = v;
      bin[deg[v]]++;
    }
    for (int d = max; d > 0; d--) {
      bin[d] = bin[d - 1];
    }
    if (max >= 0 && bin.length > 0) {
      bin[0] = 0;
    }
    for (int i = 0; i < n; i++) {
      int v = vert[i];
      for (int k = net.start(v); k < net.end(v); k++) {
        int u = net.neighbour(k);
        if (deg[u] > deg[v]) {
          int du = deg[u];
          int pu = pos[u];
          int pw = bin[du];
          int w = vert[pw];
          if (u != w) {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
          }
          bin[du]++;
          deg[u]--;
        }
      }
    }
    return deg;
  }

  /**
   * The k-core.
   *
   * @param net a network
   * @param k the core number
   * @return the people whose coreness is at least k, in id order
   */
  public static Set<String> kCore(PersonNetwork net, int k) {
    TreeSet<String> out = new TreeSet<>();
    coreness(net).asMap().forEach((p, c) -> {
      if (c >= k) {
        out.add(p);
      }
    });
    return out;
  }

  /**
   * Triangles: for each person, the number of pairs of their neighbours who are linked to each
   * other. O(m × the largest degree) by merging sorted neighbour lists.
   *
   * @param net a network
   * @return each person's triangle count
   */
  public static Scores triangles(PersonNetwork net) {
    int n = net.size();
    double[] t = new double[n];
    for (int u = 0; u < n; u++) {
      for (int k = net.start(u); k < net.end(u); k++) {
        int v = net.neighbour(k);
        if (v <= u) {
          continue;
        }
        // Common neighbours w > v of u and v: each triangle u < v < w counted once.
        int i = net.start(u);
        int j = net.start(v);
        while (i < net.end(u) && j < net.end(v)) {
          int a = net.neighbour(i);
          int b = net.neighbour(j);
          if (a < b) {
            i++;
          } else if (b < a) {
            j++;
          } else {
            if (a > v) {
              t[u]++;
              t[v]++;
              t[a]++;
            }
            i++;
            j++;
          }
        }
      }
    }
    return new Scores(net, t);
  }
}
