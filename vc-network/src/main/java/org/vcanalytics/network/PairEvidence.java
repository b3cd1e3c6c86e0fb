package org.vcanalytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;

/**
 * The evidence of every pair of people, collected one item at a time and made into links: three
 * growing arrays (two person numbers and the evidence) rather than a map of lists keyed by boxed
 * pairs. Grouped by a stable counting sort on the lower number, then each group sorted by the higher
 * number and the order of arrival, so the links come in (lower, higher) order and each link's
 * evidence in the order it was added. O(n + people + Σ group log group) for n items.
 */
final class PairEvidence {
  private int[] lower = new int[1024];
  private int[] higher = new int[1024];
  private LinkEvidence[] evidence = new LinkEvidence[1024];
  private int n;

  /** Adds one item of evidence between people x and y (nothing when x is y). */
  void add(int x, int y, LinkEvidence e) {
    if (x == y) {
      return; // nobody is their own link
    }
    if (n == lower.length) {
      int m = n * 2;
      lower = Arrays.copyOf(lower, m);
      higher = Arrays.copyOf(higher, m);
      evidence = Arrays.copyOf(evidence, m);
    }
    lower[n] = Math.min(x, y);
    higher[n] = Math.max(x, y);
    evidence[n++] = e;
  }

  /**
   * @param ids each person's id by number
   * @param minWeight the least weight kept (links of weight 0 are never kept)
   * @return the links, by (lower, higher) number
   */
  List<Link> links(List<String> ids, double minWeight) {
    int people = ids.size();
    int[] start = new int[people + 1];
    for (int i = 0; i < n; i++) {
      start[lower[i] + 1]++;
    }
    for (int p = 0; p < people; p++) {
      start[p + 1] += start[p];
    }
    int[] order = new int[n];
    int[] next = Arrays.copyOf(start, people);
    for (int i = 0; i < n; i++) {
      order[next[lower[i]]++] = i;
    }
    List<Link> links = new ArrayList<>();
    long[] group = new long[16];
    for (int a = 0; a < people; a++) {
      int size = start[a + 1] - start[a];
      if (size == 0) {
        continue;
      }
      if (group.length < size) {
        group = new long[Math.max(size, group.length * 2)];
      }
      // Higher number, then place in the group (which is the order of arrival): a stable sort.
      for (int j = 0; j < size; j++) {
        group[j] = ((long) higher[order[start[a] + j]] << 32) | j;
      }
      Arrays.sort(group, 0, size);
      int j = 0;
      while (j < size) {
        int b = (int) (group[j] >>> 32);
        List<LinkEvidence> items = new ArrayList<>(1);
        while (j < size && (int) (group[j] >>> 32) == b) {
          items.add(evidence[order[start[a] + (int) group[j]]]);
          j++;
        }
        Link l = Link.of(ids.get(a), ids.get(b), items);
        if (l.weight() > 0 && l.weight() >= minWeight) {
          links.add(l);
        }
      }
    }
    return links;
  }
}
