package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  // Within-group orders. Groups are formed by a stable counting sort on dense id ranks (linear
  // time), so comparators only ever order the few records of one crime, log or person.
  private static final Comparator<CustodyRecord> CUSTODY_ORDER =
      Comparator.comparing(CustodyRecord::bookedOn).thenComparing(CustodyRecord::id);
  private static final Comparator<OcgMembership> OCG_ORDER =
      Comparator.comparing(OcgMembership::since)
          .thenComparing(OcgMembership::ocgId)
          .thenComparing(m -> m.until().orElse(LocalDate.MAX));

  private final Index<Person> people;
  private final Index<Crime> crimes;
  private final Index<IntelLog> intel;
  private final Index<School> schools;
  private final Index<CustodyRecord> custody;
  private final Groups<Involvement> involvementsByCrime;
  private final Groups<Involvement> involvementsByPerson;
  /** The rank of the person of each involvement of {@link #involvementsByCrime}, in its order. */
  private final int[] personRanksOfInvolvements;
  /** The rank of the crime of each involvement of {@link #involvementsByPerson}, in its order. */
  private final int[] crimeRanksOfInvolvements;
  private final Groups<IntelMention> mentionsByIntel;
  private final Groups<IntelMention> mentionsByPerson;
  /** The rank of the person of each mention of {@link #mentionsByIntel}, in its order. */
  private final int[] personRanksOfMentions;
  private final Groups<CustodyRecord> custodyByPerson;
  private final Groups<OcgMembership> ocgByPerson;
  private final List<Area> areas;

  private VcDataset(Builder b) {
    // The five indexes are independent: built side by side, each the same whatever the threads.
    var crimesF = async(() -> Index.of(b.crimes, Crime::id, "crime"));
    var intelF = async(() -> Index.of(b.intel, IntelLog::id, "intelligence log"));
    var peopleF = async(() -> NamedPeople.of(b.people, b.involvements, b.mentions, b.custody, b.ocg));
    var schoolsF = async(() -> Index.of(b.schools, School::urn, "school"));
    var custodyF = async(() -> Index.of(b.custody, CustodyRecord::id, "custody record"));
    // Joined in the order they were once built, so a broken rule is reported as before.
    crimes = join(crimesF);
    intel = join(intelF);
    schools = join(schoolsF);
    custody = join(custodyF);
    NamedPeople named = join(peopleF);
    people = named.index();

    // The mentions are grouped beside the involvements (independent; joined after them, so a broken
    // rule is reported in the same order as before).
    Index<IntelLog> intelIndex = intel;
    Index<Person> peopleIndex = people;
    var mentionsF = async(() -> MentionGroups.of(b.mentions, intelIndex, peopleIndex.size(), named.mentionRanks()));
    Involvement[] inv = b.involvements.toArray(new Involvement[0]);
    // Within a crime by person then role: the person's rank (id order) then the role's place.
    long[] personThenRole = new long[inv.length];
    for (int i = 0; i < inv.length; i++) {
      personThenRole[i] = ((long) named.involvementRanks()[i] << 8) | inv[i].role().ordinal();
    }
    Groups.Ordered<Involvement> byCrimeOrdered =
        Groups.ordered(
            inv,
            crimes.ranksOfKnown(
                java.util.Arrays.asList(inv), Involvement::crimeId, i -> "involvement " + i + " names crime " + i.crimeId()),
            crimes.size(),
            personThenRole);
    involvementsByCrime = byCrimeOrdered.groups();
    for (int i = 1; i < inv.length; i++) {
      if (involvementsByCrime.all.get(i).equals(involvementsByCrime.all.get(i - 1))) {
        throw new IllegalArgumentException(
            "involvement " + involvementsByCrime.all.get(i) + " is recorded twice");
      }
    }
    // Stable, so each person's involvements stay in crime id, role order.
    Involvement[] byCrime = involvementsByCrime.all.toArray(new Involvement[0]);
    int[] personRank = new int[byCrime.length];
    for (int i = 0; i < byCrime.length; i++) {
      personRank[i] = named.involvementRanks()[byCrimeOrdered.order()[i]];
    }
    involvementsByPerson = Groups.of(byCrime, personRank, people.size(), null);
    // The person of each involvement in crime order, and the crime of each in person order (the
    // same stable grouping by person applied to the crimes): records reached without a look-up.
    personRanksOfInvolvements = personRank;
    crimeRanksOfInvolvements = involvementsByPerson.regrouped(involvementsByCrime.groupOfEach(), personRank);

    MentionGroups mg = join(mentionsF);
    mentionsByIntel = mg.byIntel();
    mentionsByPerson = mg.byPerson();
    personRanksOfMentions = mg.personRanksByIntel();

    // In the order added, with the ranks found once; each person's records are then sorted by date
    // and id (custody ids are distinct: the custody index checked them).
    custodyByPerson =
        Groups.of(b.custody.toArray(new CustodyRecord[0]), named.custodyRanks(), people.size(), CUSTODY_ORDER);

    ocgByPerson = Groups.of(b.ocg.toArray(new OcgMembership[0]), named.ocgRanks(), people.size(), OCG_ORDER);
    OcgMembership.requireOnce(ocgByPerson.all);
    areas = Area.inOrder(b.areas);
  }

  private static <T> java.util.concurrent.CompletableFuture<T> async(java.util.function.Supplier<T> work) {
    return java.util.concurrent.CompletableFuture.supplyAsync(work);
  }

  /** The index, or the rule it broke (an id added twice) as the caller's own exception. */
  private static <T> T join(java.util.concurrent.CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // Whole collections, in id order.

  /** @return every person, in id order */
  public List<Person> people() {
    return people.inOrder();
  }

  /** @return every crime, in id order */
  public List<Crime> crimes() {
    return crimes.inOrder();
  }

  /** @return every involvement, ordered by crime id, person id, role */
  public List<Involvement> involvements() {
    return involvementsByCrime.all;
  }

  /** @return every intelligence log, in id order */
  public List<IntelLog> intelLogs() {
    return intel.inOrder();
  }

  /** @return every mention of a person in a log, ordered by log id, person id */
  public List<IntelMention> intelMentions() {
    return mentionsByIntel.all;
  }

  /** @return every custody record, in id order */
  public List<CustodyRecord> custodyRecords() {
    return custody.inOrder();
  }

  /** @return every OCG membership, ordered by person id, start date, OCG id */
  public List<OcgMembership> ocgMemberships() {
    return ocgByPerson.all;
  }

  /** @return every school, in URN order */
  public List<School> schools() {
    return schools.inOrder();
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
   * A person's involvements in crimes ("involvements of a person"; for a crime's people see {@link
   * #involvementsIn(String)}).
   *
   * @param personId the person
   * @return their involvements ordered by crime id then role; empty for an unknown person
   */
  public List<Involvement> involvementsOf(String personId) {
    return involvementsByPerson.of(people.rank().rank(personId));
  }

  /**
   * The people recorded on a crime ("involvements in a crime"; for a person's crimes see {@link
   * #involvementsOf(String)}).
   *
   * @param crimeId the crime
   * @return its involvements ordered by person id then role; empty for an unknown crime
   */
  public List<Involvement> involvementsIn(String crimeId) {
    return involvementsByCrime.of(crimes.rank().rank(crimeId));
  }

  /**
   * @param personId a person
   * @return their position in {@link #people()} (id order), or -1 for an unknown person. O(1): a
   *     look-up in an int table, for pillars that number people by this position
   */
  public int indexOfPerson(String personId) {
    return people.rank().rank(personId);
  }

  /**
   * The person of each of a crime's involvements, without a look-up by id: the i-th is the person of
   * the i-th of {@link #involvementsIn(String)} (a person with two roles is there twice). O(1).
   *
   * @param crimeId the crime
   * @return the people, as many as its involvements; empty for an unknown crime
   */
  public List<Person> peopleOfInvolvementsIn(String crimeId) {
    return ranked(personIndexesOfInvolvementsIn(crimeId), people.inOrder());
  }

  /**
   * The position in {@link #people()} (id order) of the person of each of a crime's involvements, in
   * step with {@link #involvementsIn(String)}: for pillars that number people by this position.
   *
   * @param crimeId the crime
   * @return a new array, as long as its involvements; empty for an unknown crime
   */
  public int[] personIndexesOfInvolvementsIn(String crimeId) {
    return involvementsByCrime.slice(personRanksOfInvolvements, crimes.rank().rank(crimeId));
  }

  /**
   * The position in {@link #people()} of each person an intelligence log names, in step with {@link
   * #peopleNamedIn(String)}.
   *
   * @param intelId the log
   * @return a new array, one place per person named; empty for an unknown log
   */
  public int[] personIndexesNamedIn(String intelId) {
    return mentionsByIntel.slice(personRanksOfMentions, intel.rank().rank(intelId));
  }

  /** The records at the ranks, as a list view. */
  private static <T> List<T> ranked(int[] ranks, List<T> inOrder) {
    return new java.util.AbstractList<>() {
      @Override
      public T get(int k) {
        return inOrder.get(ranks[k]);
      }

      @Override
      public int size() {
        return ranks.length;
      }
    };
  }

  /**
   * The crime of each of a person's involvements, without a look-up by id: the i-th is the crime of
   * the i-th of {@link #involvementsOf(String)}. O(1).
   *
   * @param personId the person
   * @return the crimes, as many as their involvements; empty for an unknown person
   */
  public List<Crime> crimesOfInvolvementsOf(String personId) {
    return ranked(crimeIndexesOfInvolvementsOf(personId), crimes.inOrder());
  }

  /**
   * The position in {@link #crimes()} (id order) of the crime of each of a person's involvements, in
   * step with {@link #involvementsOf(String)}: for pillars that keep figures per crime in arrays.
   *
   * @param personId the person
   * @return a new array, as long as their involvements; empty for an unknown person
   */
  public int[] crimeIndexesOfInvolvementsOf(String personId) {
    return involvementsByPerson.slice(crimeRanksOfInvolvements, people.rank().rank(personId));
  }

  /** {@link #involvementsIn} of the crime at a position in {@link #crimes()}: no look-up by id. */
  public List<Involvement> involvementsInCrimeAt(int crimeIndex) {
    return involvementsByCrime.of(crimeIndex);
  }

  /** {@link #personIndexesOfInvolvementsIn} of the crime at a position in {@link #crimes()}. */
  public int[] personIndexesOfInvolvementsInCrimeAt(int crimeIndex) {
    return involvementsByCrime.slice(personRanksOfInvolvements, crimeIndex);
  }

  /** {@link #personIndexesNamedIn} of the log at a position in {@link #intelLogs()}. */
  public int[] personIndexesNamedInLogAt(int logIndex) {
    return mentionsByIntel.slice(personRanksOfMentions, logIndex);
  }

  /** {@link #involvementsOf} of the person at a position in {@link #people()}: no look-up by id. */
  public List<Involvement> involvementsOfPersonAt(int personIndex) {
    return involvementsByPerson.of(personIndex);
  }

  /** {@link #crimeIndexesOfInvolvementsOf} of the person at a position in {@link #people()}. */
  public int[] crimeIndexesOfInvolvementsOfPersonAt(int personIndex) {
    return involvementsByPerson.slice(crimeRanksOfInvolvements, personIndex);
  }

  /** {@link #crimesOfInvolvementsOf} of the person at a position in {@link #people()}. */
  public List<Crime> crimesOfInvolvementsOfPersonAt(int personIndex) {
    return ranked(involvementsByPerson.slice(crimeRanksOfInvolvements, personIndex), crimes.inOrder());
  }

  /**
   * The intelligence logs that name a person.
   *
   * @param personId the person
   * @return the logs in id order
   */
  public List<IntelLog> intelNaming(String personId) {
    List<IntelMention> m = mentionsByPerson.of(people.rank().rank(personId));
    List<IntelLog> out = new ArrayList<>(m.size());
    for (IntelMention x : m) {
      out.add(intel.get(x.intelId()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The mentions of a person in intelligence logs, without looking the logs up.
   *
   * @param personId the person
   * @return their mentions ordered by log id
   */
  public List<IntelMention> intelMentionsOf(String personId) {
    return mentionsByPerson.of(people.rank().rank(personId));
  }

  /**
   * The people an intelligence log names.
   *
   * @param intelId the log
   * @return person ids in order
   */
  public List<String> peopleNamedIn(String intelId) {
    List<IntelMention> m = mentionsByIntel.of(intel.rank().rank(intelId));
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
    return custodyByPerson.of(people.rank().rank(personId));
  }

  /** {@link #custodyOf} the person at a position in {@link #people()}: no look-up by id. */
  public List<CustodyRecord> custodyOfPersonAt(int personIndex) {
    return custodyByPerson.of(personIndex);
  }

  /** {@link #ocgMembershipsOf} the person at a position in {@link #people()}: no look-up by id. */
  public List<OcgMembership> ocgMembershipsOfPersonAt(int personIndex) {
    return ocgByPerson.of(personIndex);
  }

  /**
   * A person's OCG memberships, past and present.
   *
   * @param personId the person
   * @return memberships ordered by start date then OCG id
   */
  public List<OcgMembership> ocgMembershipsOf(String personId) {
    return ocgByPerson.of(people.rank().rank(personId));
  }

  /**
   * The OCG memberships of a person that cover a day (both ends inclusive).
   *
   * @param personId the person
   * @param day the day
   * @return the memberships active that day
   */
  public List<OcgMembership> ocgMembershipsOn(String personId, LocalDate day) {
    return activeOn(ocgMembershipsOf(personId), day);
  }

  /** {@link #ocgMembershipsOn} the person at a position in {@link #people()}: no look-up by id. */
  public List<OcgMembership> ocgMembershipsOnPersonAt(int personIndex, LocalDate day) {
    return activeOn(ocgByPerson.of(personIndex), day);
  }

  private static List<OcgMembership> activeOn(List<OcgMembership> all, LocalDate day) {
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
        + involvements().size() + " involvements, " + intel.size() + " intelligence logs, "
        + intelMentions().size() + " mentions, " + custody.size() + " custody records, "
        + ocgMemberships().size()
        + " OCG memberships, " + schools.size() + " schools, " + areas.size() + " areas]";
  }

  // ---------------------------------------------------------------------------------------------

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
