package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything known to an analysis, indexed by id: people, crimes, involvements, intelligence logs and
 * the people they name, custody records, OCG memberships and schools.
 *
 * <p>It answers the questions every pillar asks in O(1) to find the answer plus O(size of the answer)
 * to read it: a person's involvements, a crime's people, the intelligence naming a person, OCG
 * membership on a date. Every list it returns is unmodifiable and in a fixed order that does not
 * depend on the order records were added (ids in {@link String#compareTo} order), so results built
 * from it are deterministic.
 *
 * <p>Referential rules, checked by {@link Builder#build()}: ids are unique; an involvement names a
 * known crime and a mention a known log; the same person is not recorded twice in one role on one
 * crime, nor named twice in one log (a person cannot be their own link); an area's id is unique
 * within its level. A person named by an
 * involvement, mention, custody record or OCG membership but not added with {@link
 * Builder#addPerson(Person)} is created with only an id. (The CSV loader is stricter: when a package
 * has {@code people.csv}, rows naming anyone not in it are rejected.)
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class VcDataset {

  private static final Comparator<Involvement> BY_CRIME =
      Comparator.comparing(Involvement::crimeId)
          .thenComparing(Involvement::personId)
          .thenComparing(Involvement::role);
  private static final Comparator<Involvement> BY_PERSON =
      Comparator.comparing(Involvement::personId)
          .thenComparing(Involvement::crimeId)
          .thenComparing(Involvement::role);
  private static final Comparator<IntelMention> MENTION_BY_INTEL =
      Comparator.comparing(IntelMention::intelId).thenComparing(IntelMention::personId);
  private static final Comparator<IntelMention> MENTION_BY_PERSON =
      Comparator.comparing(IntelMention::personId).thenComparing(IntelMention::intelId);

  private final Map<String, Person> people;
  private final Map<String, Crime> crimes;
  private final Map<String, IntelLog> intel;
  private final Map<String, School> schools;
  private final Map<String, CustodyRecord> custody;
  private final List<Involvement> involvements;
  private final Map<String, List<Involvement>> involvementsByCrime;
  private final Map<String, List<Involvement>> involvementsByPerson;
  private final List<IntelMention> mentions;
  private final Map<String, List<IntelMention>> mentionsByIntel;
  private final Map<String, List<IntelMention>> mentionsByPerson;
  private final Map<String, List<CustodyRecord>> custodyByPerson;
  private final List<OcgMembership> ocg;
  private final Map<String, List<OcgMembership>> ocgByPerson;
  private final List<Area> areas;

  private VcDataset(Builder b) {
    crimes = index(b.crimes, Crime::id, "crime");
    intel = index(b.intel, IntelLog::id, "intelligence log");
    schools = index(b.schools, School::urn, "school");
    custody = index(b.custody, CustodyRecord::id, "custody record");

    Involvement[] inv = b.involvements.toArray(new Involvement[0]);
    Arrays.sort(inv, BY_CRIME);
    for (int i = 0; i < inv.length; i++) {
      if (!crimes.containsKey(inv[i].crimeId())) {
        throw new IllegalArgumentException(
            "involvement " + inv[i] + " names crime " + inv[i].crimeId() + ", which is not in the data set");
      }
      if (i > 0 && inv[i].equals(inv[i - 1])) {
        throw new IllegalArgumentException("involvement " + inv[i] + " is recorded twice");
      }
    }
    involvements = Collections.unmodifiableList(Arrays.asList(inv));
    involvementsByCrime = group(inv, Involvement::crimeId);
    Involvement[] invByPerson = inv.clone();
    Arrays.sort(invByPerson, BY_PERSON);
    involvementsByPerson = group(invByPerson, Involvement::personId);

    IntelMention[] men = b.mentions.toArray(new IntelMention[0]);
    Arrays.sort(men, MENTION_BY_INTEL);
    for (int i = 0; i < men.length; i++) {
      if (!intel.containsKey(men[i].intelId())) {
        throw new IllegalArgumentException(
            "mention " + men[i] + " names intelligence log " + men[i].intelId()
                + ", which is not in the data set");
      }
      if (i > 0 && men[i].equals(men[i - 1])) {
        throw new IllegalArgumentException(
            "person " + men[i].personId() + " is named twice in intelligence log " + men[i].intelId()
                + "; a person cannot be their own link");
      }
    }
    mentions = Collections.unmodifiableList(Arrays.asList(men));
    mentionsByIntel = group(men, IntelMention::intelId);
    IntelMention[] menByPerson = men.clone();
    Arrays.sort(menByPerson, MENTION_BY_PERSON);
    mentionsByPerson = group(menByPerson, IntelMention::personId);

    CustodyRecord[] cus = b.custody.toArray(new CustodyRecord[0]);
    Arrays.sort(
        cus,
        Comparator.comparing(CustodyRecord::personId)
            .thenComparing(CustodyRecord::bookedOn)
            .thenComparing(CustodyRecord::id));
    custodyByPerson = group(cus, CustodyRecord::personId);

    OcgMembership[] o = b.ocg.toArray(new OcgMembership[0]);
    Arrays.sort(
        o,
        Comparator.comparing(OcgMembership::personId)
            .thenComparing(OcgMembership::since)
            .thenComparing(OcgMembership::ocgId)
            .thenComparing(m -> m.until().orElse(LocalDate.MAX)));
    for (int i = 1; i < o.length; i++) {
      if (o[i].personId().equals(o[i - 1].personId())
          && o[i].ocgId().equals(o[i - 1].ocgId())
          && o[i].since().equals(o[i - 1].since())) {
        throw new IllegalArgumentException(
            "OCG membership of " + o[i].personId() + " in " + o[i].ocgId() + " from " + o[i].since()
                + " is recorded twice");
      }
    }
    ocg = Collections.unmodifiableList(Arrays.asList(o));
    ocgByPerson = group(o, OcgMembership::personId);

    Area[] ar = b.areas.toArray(new Area[0]);
    Arrays.sort(ar, Comparator.comparing(Area::level).thenComparing(Area::id));
    for (int i = 1; i < ar.length; i++) {
      if (ar[i].level().equals(ar[i - 1].level()) && ar[i].id().equals(ar[i - 1].id())) {
        throw new IllegalArgumentException(
            "area " + ar[i].id() + " of level " + ar[i].level() + " is added twice");
      }
    }
    areas = Collections.unmodifiableList(Arrays.asList(ar));

    Map<String, Person> p = new HashMap<>(b.people.size() * 2);
    for (Person person : b.people) {
      if (p.putIfAbsent(person.id(), person) != null) {
        throw new IllegalArgumentException("person " + person.id() + " is added twice");
      }
    }
    for (Collection<String> ids :
        List.of(
            involvementsByPerson.keySet(),
            mentionsByPerson.keySet(),
            custodyByPerson.keySet(),
            ocgByPerson.keySet())) {
      for (String id : ids) {
        p.computeIfAbsent(id, Person::of);
      }
    }
    people = sorted(p, Comparator.naturalOrder());
  }

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // Whole collections, in id order.

  /** @return every person, in id order */
  public Collection<Person> people() {
    return people.values();
  }

  /** @return every crime, in id order */
  public Collection<Crime> crimes() {
    return crimes.values();
  }

  /** @return every involvement, ordered by crime id, person id, role */
  public List<Involvement> involvements() {
    return involvements;
  }

  /** @return every intelligence log, in id order */
  public Collection<IntelLog> intelLogs() {
    return intel.values();
  }

  /** @return every mention of a person in a log, ordered by log id, person id */
  public List<IntelMention> intelMentions() {
    return mentions;
  }

  /** @return every custody record, in id order */
  public Collection<CustodyRecord> custodyRecords() {
    return custody.values();
  }

  /** @return every OCG membership, ordered by person id, start date, OCG id */
  public List<OcgMembership> ocgMemberships() {
    return ocg;
  }

  /** @return every school, in URN order */
  public Collection<School> schools() {
    return schools.values();
  }

  /** @return every area of {@code areas.geojson}, ordered by level then id */
  public List<Area> areas() {
    return areas;
  }

  // ---------------------------------------------------------------------------------------------
  // Look-ups.

  /**
   * @param id a person id
   * @return the person, if known
   */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(id));
  }

  /**
   * @param id a crime id
   * @return the crime, if known
   */
  public Optional<Crime> crime(String id) {
    return Optional.ofNullable(crimes.get(id));
  }

  /**
   * @param id an intelligence log id
   * @return the log, if known
   */
  public Optional<IntelLog> intelLog(String id) {
    return Optional.ofNullable(intel.get(id));
  }

  /**
   * @param urn a school URN
   * @return the school, if known
   */
  public Optional<School> school(String urn) {
    return Optional.ofNullable(schools.get(urn));
  }

  /**
   * A person's involvements in crimes.
   *
   * @param personId the person
   * @return their involvements ordered by crime id then role; empty for an unknown person
   */
  public List<Involvement> involvementsOf(String personId) {
    return involvementsByPerson.getOrDefault(personId, List.of());
  }

  /**
   * The people recorded on a crime.
   *
   * @param crimeId the crime
   * @return its involvements ordered by person id then role; empty for an unknown crime
   */
  public List<Involvement> involvementsIn(String crimeId) {
    return involvementsByCrime.getOrDefault(crimeId, List.of());
  }

  /**
   * The intelligence logs that name a person.
   *
   * @param personId the person
   * @return the logs in id order
   */
  public List<IntelLog> intelNaming(String personId) {
    List<IntelMention> m = mentionsByPerson.getOrDefault(personId, List.of());
    List<IntelLog> out = new ArrayList<>(m.size());
    for (IntelMention x : m) {
      out.add(intel.get(x.intelId()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The people an intelligence log names.
   *
   * @param intelId the log
   * @return person ids in order
   */
  public List<String> peopleNamedIn(String intelId) {
    List<IntelMention> m = mentionsByIntel.getOrDefault(intelId, List.of());
    List<String> out = new ArrayList<>(m.size());
    for (IntelMention x : m) {
      out.add(x.personId());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A person's custody records.
   *
   * @param personId the person
   * @return their records ordered by booking date then id
   */
  public List<CustodyRecord> custodyOf(String personId) {
    return custodyByPerson.getOrDefault(personId, List.of());
  }

  /**
   * A person's OCG memberships, past and present.
   *
   * @param personId the person
   * @return memberships ordered by start date then OCG id
   */
  public List<OcgMembership> ocgMembershipsOf(String personId) {
    return ocgByPerson.getOrDefault(personId, List.of());
  }

  /**
   * The OCG memberships of a person that cover a day (both ends inclusive).
   *
   * @param personId the person
   * @param day the day
   * @return the memberships active that day
   */
  public List<OcgMembership> ocgMembershipsOn(String personId, LocalDate day) {
    List<OcgMembership> all = ocgMembershipsOf(personId);
    List<OcgMembership> out = new ArrayList<>(1);
    for (OcgMembership m : all) {
      if (m.activeOn(day)) {
        out.add(m);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether a person was a member of any OCG on a day.
   *
   * @param personId the person
   * @param day the day
   * @return true when a membership covers the day
   */
  public boolean isOcgMemberOn(String personId, LocalDate day) {
    for (OcgMembership m : ocgMembershipsOf(personId)) {
      if (m.activeOn(day)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "VcDataset[" + people.size() + " people, " + crimes.size() + " crimes, "
        + involvements.size() + " involvements, " + intel.size() + " intelligence logs, "
        + mentions.size() + " mentions, " + custody.size() + " custody records, " + ocg.size()
        + " OCG memberships, " + schools.size() + " schools, " + areas.size() + " areas]";
  }

  // ---------------------------------------------------------------------------------------------

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
    Map<String, T> m = new HashMap<>(items.size() * 2);
    for (T t : items) {
      if (m.putIfAbsent(id.apply(t), t) != null) {
        throw new IllegalArgumentException(what + " " + id.apply(t) + " is added twice");
      }
    }
    return sorted(m, Comparator.naturalOrder());
  }

  /** An unmodifiable map iterating in key order, with O(1) look-up. */
  private static <T> Map<String, T> sorted(Map<String, T> m, Comparator<String> order) {
    String[] keys = m.keySet().toArray(new String[0]);
    Arrays.sort(keys, order);
    LinkedHashMap<String, T> out = new LinkedHashMap<>(keys.length * 2);
    for (String k : keys) {
      out.put(k, m.get(k));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Groups an array already sorted by key into unmodifiable views of the array. */
  private static <T> Map<String, List<T>> group(T[] sortedItems, Function<T, String> key) {
    List<T> all = Collections.unmodifiableList(Arrays.asList(sortedItems));
    Map<String, List<T>> out = new HashMap<>();
    int start = 0;
    for (int i = 1; i <= sortedItems.length; i++) {
      if (i == sortedItems.length
          || !key.apply(sortedItems[i]).equals(key.apply(sortedItems[start]))) {
        out.put(key.apply(sortedItems[start]), all.subList(start, i));
        start = i;
      }
    }
    return out;
  }

  /**
   * Collects records for a {@link VcDataset}. Not thread-safe; add records in any order.
   */
  public static final class Builder {
    private final List<Person> people = new ArrayList<>();
    private final List<Crime> crimes = new ArrayList<>();
    private final List<Involvement> involvements = new ArrayList<>();
    private final List<IntelLog> intel = new ArrayList<>();
    private final List<IntelMention> mentions = new ArrayList<>();
    private final List<CustodyRecord> custody = new ArrayList<>();
    private final List<OcgMembership> ocg = new ArrayList<>();
    private final List<School> schools = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();

    private Builder() {}

    /** @param p a person @return this builder */
    public Builder addPerson(Person p) {
      people.add(p);
      return this;
    }

    /** @param c a crime @return this builder */
    public Builder addCrime(Crime c) {
      crimes.add(c);
      return this;
    }

    /** @param i an involvement @return this builder */
    public Builder addInvolvement(Involvement i) {
      involvements.add(i);
      return this;
    }

    /**
     * Records a person's part in a crime.
     *
     * @param crimeId the crime
     * @param personId the person
     * @param role their part
     * @return this builder
     */
    public Builder addInvolvement(String crimeId, String personId, Role role) {
      return addInvolvement(Involvement.of(crimeId, personId, role));
    }

    /** @param log an intelligence log @return this builder */
    public Builder addIntelLog(IntelLog log) {
      intel.add(log);
      return this;
    }

    /** @param m a mention of a person in a log @return this builder */
    public Builder addIntelMention(IntelMention m) {
      mentions.add(m);
      return this;
    }

    /**
     * Records that a log names people.
     *
     * @param intelId the log
     * @param personIds the people it names
     * @return this builder
     */
    public Builder addIntelMentions(String intelId, String... personIds) {
      for (String p : personIds) {
        addIntelMention(IntelMention.of(intelId, p));
      }
      return this;
    }

    /** @param c a custody record @return this builder */
    public Builder addCustodyRecord(CustodyRecord c) {
      custody.add(c);
      return this;
    }

    /** @param m an OCG membership @return this builder */
    public Builder addOcgMembership(OcgMembership m) {
      ocg.add(m);
      return this;
    }

    /** @param s a school @return this builder */
    public Builder addSchool(School s) {
      schools.add(s);
      return this;
    }

    /** @param a an area @return this builder */
    public Builder addArea(Area a) {
      areas.add(a);
      return this;
    }

    /**
     * Indexes the records.
     *
     * @return the data set
     * @throws IllegalArgumentException when an id repeats or a reference points nowhere
     */
    public VcDataset build() {
      return new VcDataset(this);
    }
  }
}
