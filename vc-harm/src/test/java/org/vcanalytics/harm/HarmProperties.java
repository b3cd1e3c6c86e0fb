package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.PersonLinks;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;

/** Invariants of harm and the categories over random forces and scalings. */
class HarmProperties {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final String[] CODES = {"8N", "34B", "105A", "3B", "1", "58A", "49", "ZZZ"};

  @Provide
  Arbitrary<RecencyScaling> scalings() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(1, 5000).map(RecencyScaling.Exponential::new),
        Arbitraries.longs().between(0, 2000).map(RecencyScaling.Linear::new),
        Arbitraries.just(RecencyScaling.Banded.defaults()));
  }

  /** Factors are in (0, 1] within the window and never rise with age. */
  @Property(tries = 300)
  void factorInRangeAndNeverRising(
      @ForAll("scalings") RecencyScaling s, @ForAll @IntRange(min = 0, max = 729) int age) {
    long window = s instanceof RecencyScaling.Linear l ? l.windowDays() : 730;
    if (age > window) {
      return;
    }
    double f = s.factor(age);
    assertThat(f).isGreaterThan(0).isLessThanOrEqualTo(1);
    assertThat(s.factor(age + 1)).isLessThanOrEqualTo(f);
  }

  /** A random force as additions to a builder, plus random links. */
  static List<Consumer<VcDataset.Builder>> force(long seed, List<Link> links) {
    Random r = new Random(seed);
    List<Consumer<VcDataset.Builder>> out = new ArrayList<>();
    int people = 1 + r.nextInt(25);
    for (int i = 0; i < people; i++) {
      String id = "P" + i;
      out.add(b -> b.addPerson(Person.of(id)));
    }
    int crimes = r.nextInt(40);
    for (int c = 0; c < crimes; c++) {
      String id = "C" + c;
      Crime crime =
          Crime.builder().id(id).hoCode(CODES[r.nextInt(CODES.length)])
              .committedOn(AS_OF.minusDays(r.nextInt(900) - 30)).build();
      out.add(b -> b.addCrime(crime));
      List<String> seen = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        String p = "P" + r.nextInt(people);
        Role role = Role.values()[r.nextInt(Role.values().length)];
        if (!seen.contains(p + role)) {
          seen.add(p + role);
          out.add(b -> b.addInvolvement(id, p, role));
        }
      }
    }
    for (int l = r.nextInt(20); l > 0; l--) {
      int a = r.nextInt(people);
      int z = r.nextInt(people);
      if (a != z && links.stream().noneMatch(x -> x.personA().equals(min(a, z)) && x.personB().equals(max(a, z)))) {
        links.add(Link.of("P" + a, "P" + z, List.of(LinkEvidence.crime("X" + l, AS_OF.minusDays(l)))
            .stream().map(e -> new LinkEvidence(e.type(), e.id(), e.date(), e.grade(), r.nextDouble())).toList()));
      }
    }
    return out;
  }

  private static String min(int a, int z) {
    String x = "P" + a;
    String y = "P" + z;
    return x.compareTo(y) < 0 ? x : y;
  }

  private static String max(int a, int z) {
    String x = "P" + a;
    String y = "P" + z;
    return x.compareTo(y) < 0 ? y : x;
  }

  static HarmResult harm(List<Consumer<VcDataset.Builder>> records, List<Link> links, HarmOptions options) {
    VcDataset.Builder b = VcDataset.builder();
    records.forEach(x -> x.accept(b));
    VcDataset d = b.build();
    return HarmCalculator.calculate(d, VcClassifier.classify(d, AS_OF), PersonLinks.of(links), options);
  }

  @Property(tries = 300)
  void invariants(@ForAll long seed, @ForAll("scalings") RecencyScaling s, @ForAll @IntRange(min = 1, max = 100) int percent) {
    List<Link> links = new ArrayList<>();
    double fraction = percent / 100.0;
    HarmResult h = harm(force(seed, links), links, HarmOptions.defaults().withRecency(s).withHighHarmFraction(fraction));
    int n = h.cohort().size();
    long high = 0;
    for (PersonHarm p : h.people()) {
      // harm with recency never exceeds harm: every factor is at most 1.
      assertThat(p.harmRecency()).isLessThanOrEqualTo(p.harm() + 1e-9);
      // Categories partition: the cohort is exactly HIGH_HARM and INVOLVED.
      assertThat(p.vcEvents() > 0)
          .isEqualTo(p.category() == Category.HIGH_HARM || p.category() == Category.INVOLVED);
      if (p.category() == Category.HIGH_HARM) {
        high++;
      }
      if (p.category() == Category.CONNECTED) {
        assertThat(p.connections()).isNotEmpty();
        assertThat(p.otherCrimes()).isNotEmpty();
      }
      assertThat(p.explanation()).startsWith(p.personId() + " is ");
    }
    // |HIGH_HARM| >= ceil(fraction x n), exactly in decimal.
    int k = BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValue();
    assertThat(high).isGreaterThanOrEqualTo(k).isEqualTo(h.cohort().highHarm());
    assertThat(h.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(h.people().size());
  }

  @Property(tries = 200)
  void inputOrderChangesNothing(@ForAll long seed, @ForAll long shuffle) {
    List<Link> links = new ArrayList<>();
    List<Consumer<VcDataset.Builder>> records = force(seed, links);
    List<Consumer<VcDataset.Builder>> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(shuffle));
    List<Link> shuffledLinks = new ArrayList<>(links);
    Collections.shuffle(shuffledLinks, new Random(shuffle));
    HarmResult a = harm(records, links, HarmOptions.defaults());
    HarmResult b = harm(shuffled, shuffledLinks, HarmOptions.defaults());
    assertThat(b.people()).isEqualTo(a.people());
    assertThat(b.cohort()).isEqualTo(a.cohort());
  }
}
