package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The data set's groupings against their definitions, on random data sets added in random order:
 * a crime's involvements by person id then role (with each one's person and place in step), a
 * person's by crime id then role (with the crime and its place in step), a log's people by id (with
 * their places in step), a person's mentions by log id, custody records by booking date then id and
 * OCG memberships by start then group; people named but not
 * registered are in {@link VcDataset#people()} once each. The grouping works on ranks, so these
 * check it against plain sorts of the records.
 */
class DatasetGroupsProperties {

  private static final LocalDate D = LocalDate.of(2024, 1, 1);

  @Property(tries = 300)
  void groupsAreTheSortedRecordsWhateverTheOrderAdded(@ForAll long seed) {
    Random r = new Random(seed);
    List<Consumer<VcDataset.Builder>> adds = new ArrayList<>();
    int registered = r.nextInt(6);
    int named = registered + r.nextInt(4); // P0 .. P(named-1); those past registered are implied
    for (int p = 0; p < registered; p++) {
      Person person = Person.of("P" + p);
      adds.add(b -> b.addPerson(person));
    }
    int crimes = 1 + r.nextInt(5);
    List<Involvement> involvements = new ArrayList<>();
    for (int c = 0; c < crimes; c++) {
      Crime crime = Crime.builder().id("C" + c).hoCode("8N").committedOn(D).build();
      adds.add(b -> b.addCrime(crime));
      Set<String> seen = new HashSet<>();
      for (int k = r.nextInt(6); k > 0 && named > 0; k--) {
        Involvement i = Involvement.of("C" + c, "P" + r.nextInt(named), Role.values()[r.nextInt(Role.values().length)]);
        if (seen.add(i.personId() + i.role())) {
          involvements.add(i);
          adds.add(b -> b.addInvolvement(i));
        }
      }
    }
    int logs = r.nextInt(4);
    List<IntelMention> mentions = new ArrayList<>();
    for (int l = 0; l < logs; l++) {
      IntelLog log =
          IntelLog.builder().id("I" + l).recordedOn(D).grade(IntelGrade.of("3x5x2", "1", "A")).build();
      adds.add(b -> b.addIntelLog(log));
      Set<String> seen = new HashSet<>();
      for (int k = r.nextInt(5); k > 0 && named > 0; k--) {
        IntelMention m = IntelMention.of("I" + l, "P" + r.nextInt(named));
        if (seen.add(m.personId())) {
          mentions.add(m);
          adds.add(b -> b.addIntelMention(m));
        }
      }
    }
    List<CustodyRecord> custody = new ArrayList<>();
    List<OcgMembership> ocg = new ArrayList<>();
    for (int k = named == 0 ? 0 : r.nextInt(6); k > 0; k--) {
      CustodyRecord c =
          CustodyRecord.builder()
              .id("K" + k)
              .personId("P" + r.nextInt(named))
              .bookedOn(D.plusDays(r.nextInt(3)))
              .build();
      custody.add(c);
      adds.add(b -> b.addCustodyRecord(c));
    }
    Set<String> spells = new HashSet<>();
    for (int k = named == 0 ? 0 : r.nextInt(5); k > 0; k--) {
      OcgMembership m =
          OcgMembership.builder()
              .ocgId("G" + r.nextInt(2))
              .personId("P" + r.nextInt(named))
              .since(D.minusYears(r.nextInt(3)))
              .build();
      if (spells.add(m.personId() + m.ocgId() + m.since())) {
        ocg.add(m);
        adds.add(b -> b.addOcgMembership(m));
      }
    }
    Collections.shuffle(adds, r);
    VcDataset.Builder b = VcDataset.builder();
    adds.forEach(a -> a.accept(b));
    VcDataset d = b.build();

    Set<String> expectedPeople = new TreeSet<>();
    for (int p = 0; p < registered; p++) {
      expectedPeople.add("P" + p);
    }
    involvements.forEach(i -> expectedPeople.add(i.personId()));
    mentions.forEach(m -> expectedPeople.add(m.personId()));
    custody.forEach(c -> expectedPeople.add(c.personId()));
    ocg.forEach(m -> expectedPeople.add(m.personId()));
    assertThat(d.people().stream().map(Person::id).toList()).containsExactlyElementsOf(expectedPeople);

    for (Crime c : d.crimes()) {
      List<Involvement> want =
          involvements.stream()
              .filter(i -> i.crimeId().equals(c.id()))
              .sorted(Comparator.comparing(Involvement::personId).thenComparing(Involvement::role))
              .toList();
      assertThat(d.involvementsIn(c.id())).containsExactlyElementsOf(want);
      assertThat(d.peopleOfInvolvementsIn(c.id()).stream().map(Person::id).toList())
          .containsExactlyElementsOf(want.stream().map(Involvement::personId).toList());
      int[] people = d.personIndexesOfInvolvementsIn(c.id());
      assertThat(people).hasSize(want.size());
      for (int k = 0; k < want.size(); k++) {
        assertThat(d.people().get(people[k]).id()).isEqualTo(want.get(k).personId());
      }
    }
    for (Person p : d.people()) {
      List<Involvement> want =
          involvements.stream()
              .filter(i -> i.personId().equals(p.id()))
              .sorted(Comparator.comparing(Involvement::crimeId).thenComparing(Involvement::role))
              .toList();
      assertThat(d.involvementsOf(p.id())).containsExactlyElementsOf(want);
      int[] places = d.crimeIndexesOfInvolvementsOf(p.id());
      for (int k = 0; k < want.size(); k++) {
        assertThat(d.crimes().get(places[k]).id()).isEqualTo(want.get(k).crimeId());
        assertThat(d.crimesOfInvolvementsOf(p.id()).get(k).id()).isEqualTo(want.get(k).crimeId());
      }
      assertThat(d.custodyOf(p.id()))
          .containsExactlyElementsOf(
              custody.stream()
                  .filter(c -> c.personId().equals(p.id()))
                  .sorted(Comparator.comparing(CustodyRecord::bookedOn).thenComparing(CustodyRecord::id))
                  .toList());
      assertThat(d.ocgMembershipsOf(p.id()))
          .containsExactlyElementsOf(
              ocg.stream()
                  .filter(m -> m.personId().equals(p.id()))
                  .sorted(Comparator.comparing(OcgMembership::since).thenComparing(OcgMembership::ocgId))
                  .toList());
      assertThat(d.intelMentionsOf(p.id()))
          .containsExactlyElementsOf(
              mentions.stream()
                  .filter(m -> m.personId().equals(p.id()))
                  .sorted(Comparator.comparing(IntelMention::intelId))
                  .toList());
    }
    for (IntelLog log : d.intelLogs()) {
      int[] namedPlaces = d.personIndexesNamedIn(log.id());
      assertThat(namedPlaces).hasSize(d.peopleNamedIn(log.id()).size());
      for (int k = 0; k < namedPlaces.length; k++) {
        assertThat(d.people().get(namedPlaces[k]).id()).isEqualTo(d.peopleNamedIn(log.id()).get(k));
      }
      assertThat(d.peopleNamedIn(log.id()))
          .containsExactlyElementsOf(
              mentions.stream()
                  .filter(m -> m.intelId().equals(log.id()))
                  .map(IntelMention::personId)
                  .sorted()
                  .toList());
    }
  }
}
