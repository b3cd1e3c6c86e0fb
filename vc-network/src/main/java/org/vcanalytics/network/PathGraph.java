package org.vcanalytics.network;

import java.util.Arrays;

/**
 * A {@link PersonNetwork} relabelled for path measures: the people of each connected component get
 * consecutive labels, components ordered largest first (ties by their first person id, as {@link
 * Structure#components} orders them), people inside a component in breadth-first order from its
 * first person. Adjacency is in compressed sparse rows of primitive arrays, each row in the
 * network's neighbour order, with the path cost of every arc (1 / weight, or 1 per link). Building is
 * O(n + m); immutable once built.
 */
final class PathGraph {
  /** Number of people. */
  final int n;
  /** Label to person index. */
  final int[] person;
  /** Person index to label. */
  final int[] label;
  /** Component rank (0 = largest) of each person index. */
  final int[] componentOf;
  /** Component c holds the labels {@code [first[c], first[c + 1])}. */
  final int[] first;
  /** Row k of the adjacency is {@code [off[k], off[k + 1])} in {@link #adj} and {@link #cost}. */
  final int[] off;
  /** Neighbour labels. */
  final int[] adj;
  /** Path cost of each arc. */
  final double[] cost;
  /**
   * Arc k's neighbour label (exact as a double) at 2k and its cost at 2k + 1: the weighted search
   * reads one stream per row rather than two.
   */
  final double[] arcs;
  /** Whether every cost is 1. */
  final boolean unit;

  PathGraph(PersonNetwork net, boolean weighted) {
    n = net.size();
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int[] queue = new int[n];
    int comps = 0;
    int[] sizes = new int[Math.max(n, 1)];
    int[] firstNode = new int[Math.max(n, 1)];
    int[] queueStart = new int[Math.max(n, 1)];
    int tail = 0;
    for (int s = 0; s < n; s++) {
      if (comp[s] >= 0) {
        continue;
      }
      int head = tail;
      int begin = tail;
      comp[s] = comps;
      queue[tail++] = s;
      while (head < tail) {
        int u = queue[head++];
        for (int k = net.start(u); k < net.end(u); k++) {
          int v = net.neighbour(k);
          if (comp[v] < 0) {
            comp[v] = comps;
            queue[tail++] = v;
          }
        }
      }
      sizes[comps] = tail - begin;
      firstNode[comps] = s;
      queueStart[comps] = begin;
      comps++;
    }
    // Rank components: largest first, ties by their first person's id (as Structure orders them).
    final java.util.List<String> ids = net.people();
    Integer[] byRank = new Integer[comps];
    for (int c = 0; c < comps; c++) {
      byRank[c] = c;
    }
    final int[] sz = sizes;
    final int[] fn = firstNode;
    Arrays.sort(byRank, (a, b) -> sz[a] != sz[b] ? Integer.compare(sz[b], sz[a]) : ids.get(fn[a]).compareTo(ids.get(fn[b])));
    int[] rankOf = new int[comps];
    first = new int[comps + 1];
    for (int r = 0; r < comps; r++) {
      rankOf[byRank[r]] = r;
      first[r + 1] = first[r] + sizes[byRank[r]];
    }
    componentOf = new int[n];
    person = new int[n];
    label = new int[n];
    // Inside a component, labels in breadth-first order from its first person: neighbours get near
    // labels, so a search touches memory close together.
    for (int r = 0; r < comps; r++) {
      int c = byRank[r];
      for (int j = 0; j < sizes[c]; j++) {
        int i = queue[queueStart[c] + j];
        componentOf[i] = r;
        label[i] = first[r] + j;
        person[first[r] + j] = i;
      }
    }
    off = new int[n + 1];
    for (int v = 0; v < n; v++) {
      int i = person[v];
      off[v + 1] = off[v] + net.end(i) - net.start(i);
    }
    adj = new int[off[n]];
    cost = new double[off[n]];
    boolean allUnit = true;
    for (int v = 0; v < n; v++) {
      int i = person[v];
      int at = off[v];
      for (int k = net.start(i); k < net.end(i); k++, at++) {
        adj[at] = label[net.neighbour(k)];
        double c = weighted ? 1.0 / net.weight(k) : 1.0;
        cost[at] = c;
        allUnit &= c == 1.0;
      }
    }
    unit = allUnit;
    arcs = new double[unit ? 0 : 2 * adj.length];
    for (int k = 0; k < arcs.length / 2; k++) {
      arcs[2 * k] = adj[k];
      arcs[2 * k + 1] = cost[k];
    }
  }

  /** @return the number of components */
  int components() {
    return first.length - 1;
  }

  /** @param c a component rank @return its labels, in person order */
  int[] membersInPersonOrder(int c) {
    int lo = first[c];
    int[] people = Arrays.copyOfRange(person, lo, first[c + 1]);
    Arrays.sort(people);
    for (int j = 0; j < people.length; j++) {
      people[j] = label[people[j]];
    }
    return people;
  }

  /** @param c a component rank @return its number of people */
  int size(int c) {
    return first[c + 1] - first[c];
  }
}
