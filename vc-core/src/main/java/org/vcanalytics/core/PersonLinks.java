package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is directly linked to whom: what one pillar needs of the network without depending on it. The
 * network module provides it; the harm module's CONNECTED category reads it.
 *
 * <pre>{@code
 * PersonLinks links = PersonLinks.of(List.of(Link.of("P1", "P2", evidence)));
 * links.linksOf("P1");   // [Link[personA=P1, personB=P2, weight=..., evidence=[...]]]
 * }</pre>
 */
public interface PersonLinks {

  /**
   * A person's direct links.
   *
   * @param personId the person
   * @return their links, ordered by the other person's id; empty when none
   */
  List<Link> linksOf(String personId);

  /**
   * The as-of date the links were made for, when known. A consumer that reads the links with a
   * classification (vc-harm) refuses links made for another date.
   *
   * @return the as-of date; empty when unknown (links made elsewhere, {@link #of}, {@link #none})
   */
  default Optional<LocalDate> asOf() {
    return Optional.empty();
  }

  /** @return links of no one */
  static PersonLinks none() {
    return personId -> List.of();
  }

  /**
   * Links from a list, indexed by person.
   *
   * @param links the links, at most one per pair
   * @return the index
   * @throws IllegalArgumentException when a pair appears twice
   */
  static PersonLinks of(Collection<Link> links) {
    Map<String, List<Link>> byPerson = new HashMap<>();
    Map<List<String>, Link> pairs = new HashMap<>();
    for (Link l : links) {
      if (pairs.putIfAbsent(List.of(l.personA(), l.personB()), l) != null) {
        throw new IllegalArgumentException("the pair " + l.personA() + "–" + l.personB() + " is linked twice");
      }
      byPerson.computeIfAbsent(l.personA(), k -> new ArrayList<>()).add(l);
      byPerson.computeIfAbsent(l.personB(), k -> new ArrayList<>()).add(l);
    }
    byPerson.forEach((p, list) -> list.sort(Comparator.comparing(l -> l.other(p))));
    Map<String, List<Link>> frozen = new HashMap<>();
    byPerson.forEach((p, list) -> frozen.put(p, List.copyOf(list)));
    return personId -> frozen.getOrDefault(personId, List.of());
  }
}
