package org.vcanalytics.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.internal.IdTable;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.PersonLinks;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;

/**
 * The network of people, linked by crimes they were on together and intelligence that names them
 * together, each link weighted by how reliable its evidence is.
 *
 * <pre>{@code
 * PersonNetwork net = PersonNetwork.build(data, classification, NetworkOptions.defaults());
 * net.linksOf("P001");                    // each link with its weight and evidence
 * Scores b = Centrality.betweenness(net).scores();
 * }</pre>
 *
 * <p>Rules (docs/network.md): crime evidence links two people on one crime committed in the window
 * whose roles form an allowed pair (default: at least one offender or suspect, no witness or other),
 * weight 1.0; intelligence evidence links two people named in one log recorded in the window, weight
 * = source weight × assessment weight of its grade, and weight-0 evidence makes no link. A link's
 * weight combines all its evidence as 1 − ∏(1 − wᵢ) ({@link Link#combine}). Nobody is linked to
 * themselves.
 *
 * <p>Every person of the data set is a node, linked or not. Stored as int-indexed adjacency arrays
 * (compressed sparse rows) in person id order; immutable and thread-safe. Building costs O(pairs of
 * people per crime and per log); {@link #linksOf} is O(1) plus the size of the answer.
 */
public final class PersonNetwork implements PersonLinks {

  private final List<String> ids;
  /** Each person id's node number (no map of a million boxed numbers). */
  private final IdTable index;
  private final List<Link> links;
  private final int[] offsets;
  private final int[] neighbours;
  private final int[] linkOf;
  private final LocalDate asOf;
  private final NetworkOptions options;

  private PersonNetwork(
      List<String> sortedIds, List<Link> sortedLinks, LocalDate asOf, NetworkOptions options) {
    this(sortedIds, sortedLinks, null, null, asOf, options);
  }

  /**
   * @param ends the number (place in sortedIds) of each link's first end, and of its second; null:
   *     looked up here
   */
  private PersonNetwork(
      List<String> sortedIds, List<Link> sortedLinks, int[] endA, int[] endB, LocalDate asOf,
      NetworkOptions options) {
    this.asOf = asOf;
    this.options = options;
    this.ids = List.copyOf(sortedIds);
    this.index = new IdTable(ids.toArray(String[]::new));
    this.links = List.copyOf(sortedLinks);
    int n = ids.size();
    if (endA == null) { // each link's two ends by number, looked up once
      endA = new int[links.size()];
      endB = new int[links.size()];
      for (int k = 0; k < links.size(); k++) {
        endA[k] = index.rank(links.get(k).personA());
        endB[k] = index.rank(links.get(k).personB());
      }
    }
    offsets = new int[n + 1];
    for (int k = 0; k < links.size(); k++) {
      offsets[endA[k] + 1]++;
      offsets[endB[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    neighbours = new int[offsets[n]];
    linkOf = new int[offsets[n]];
    int[] next = Arrays.copyOf(offsets, n);
    // Links are sorted by (a, b) with a < b. Filling every person's lower neighbours first (as b),
    // then their higher ones (as a), leaves each row in neighbour order with no sort.
    for (int k = 0; k < links.size(); k++) {
      neighbours[next[endB[k]]] = endA[k];
      linkOf[next[endB[k]]++] = k;
    }
    for (int k = 0; k < links.size(); k++) {
      neighbours[next[endA[k]]] = endB[k];
      linkOf[next[endA[k]]++] = k;
    }
  }

  /**
   * Builds the network as of a date with the default options.
   *
   * @param data the data set
   * @param asOf the as-of date
   * @return the network
   * @deprecated use {@link #build(VcDataset, Classification, NetworkOptions)}, the shape of every
   *     pillar's entry point (data set, classification, options)
   */
  @Deprecated
  public static PersonNetwork build(VcDataset data, LocalDate asOf) {
    return build(data, asOf, NetworkOptions.defaults());
  }

  /**
   * Builds the network as of the classification's date: the entry point of the network pillar, in
   * the shape of every pillar's (data set, classification, options). The network does not use the
   * classification's verdicts, only its date, so the network and the classification share it.
   *
   * @param data the data set
   * @param classification the classification of the same data set; its as-of date is the network's
   * @param options window, role pairs, minimum weight, grading weights
   * @return the network
   */
  public static PersonNetwork build(
      VcDataset data, Classification classification, NetworkOptions options) {
    Objects.requireNonNull(classification, "classification");
    return build(data, classification.asOf(), options);
  }

  /**
   * Builds the network as of a date.
   *
   * @param data the data set
   * @param asOf the as-of date
   * @param options window, role pairs, minimum weight, grading weights
   * @return the network
   * @deprecated use {@link #build(VcDataset, Classification, NetworkOptions)}, the shape of every
   *     pillar's entry point; this one stays for a network without a classification
   */
  @Deprecated
  public static PersonNetwork build(VcDataset data, LocalDate asOf, NetworkOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(options, "options");
    LocalDate start = asOf.minusDays(options.windowDays());
    // People are numbered by their place in the data set (id order), as the network's nodes are.
    List<String> ids = new ArrayList<>(data.people().size());
    for (Person p : data.people()) {
      ids.add(p.id());
    }
    PairEvidence evidence = new PairEvidence();
    int[] number = new int[8];
    List<List<Role>> roles = new ArrayList<>();
    List<Crime> crimes = data.crimes();
    for (int ci = 0; ci < crimes.size(); ci++) {
      Crime c = crimes.get(ci);
      if (c.committedOn().isBefore(start) || c.committedOn().isAfter(asOf)) {
        continue;
      }
      List<Involvement> inv = data.involvementsInCrimeAt(ci); // by place: no look-up by id
      if (inv.size() < 2) {
        continue;
      }
      // People of the crime with their roles (the involvements come ordered by person, role).
      int[] rank = data.personIndexesOfInvolvementsInCrimeAt(ci); // in step
      int people = 0;
      roles.clear();
      for (int k = 0; k < inv.size(); k++) {
        if (k == 0 || rank[k] != rank[k - 1]) {
          if (people == number.length) {
            number = Arrays.copyOf(number, people * 2);
          }
          number[people++] = rank[k];
          roles.add(new ArrayList<>(2));
        }
        roles.get(people - 1).add(inv.get(k).role());
      }
      LinkEvidence e = LinkEvidence.crime(c.id(), c.committedOn());
      for (int x = 0; x < people; x++) {
        for (int y = x + 1; y < people; y++) {
          if (allowed(roles.get(x), roles.get(y), options)) {
            evidence.add(number[x], number[y], e);
          }
        }
      }
    }
    List<IntelLog> logs = data.intelLogs();
    for (int li = 0; li < logs.size(); li++) {
      IntelLog log = logs.get(li);
      if (log.recordedOn().isBefore(start) || log.recordedOn().isAfter(asOf)) {
        continue;
      }
      double w = options.grading().weight(log.grade());
      if (w <= 0) {
        continue; // weight-0 evidence makes no link
      }
      int[] named = data.personIndexesNamedInLogAt(li); // by place: no look-up by id
      if (named.length < 2) {
        continue;
      }
      LinkEvidence e = LinkEvidence.intelligence(log, w);
      for (int x = 0; x < named.length; x++) {
        for (int y = x + 1; y < named.length; y++) {
          evidence.add(named[x], named[y], e);
        }
      }
    }
    List<Link> links = evidence.links(ids, options.minLinkWeight());
    return new PersonNetwork(ids, links, asOf, options);
  }

  private static boolean allowed(List<Role> a, List<Role> b, NetworkOptions options) {
    for (Role x : a) {
      for (Role y : b) {
        if (options.links(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A network from people and links made elsewhere (another tool's edge list, a test).
   *
   * @param people the people (every end of a link is added too)
   * @param links the links, at most one per pair
   * @return the network
   */
  public static PersonNetwork of(Collection<String> people, Collection<Link> links) {
    // Each id once (a hash set), sorted; the links by the ranks of their ends (two counting sorts,
    // O(n + m)) instead of a tree of pairs of strings.
    Set<String> unique = new HashSet<>(people);
    Link[] given = links.toArray(new Link[0]);
    for (Link l : given) {
      unique.add(l.personA());
      unique.add(l.personB());
    }
    String[] ids = unique.toArray(new String[0]);
    Arrays.sort(ids);
    Map<String, Integer> rank = new HashMap<>(2 * ids.length);
    for (int i = 0; i < ids.length; i++) {
      rank.put(ids[i], i);
    }
    int[] a = new int[given.length];
    int[] b = new int[given.length];
    for (int k = 0; k < given.length; k++) {
      a[k] = rank.get(given[k].personA());
      b[k] = rank.get(given[k].personB());
    }
    int[] order = byKey(byKey(null, b, ids.length), a, ids.length);
    List<Link> sorted = new ArrayList<>(given.length);
    int[] endA = new int[given.length];
    int[] endB = new int[given.length];
    for (int k = 0; k < order.length; k++) {
      int x = order[k];
      if (k > 0 && a[x] == endA[k - 1] && b[x] == endB[k - 1]) {
        throw new IllegalArgumentException(
            "the pair " + given[x].personA() + "–" + given[x].personB() + " is linked twice");
      }
      sorted.add(given[x]);
      endA[k] = a[x];
      endB[k] = b[x];
    }
    return new PersonNetwork(Arrays.asList(ids), sorted, endA, endB, null, null);
  }

  /**
   * A stable counting sort of places by a key.
   *
   * @param order the places in their present order (null: 0 to key.length - 1)
   * @param key each place's key, 0 to keys - 1
   * @return the places ordered by key, ties in their present order
   */
  private static int[] byKey(int[] order, int[] key, int keys) {
    int[] start = new int[keys + 1];
    for (int k : key) {
      start[k + 1]++;
    }
    for (int i = 0; i < keys; i++) {
      start[i + 1] += start[i];
    }
    int[] out = new int[key.length];
    for (int j = 0; j < key.length; j++) {
      int x = order == null ? j : order[j];
      out[start[key[x]]++] = x;
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The as-of date the network was built for.
   *
   * @return the date; empty for a network made with {@link #of}
   */
  @Override
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The options the network was built with.
   *
   * @return the options; empty for a network made with {@link #of}
   */
  public Optional<NetworkOptions> options() {
    return Optional.ofNullable(options);
  }

  /** @return every person, in id order */
  public List<String> people() {
    return ids;
  }

  /** @return every link, ordered by its first then second person */
  public List<Link> links() {
    return links;
  }

  @Override
  public List<Link> linksOf(String personId) {
    int i = index.rank(personId);
    if (i < 0) {
      return List.of();
    }
    List<Link> out = new ArrayList<>(offsets[i + 1] - offsets[i]);
    for (int k = offsets[i]; k < offsets[i + 1]; k++) {
      out.add(links.get(linkOf[k]));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @param a one person
   * @param b another
   * @return the link between them, if any
   */
  public Optional<Link> link(String a, String b) {
    for (Link l : linksOf(a)) {
      if (l.other(a).equals(b)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** @param personId a person @return whether they are a node */
  public boolean contains(String personId) {
    return index.rank(personId) >= 0;
  }

  /**
   * The ego network of a person: everyone within {@code depth} links, and the links among them.
   * Grown breadth first in id order and stopped at {@code maxPeople}, so pictures stay readable.
   *
   * @param personId the person at the centre
   * @param depth 1 or 2 for a picture
   * @param maxPeople the most people kept (say a few hundred)
   * @return the sub-network
   */
  public SubNetwork ego(String personId, int depth, int maxPeople) {
    int start = index.rank(personId);
    if (start < 0) {
      return around(Set.of());
    }
    int[] hops = new int[ids.size()];
    Arrays.fill(hops, -1);
    hops[start] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
    TreeSet<String> kept = new TreeSet<>(List.of(personId));
    while (!queue.isEmpty() && kept.size() < maxPeople) {
      int u = queue.poll();
      if (hops[u] == depth) {
        continue;
      }
      for (int k = offsets[u]; k < offsets[u + 1] && kept.size() < maxPeople; k++) {
        int v = neighbours[k];
        if (hops[v] < 0) {
          hops[v] = hops[u] + 1;
          kept.add(ids.get(v));
          queue.add(v);
        }
      }
    }
    return around(kept);
  }

  /**
   * The sub-network of a set of people (a hotspot's offenders, say): the links among them, and the
   * links that leave the set.
   *
   * @param people the people
   * @return the sub-network
   */
  public SubNetwork around(Set<String> people) {
    // By node and link number: ids and links are both in order, so walking them in number order
    // gives people in id order and links by their two ends, with no sorting and no string keys.
    boolean[] in = new boolean[ids.size()];
    for (String p : people) {
      int i = index.rank(p);
      if (i >= 0) {
        in[i] = true;
      }
    }
    List<String> inside = new ArrayList<>();
    BitSet inner = new BitSet(links.size());
    BitSet leaving = new BitSet(links.size());
    for (int u = 0; u < in.length; u++) {
      if (in[u]) {
        inside.add(ids.get(u));
        for (int k = offsets[u]; k < offsets[u + 1]; k++) {
          (in[neighbours[k]] ? inner : leaving).set(linkOf[k]);
        }
      }
    }
    return new SubNetwork(inside, linksIn(inner), linksIn(leaving));
  }

  /**
   * The network of some people and the other ends of their links, with every link that touches one
   * of them (a link between two of the other ends is left out): what the network files hold around
   * the people in a category, and the dashboard draws around the people it lists. The same network
   * as {@link #of} of those people and links, made from this
   * one's numbering without sorting or looking ids up. O(n + m) over this network.
   *
   * @param people the people; those not in this network are left out
   * @return the network, without an as-of date or options
   */
  public PersonNetwork touching(Set<String> people) {
    int n = ids.size();
    boolean[] in = new boolean[n];
    for (String p : people) {
      int i = index.rank(p);
      if (i >= 0) {
        in[i] = true;
      }
    }
    int[] number = new int[n]; // a node's number in the new network, plus 1 (0: not in it)
    BitSet touching = new BitSet(links.size());
    // A link's ends by this network's numbers: the lower number is its first end (ids in order).
    int[] lower = new int[links.size()];
    int[] upper = new int[links.size()];
    for (int u = 0; u < n; u++) {
      if (in[u]) {
        number[u] = 1;
        for (int k = offsets[u]; k < offsets[u + 1]; k++) {
          int v = neighbours[k];
          number[v] = 1;
          touching.set(linkOf[k]);
          lower[linkOf[k]] = Math.min(u, v);
          upper[linkOf[k]] = Math.max(u, v);
        }
      }
    }
    List<String> kept = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      if (number[u] != 0) {
        kept.add(ids.get(u));
        number[u] = kept.size();
      }
    }
    int m = touching.cardinality();
    List<Link> sub = new ArrayList<>(m);
    int[] endA = new int[m];
    int[] endB = new int[m];
    int j = 0;
    for (int k = touching.nextSetBit(0); k >= 0; k = touching.nextSetBit(k + 1), j++) {
      sub.add(links.get(k));
      endA[j] = number[lower[k]] - 1;
      endB[j] = number[upper[k]] - 1;
    }
    return new PersonNetwork(kept, sub, endA, endB, null, null);
  }

  private List<Link> linksIn(BitSet numbers) {
    List<Link> out = new ArrayList<>(numbers.cardinality());
    for (int k = numbers.nextSetBit(0); k >= 0; k = numbers.nextSetBit(k + 1)) {
      out.add(links.get(k));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // For the metrics of this package.

  int size() {
    return ids.size();
  }

  int indexOf(String personId) {
    return index.rank(personId);
  }

  int start(int node) {
    return offsets[node];
  }

  int end(int node) {
    return offsets[node + 1];
  }

  int neighbour(int k) {
    return neighbours[k];
  }

  double weight(int k) {
    return links.get(linkOf[k]).weight();
  }
}
