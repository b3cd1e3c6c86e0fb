package org.vcanalytics.harm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.PersonLinks;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.CrimeClassification;

/**
 * Harm per person and the violent-crime categories, as of the classification's date.
 *
 * <pre>{@code
 * Classification c = VcClassifier.classify(data, asOf);
 * HarmResult h = HarmCalculator.calculate(c, data, links);          // default options
 * h.person("P001").orElseThrow().explanation();
 * }</pre>
 *
 * <p>Rules (docs/harm.md): a person's events are the violent crimes they were offender or suspect
 * of (once per crime) committed in the {@code windowDays} days to the as-of date, both ends
 * inclusive. {@code harm} = Σ weight, {@code harm_recency} = Σ weight × recency factor. The cohort is
 * everyone with an event; sorted by harm with recency, highest first, the k-th value with k = ⌈0.10 ×
 * n⌉ is the threshold and everyone at or above it is HIGH_HARM, the rest INVOLVED. CONNECTED and NONE
 * as in {@link Category}.
 *
 * <p>Cost: O(involvements + links of non-cohort offenders + n log n). Deterministic: sums run in
 * crime id order and results are in person id order, whatever the thread count.
 */
public final class HarmCalculator {

  private final VcDataset data;
  private final Classification classification;
  private final PersonLinks links;
  private final HarmOptions options;
  private final LocalDate asOf;
  private final LocalDate windowStart;
  private final LocalDate recentStart;

  private HarmCalculator(
      Classification classification, VcDataset data, PersonLinks links, HarmOptions options) {
    this.data = data;
    this.classification = classification;
    this.links = links;
    this.options = options;
    this.asOf = classification.asOf();
    this.windowStart = asOf.minusDays(options.windowDays());
    this.recentStart = asOf.minusDays(options.recentDays());
  }

  /**
   * Calculates with the default options.
   *
   * @param classification the crimes classified as of the date
   * @param data the data set they came from
   * @param links who is directly linked to whom (from the network), for CONNECTED
   * @return every person's harm and category
   * @deprecated use {@link #calculate(VcDataset, Classification, PersonLinks, HarmOptions)}, the
   *     shape of every pillar's entry point (data set, classification, what it needs, options)
   */
  @Deprecated
  public static HarmResult calculate(Classification classification, VcDataset data, PersonLinks links) {
    return calculate(data, classification, links, HarmOptions.defaults());
  }

  /**
   * Calculates.
   *
   * @param classification the crimes classified as of the date
   * @param data the data set they came from
   * @param links who is directly linked to whom, for CONNECTED
   * @param options the options
   * @return every person's harm and category
   * @deprecated use {@link #calculate(VcDataset, Classification, PersonLinks, HarmOptions)}, the
   *     shape of every pillar's entry point (data set, classification, what it needs, options)
   */
  @Deprecated
  public static HarmResult calculate(
      Classification classification, VcDataset data, PersonLinks links, HarmOptions options) {
    return calculate(data, classification, links, options);
  }

  /**
   * Calculates: the entry point of the harm pillar, in the shape of every pillar's (data set,
   * classification, what it needs, options).
   *
   * @param data the data set
   * @param classification the crimes of {@code data} classified as of the date
   * @param links who is directly linked to whom (a {@code PersonNetwork} of vc-network, built for the
   *     classification's as-of date; or {@link PersonLinks#none()}), for CONNECTED
   * @param options the options
   * @return every person's harm and category
   * @throws IllegalArgumentException when the links were made for another as-of date than the
   *     classification's (the message names both dates)
   */
  public static HarmResult calculate(
      VcDataset data, Classification classification, PersonLinks links, HarmOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(options, "options");
    Optional<LocalDate> linksAsOf = links.asOf();
    if (linksAsOf.isPresent() && !linksAsOf.get().equals(classification.asOf())) {
      throw new IllegalArgumentException(
          "the network is as of " + linksAsOf.get() + " but the classification is as of "
              + classification.asOf() + ": build both for the same date");
    }
    return new HarmCalculator(classification, data, links, options).run();
  }

  /** What is known of a person before categories: their events and other crimes in the window. */
  private record Tally(
      Person person, List<HarmEvent> events, double harm, double harmRecency, List<String> otherCrimes,
      boolean offenderOrSuspect) {
    Optional<LocalDate> lastVcOn() {
      return events.stream().map(HarmEvent::committedOn).max(LocalDate::compareTo);
    }

    double maxWeight() {
      return events.stream().mapToDouble(HarmEvent::weight).max().orElse(0);
    }
  }

  private HarmResult run() {
    List<Person> everyone = data.people();
    List<Tally> tallies =
        java.util.stream.IntStream.range(0, everyone.size())
            .parallel()
            .mapToObj(k -> tally(everyone.get(k), k))
            .toList();

    // The cohort, sorted by harm with recency, highest first (ties by person id).
    List<Tally> cohort = new ArrayList<>();
    for (Tally t : tallies) {
      if (!t.events().isEmpty()) {
        cohort.add(t);
      }
    }
    cohort.sort(
        (a, b) -> {
          int c = Double.compare(b.harmRecency(), a.harmRecency());
          return c != 0 ? c : a.person().id().compareTo(b.person().id());
        });
    int n = cohort.size();
    int k =
        n == 0
            ? 0
            : BigDecimal.valueOf(options.highHarmFraction())
                .multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    OptionalDouble threshold = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(cohort.get(k - 1).harmRecency());
    int highHarm = 0;
    for (Tally t : cohort) {
      if (t.harmRecency() >= threshold.orElse(Double.POSITIVE_INFINITY)) {
        highHarm++;
      }
    }
    Cohort cohortFacts = new Cohort(n, options.highHarmFraction(), k, threshold, highHarm);

    Rfgs rfgs = new Rfgs(cohort);
    Map<String, HarmEvent> recentVc = recentViolentOffenders(tallies);

    PersonHarm.Context context = new PersonHarm.Context(cohortFacts, asOf, options);
    List<PersonHarm> people =
        tallies.parallelStream().map(t -> person(t, cohortFacts, rfgs, recentVc, context)).toList();
    return new HarmResult(asOf, options, cohortFacts, people, warnings(cohort));
  }

  /** @param k the person's place in the data set's people: their records are reached by it */
  private Tally tally(Person p, int k) {
    // A person's involvements come in crime id order, then role: each violent crime's roles are
    // consecutive, and the crimes come in id order.
    List<Crime> vc = new ArrayList<>();
    List<List<Role>> vcRoles = new ArrayList<>();
    List<String> other = new ArrayList<>();
    boolean offenderOrSuspect = false;
    List<Involvement> involvements = data.involvementsOfPersonAt(k);
    List<Crime> crimes = data.crimes();
    int[] places = data.crimeIndexesOfInvolvementsOfPersonAt(k); // the place of each one's crime, in step
    for (int j = 0; j < involvements.size(); j++) {
      Involvement i = involvements.get(j);
      if (!i.role().isOffenderOrSuspect()) {
        continue;
      }
      Crime crime = crimes.get(places[j]);
      Optional<CrimeClassification> cc = classification.crimeAt(places[j]);
      if (cc.isEmpty()) {
        continue; // committed after the as-of date
      }
      if (crime.committedOn().isBefore(windowStart)) {
        continue;
      }
      offenderOrSuspect = true;
      if (cc.get().violent()) {
        if (vc.isEmpty() || vc.get(vc.size() - 1) != crime) {
          vc.add(crime);
          vcRoles.add(new ArrayList<>(2));
        }
        vcRoles.get(vcRoles.size() - 1).add(i.role());
      } else if (other.isEmpty() || !other.get(other.size() - 1).equals(crime.id())) {
        other.add(crime.id());
      }
    }
    List<HarmEvent> events = new ArrayList<>(vc.size());
    for (int e = 0; e < vc.size(); e++) {
      Crime crime = vc.get(e);
      Optional<Weight> w = options.weights().find(crime.hoCode());
      long age = ChronoUnit.DAYS.between(crime.committedOn(), asOf);
      HarmEvent ev =
          new HarmEvent(
              crime.id(), crime.hoCode(), crime.committedOn(), vcRoles.get(e),
              w.map(Weight::value).orElse(0.0), w.map(Weight::source).orElse("no weight"),
              age, options.recency().factor(age));
      events.add(ev);
    }
    return new Tally(p, events, canonicalSum(events, HarmEvent::weight), canonicalSum(events, HarmEvent::product),
        other, offenderOrSuspect);
  }

  /**
   * A sum that does not depend on the order of the events: floating addition is not associative,
   * so two people with the same events in a different crime-id order must still tie exactly at the
   * threshold. The terms are added smallest first.
   */
  private static double canonicalSum(List<HarmEvent> events, java.util.function.ToDoubleFunction<HarmEvent> term) {
    double[] terms = new double[events.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = term.applyAsDouble(events.get(i));
    }
    java.util.Arrays.sort(terms);
    double sum = 0;
    for (double t : terms) {
      sum += t;
    }
    return sum;
  }

  /**
   * The offenders and suspects of a violent crime in the recent period, each with their latest such
   * crime (by date, then id).
   */
  private Map<String, HarmEvent> recentViolentOffenders(List<Tally> tallies) {
    Map<String, HarmEvent> out = new HashMap<>();
    for (Tally t : tallies) {
      HarmEvent latest = null;
      for (HarmEvent e : t.events()) {
        if (!e.committedOn().isBefore(recentStart)
            && (latest == null || !e.committedOn().isBefore(latest.committedOn()))) {
          latest = e;
        }
      }
      if (latest != null) {
        out.put(t.person().id(), latest);
      }
    }
    return out;
  }

  private PersonHarm person(
      Tally t, Cohort cohort, Rfgs rfgs, Map<String, HarmEvent> recentVc, PersonHarm.Context context) {
    String id = t.person().id();
    Category category;
    List<Connection> connections = List.of();
    Optional<Rfg> rfg = Optional.empty();
    if (!t.events().isEmpty()) {
      category = t.harmRecency() >= cohort.threshold().getAsDouble() ? Category.HIGH_HARM : Category.INVOLVED;
      rfg = Optional.of(rfgs.of(t));
    } else if (!t.otherCrimes().isEmpty()) {
      connections = new ArrayList<>();
      for (Link l : links.linksOf(id)) {
        HarmEvent theirs = recentVc.get(l.other(id));
        if (l.weight() >= options.connectedLinkWeight() && theirs != null) {
          connections.add(new Connection(l, l.other(id), theirs.crimeId(), theirs.committedOn()));
        }
      }
      category = connections.isEmpty() ? Category.NONE : Category.CONNECTED;
    } else {
      category = Category.NONE;
    }
    return new PersonHarm(
        id, category, t.events(), t.harm(), t.harmRecency(), rfg, t.otherCrimes(), connections,
        t.offenderOrSuspect(), context);
  }

  private List<String> warnings(List<Tally> cohort) {
    Map<String, Long> noWeight = new TreeMap<>();
    for (Tally t : cohort) {
      for (HarmEvent e : t.events()) {
        if (options.weights().find(e.hoCode()).isEmpty()) {
          noWeight.merge(e.hoCode(), 1L, Long::sum);
        }
      }
    }
    List<String> out = new ArrayList<>();
    noWeight.forEach(
        (code, count) ->
            out.add(
                "offence code " + code + " has no weight in " + options.weights().name() + ": " + count
                    + (count == 1 ? " event counts" : " events count") + " with weight 0"));
    return out;
  }

  /** RFG bands: ⌈5 × (cohort members at or below) / n⌉ for each measure. */
  private static final class Rfgs {
    // Days and counts are held as doubles: both are whole numbers far below 2^53, so exactly.
    private final double[] recency;
    private final double[] frequency;
    private final double[] gravity;

    Rfgs(List<Tally> cohort) {
      recency = cohort.stream().mapToDouble(t -> t.lastVcOn().orElseThrow().toEpochDay()).sorted().toArray();
      frequency = cohort.stream().mapToDouble(t -> t.events().size()).sorted().toArray();
      gravity = cohort.stream().mapToDouble(Tally::harm).sorted().toArray();
    }

    Rfg of(Tally t) {
      return new Rfg(
          band(recency, t.lastVcOn().orElseThrow().toEpochDay()),
          band(frequency, t.events().size()),
          band(gravity, t.harm()));
    }

    private static int band(double[] sorted, double v) {
      return (int) Math.ceil(5.0 * atOrBelow(sorted, v) / sorted.length);
    }

    /** The number of values at or below v: an upper-bound binary search, O(log n) even with ties. */
    private static int atOrBelow(double[] sorted, double v) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
