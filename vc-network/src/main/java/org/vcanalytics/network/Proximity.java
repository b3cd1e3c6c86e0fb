package org.vcanalytics.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.OptionalInt;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;

/**
 * Proximity to violence: for each person, the fewest links to someone who was offender or suspect
 * of a violent crime (0 for such a person, 1 for their direct links, ...; none when no path leads to
 * one). Multi-source breadth-first search, O(n + m).
 */
public final class Proximity {
  private final PersonNetwork net;
  private final int[] hops;
  private final Set<String> sources;

  private Proximity(PersonNetwork net, int[] hops, Set<String> sources) {
    this.net = net;
    this.hops = hops;
    this.sources = sources;
  }

  /**
   * Proximity to the offenders and suspects of violent crimes committed in the {@code windowDays}
   * days to the classification's as-of date (both ends inclusive).
   *
   * @param net the network
   * @param data the data set
   * @param classification which crimes are violent, as of its date
   * @param windowDays the window (730 by default, as the network's)
   * @return the proximity of every person
   * @deprecated use {@link #toViolence(VcDataset, Classification, PersonNetwork, int)}, the shape
   *     of every pillar's entry point (data set, classification, what it needs, options)
   */
  @Deprecated
  public static Proximity toViolence(
      PersonNetwork net, VcDataset data, Classification classification, int windowDays) {
    return toViolence(data, classification, net, windowDays);
  }

  /**
   * Proximity to the offenders and suspects of violent crimes committed in the {@code windowDays}
   * days to the classification's as-of date (both ends inclusive).
   *
   * @param data the data set
   * @param classification which crimes are violent, as of its date
   * @param net the network, built for the same as-of date (or made with {@link PersonNetwork#of})
   * @param windowDays the window (730 by default, as the network's)
   * @return the proximity of every person
   * @throws IllegalArgumentException when the network was built for another as-of date
   */
  public static Proximity toViolence(
      VcDataset data, Classification classification, PersonNetwork net, int windowDays) {
    net.asOf()
        .filter(d -> !d.equals(classification.asOf()))
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "the network is as of " + d + " but the classification is as of "
                      + classification.asOf());
            });
    LocalDate start = classification.asOf().minusDays(windowDays);
    Set<String> offenders = new TreeSet<>();
    List<org.vcanalytics.core.Crime> violent = classification.violentCrimeRecords();
    for (int k = 0; k < violent.size(); k++) {
      if (violent.get(k).committedOn().isBefore(start)) {
        continue;
      }
      for (Involvement i : data.involvementsInCrimeAt(classification.dataIndexOfViolent(data, k))) {
        if (i.role().isOffenderOrSuspect()) {
          offenders.add(i.personId());
        }
      }
    }
    return from(net, offenders);
  }

  /**
   * Proximity to any set of people.
   *
   * @param net the network
   * @param sources the people at distance 0
   * @return the proximity of every person
   */
  public static Proximity from(PersonNetwork net, Set<String> sources) {
    int[] hops = new int[net.size()];
    Arrays.fill(hops, -1);
    ArrayDeque<Integer> q = new ArrayDeque<>();
    TreeSet<String> known = new TreeSet<>();
    for (String s : sources) {
      int i = net.indexOf(s);
      if (i >= 0) {
        hops[i] = 0;
        q.add(i);
        known.add(s);
      }
    }
    while (!q.isEmpty()) {
      int u = q.poll();
      for (int k = net.start(u); k < net.end(u); k++) {
        int v = net.neighbour(k);
        if (hops[v] < 0) {
          hops[v] = hops[u] + 1;
          q.add(v);
        }
      }
    }
    return new Proximity(net, hops, Collections.unmodifiableSet(known));
  }

  /**
   * @param personId a person
   * @return the fewest links to a source; empty when none can be reached or the person is unknown
   */
  public OptionalInt hops(String personId) {
    int i = net.indexOf(personId);
    return i < 0 || hops[i] < 0 ? OptionalInt.empty() : OptionalInt.of(hops[i]);
  }

  /** @return the sources found in the network: the people at distance 0 */
  public Set<String> sources() {
    return sources;
  }
}
