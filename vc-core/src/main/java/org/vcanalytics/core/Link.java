package org.vcanalytics.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A direct link between two people with its weight and the evidence behind it. The weight combines
 * the evidence as independent corroboration, {@code 1 − ∏(1 − wᵢ)}: more evidence never lowers it
 * and it stays in [0, 1]. Two intelligence logs of weight 0.36 give {@code 1 − 0.64² = 0.5904}.
 *
 * @param personA the first person (the smaller id)
 * @param personB the second person (the larger id)
 * @param weight the combined weight, in [0, 1]
 * @param evidence the evidence, ordered by type, date, id
 */
public record Link(String personA, String personB, double weight, List<LinkEvidence> evidence) {

  private static final Comparator<LinkEvidence> ORDER =
      Comparator.comparing(LinkEvidence::type)
          .thenComparing(LinkEvidence::date)
          .thenComparing(LinkEvidence::id);

  /** Orders the pair and the evidence, and checks the weight. */
  public Link {
    Objects.requireNonNull(personA, "personA");
    Objects.requireNonNull(personB, "personB");
    if (personA.equals(personB)) {
      throw new IllegalArgumentException("a person cannot be their own link: " + personA);
    }
    if (personA.compareTo(personB) > 0) {
      String t = personA;
      personA = personB;
      personB = t;
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("link weight must be in [0, 1], was " + weight);
    }
    evidence = evidence.stream().sorted(ORDER).toList();
  }

  /**
   * A link whose weight is the combination of its evidence.
   *
   * @param a one person
   * @param b the other
   * @param evidence the evidence (at least one piece)
   * @return the link
   */
  public static Link of(String a, String b, List<LinkEvidence> evidence) {
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a link needs evidence");
    }
    // Combine in the evidence's own order, so the same evidence in any order gives the same bits.
    List<LinkEvidence> ordered = evidence.stream().sorted(ORDER).toList();
    return new Link(a, b, combine(ordered.stream().mapToDouble(LinkEvidence::weight).toArray()), ordered);
  }

  /**
   * Combines independent pieces of evidence: {@code 1 − ∏(1 − wᵢ)}.
   *
   * @param weights each in [0, 1]
   * @return the combined weight in [0, 1]; 0 for none
   */
  public static double combine(double... weights) {
    double none = 1;
    for (double w : weights) {
      none *= 1 - w;
    }
    return 1 - none;
  }

  /**
   * @param personId one end of the link
   * @return the other end
   */
  public String other(String personId) {
    if (personId.equals(personA)) {
      return personB;
    }
    if (personId.equals(personB)) {
      return personA;
    }
    throw new IllegalArgumentException(personId + " is not on the link " + personA + "–" + personB);
  }

  /** @return the number of distinct crimes behind the link */
  public long crimeEvidence() {
    return count(LinkEvidence.Type.CRIME);
  }

  /** @return the number of distinct intelligence logs behind the link */
  public long intelEvidence() {
    return count(LinkEvidence.Type.INTELLIGENCE);
  }

  private long count(LinkEvidence.Type type) {
    long n = 0;
    for (int i = 0; i < evidence.size(); i++) { // written for every link: no stream, no iterator
      if (evidence.get(i).type() == type) {
        n++;
      }
    }
    return n;
  }
}
