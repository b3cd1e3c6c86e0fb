package org.vcanalytics.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.vcanalytics.core.Link;

/** Random networks for tests: several components, weights drawn from the grading scale (many ties). */
final class RandomNetworks {
  private RandomNetworks() {}

  static final double[] WEIGHTS = {1.0, 0.6, 0.36, 0.2, 0.5904, 0.8, 0.64, 0.06};

  /**
   * @param r the random source
   * @param people how many people
   * @param extra links added beyond a spanning forest, per person
   * @param pieces roughly how many components
   * @return the network
   */
  static PersonNetwork random(Random r, int people, double extra, int pieces) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      ids.add(String.format("P%06d", i));
    }
    Set<Long> seen = new HashSet<>();
    List<Link> links = new ArrayList<>();
    for (int i = 1; i < people; i++) {
      if (r.nextInt(Math.max(1, people / Math.max(1, pieces))) == 0) {
        continue; // start a new piece
      }
      int j = Math.max(0, i - 1 - r.nextInt(Math.min(i, 50)));
      add(r, ids, seen, links, i, j);
    }
    long more = Math.round(extra * people);
    for (long k = 0; k < more; k++) {
      int i = r.nextInt(people);
      int j = Math.max(0, Math.min(people - 1, i + r.nextInt(41) - 20));
      add(r, ids, seen, links, i, j);
    }
    return PersonNetwork.of(ids, links);
  }

  private static void add(Random r, List<String> ids, Set<Long> seen, List<Link> links, int i, int j) {
    if (i == j) {
      return;
    }
    long key = (long) Math.min(i, j) << 32 | Math.max(i, j);
    if (seen.add(key)) {
      links.add(new Link(ids.get(i), ids.get(j), WEIGHTS[r.nextInt(WEIGHTS.length)], List.of()));
    }
  }
}
