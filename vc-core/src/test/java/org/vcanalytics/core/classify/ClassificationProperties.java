package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.OcgMembership;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;

/**
 * Invariants of the classification over random small forces: a non-violent crime has no
 * typologies; adding a witness never changes typologies; the input order changes nothing.
 */
class ClassificationProperties {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final String[] CODES = {"8N", "34B", "34A", "3B", "105A", "58A", "19C", "8L", "999", "5A"};

  /** The records of a random force, as a list of additions to a builder, in generation order. */
  static List<Consumer<VcDataset.Builder>> force(long seed) {
    Random r = new Random(seed);
    List<Consumer<VcDataset.Builder>> out = new ArrayList<>();
    int people = 2 + r.nextInt(8);
    for (int i = 0; i < people; i++) {
      Person.Builder p = Person.builder().id("P" + i);
      if (r.nextInt(5) > 0) {
        p.dateOfBirth(LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      }
      if (r.nextInt(5) > 0) {
        p.sex(Sex.values()[r.nextInt(3)]);
      }
      Person person = p.build();
      out.add(b -> b.addPerson(person));
      if (r.nextInt(3) == 0) {
        LocalDate since = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1);
        OcgMembership.Builder m = OcgMembership.builder().personId("P" + i).ocgId("G" + r.nextInt(2)).since(since);
        if (r.nextBoolean()) {
          m.until(since.plusDays(r.nextInt(2000)));
        }
        OcgMembership membership = m.build();
        out.add(b -> b.addOcgMembership(membership));
      }
    }
    int crimes = 1 + r.nextInt(6);
    for (int c = 0; c < crimes; c++) {
      Crime.Builder cb =
          Crime.builder()
              .id("C" + c)
              .hoCode(CODES[r.nextInt(CODES.length)])
              .committedOn(LocalDate.of(2018 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      if (r.nextBoolean()) {
        cb.weapon(Weapon.values()[r.nextInt(Weapon.values().length)]);
      }
      if (r.nextBoolean()) {
        cb.weaponUse(WeaponUse.values()[r.nextInt(WeaponUse.values().length)]);
      }
      if (r.nextInt(3) == 0) {
        cb.domesticAbuse(r.nextBoolean());
      }
      if (r.nextInt(3) == 0) {
        cb.ocgRelated(r.nextBoolean());
      }
      Crime crime = cb.build();
      out.add(b -> b.addCrime(crime));
      int n = r.nextInt(4);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int k = 0; k < n; k++) {
        String person = "P" + r.nextInt(people);
        Role role = Role.values()[r.nextInt(Role.values().length)];
        String id = crime.id();
        if (seen.add(person + role)) { // the same person in the same role once per crime
          out.add(b -> b.addInvolvement(id, person, role));
        }
      }
    }
    int logs = r.nextInt(4);
    for (int l = 0; l < logs; l++) {
      IntelLog log =
          IntelLog.builder()
              .id("I" + l)
              .recordedOn(LocalDate.of(2019 + r.nextInt(7), 1 + r.nextInt(12), 1))
              .grade(IntelGrade.of("3x5x2", "" + (1 + r.nextInt(3)), "" + "ABCDE".charAt(r.nextInt(5))))
              .headers(r.nextBoolean() ? List.of("DOMESTIC ABUSE") : List.of("WEAPONS"))
              .build();
      out.add(b -> b.addIntelLog(log));
      int a = r.nextInt(people);
      int z = r.nextInt(people);
      out.add(b -> b.addIntelMentions(log.id(), "P" + a));
      if (z != a) {
        out.add(b -> b.addIntelMentions(log.id(), "P" + z));
      }
    }
    return out;
  }

  static VcDataset build(List<Consumer<VcDataset.Builder>> records) {
    VcDataset.Builder b = VcDataset.builder();
    records.forEach(x -> x.accept(b));
    return b.build();
  }

  @Property(tries = 300)
  void nonViolentCrimesHaveNoTypologies(@ForAll long seed) {
    VcDataset d = build(force(seed));
    for (CrimeClassification c : VcClassifier.classify(d, AS_OF).crimes()) {
      if (!c.violent()) {
        assertThat(c.typologies()).isEmpty();
        assertThat(c.reasons()).isEmpty();
      }
      assertThat(c.reasons().stream().map(TypologyReason::typology).distinct().sorted().toList())
          .isEqualTo(c.typologies());
    }
  }

  /**
   * A non-violent crime's classification is made when asked for (Classification keeps only the
   * violent ones): by list, by id and by place it is the same value, every time, with the record's
   * id and code and the offence table's entry for the code.
   */
  @Property(tries = 200)
  void everyCrimeIsTheSameHoweverReached(@ForAll long seed) {
    VcDataset d = build(force(seed));
    Classification c = VcClassifier.classify(d, AS_OF);
    OffenceTable table = ClassifierOptions.defaults().offences();
    for (int i = 0; i < c.crimes().size(); i++) {
      CrimeClassification x = c.crimes().get(i);
      Crime record = c.crimeRecords().get(i);
      assertThat(x).isEqualTo(c.crimes().get(i));
      assertThat(x.crimeId()).isEqualTo(record.id());
      assertThat(x.hoCode()).isEqualTo(record.hoCode());
      assertThat(c.crime(record.id())).contains(x);
      assertThat(c.crimeAt(d.crimes().indexOf(record))).contains(x);
      if (!x.violent()) {
        assertThat(x.offence()).isEqualTo(table.find(record.hoCode()));
        assertThat(c.violentCrimes()).doesNotContain(x);
      }
    }
    assertThat(c.crimes().stream().filter(CrimeClassification::violent).toList()).isEqualTo(c.violentCrimes());
  }

  @Property(tries = 300)
  void addingAWitnessNeverChangesTypologies(@ForAll long seed, @ForAll int which, @ForAll boolean young) {
    List<Consumer<VcDataset.Builder>> records = force(seed);
    VcDataset before = build(records);
    if (before.crimes().isEmpty()) {
      return;
    }
    String crime = before.crimes().get(Math.floorMod(which, before.crimes().size())).id();
    List<Consumer<VcDataset.Builder>> more = new ArrayList<>(records);
    // A new witness: young, female, an OCG member, named in domestic-abuse intelligence with everyone.
    more.add(
        b ->
            b.addPerson(
                Person.builder().id("W").sex(Sex.F)
                    .dateOfBirth(young ? LocalDate.of(2015, 1, 1) : LocalDate.of(1950, 1, 1)).build()));
    more.add(b -> b.addInvolvement(crime, "W", Role.WITNESS));
    more.add(
        b -> b.addOcgMembership(OcgMembership.builder().personId("W").ocgId("G0").since(LocalDate.of(2000, 1, 1)).build()));
    more.add(
        b ->
            b.addIntelLog(
                IntelLog.builder().id("IW").recordedOn(LocalDate.of(2020, 1, 1))
                    .grade(IntelGrade.of("3x5x2", "1", "A")).addHeaders("DOMESTIC ABUSE").build()));
    more.add(b -> b.addIntelMentions("IW", "W"));
    VcDataset after = build(more);
    Classification x = VcClassifier.classify(before, AS_OF);
    Classification y = VcClassifier.classify(after, AS_OF);
    for (CrimeClassification c : x.crimes()) {
      assertThat(y.crime(c.crimeId()).orElseThrow().typologies()).as(c.crimeId()).isEqualTo(c.typologies());
    }
  }

  @Property(tries = 200)
  void inputOrderChangesNothing(@ForAll long seed, @ForAll long shuffle) {
    List<Consumer<VcDataset.Builder>> records = force(seed);
    VcDataset a = build(records);
    List<Consumer<VcDataset.Builder>> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(shuffle));
    VcDataset b = build(shuffled);
    Classification x = VcClassifier.classify(a, AS_OF);
    Classification y = VcClassifier.classify(b, AS_OF);
    assertThat(y.crimes()).isEqualTo(x.crimes());
    assertThat(y.peopleWithFactors()).isEqualTo(x.peopleWithFactors());
    assertThat(y.warnings()).isEqualTo(x.warnings());
  }

  /** The same data on one thread or four gives the same classification. */
  @Property(tries = 50)
  void threadCountChangesNothing(@ForAll long seed) throws Exception {
    VcDataset d = build(force(seed));
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
    try {
      Classification x = one.submit(() -> VcClassifier.classify(d, AS_OF)).get();
      Classification y = four.submit(() -> VcClassifier.classify(d, AS_OF)).get();
      assertThat(y.crimes()).isEqualTo(x.crimes());
      assertThat(y.peopleWithFactors()).isEqualTo(x.peopleWithFactors());
    } finally {
      one.shutdown();
      four.shutdown();
    }
  }
}
