package org.vcanalytics.core.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.internal.IdTable;

/**
 * The result of {@link VcClassifier}: every crime committed up to the as-of date, classified, and
 * every person's contributing factors as of that date. Ordered by id; immutable.
 */
public final class Classification {

  private final LocalDate asOf;
  private final ClassifierOptions options;
  private final List<CrimeClassification> crimes;
  private final List<CrimeClassification> violent;
  private final List<Crime> records;
  private final List<Crime> violentRecords;
  /** The place in {@link #crimes} of each crime of the data set classified, by its place there; -1 after the as-of date. */
  private final int[] byDataIndex;
  /** The place in {@link #violent} of each of {@link #crimes}, by its place there; -1 for one not violent. */
  private final int[] violentPlace;
  /** The place in the data set classified of each of {@link #violent}, by its place there. */
  private final int[] violentDataIndex;
  private final IdTable crimesById;
  private final List<PersonFactors> people;
  private final IdTable peopleById;
  private static final List<FactorEvidence> NONE = List.of();
  private final long crimesAfterAsOf;
  private final long intelAfterAsOf;
  private final long custodyAfterAsOf;
  private final Map<String, Long> unknownCodes;

  Classification(
      LocalDate asOf,
      ClassifierOptions options,
      CrimeClassification[] violentOrNull,
      Map<String, Optional<Offence>> offences,
      List<Crime> records,
      int[] byDataIndex,
      int[] dataIndexOf,
      List<PersonFactors> people,
      long crimesAfterAsOf,
      long intelAfterAsOf,
      long custodyAfterAsOf,
      Map<String, Long> unknownCodes) {
    this.asOf = asOf;
    this.options = options;
    this.records = Collections.unmodifiableList(records);
    this.crimes = new AllCrimes(violentOrNull.clone(), Map.copyOf(offences), this.records);
    this.byDataIndex = byDataIndex;
    List<CrimeClassification> v = new ArrayList<>();
    List<Crime> vr = new ArrayList<>();
    this.violentPlace = new int[violentOrNull.length];
    int[] violentData = new int[violentOrNull.length];
    for (int i = 0; i < violentOrNull.length; i++) {
      violentPlace[i] = violentOrNull[i] != null ? v.size() : -1;
      if (violentOrNull[i] != null) {
        violentData[v.size()] = dataIndexOf[i];
        v.add(violentOrNull[i]);
        vr.add(records.get(i));
      }
    }
    this.violentDataIndex = java.util.Arrays.copyOf(violentData, v.size());
    this.violent = Collections.unmodifiableList(v);
    this.violentRecords = Collections.unmodifiableList(vr);
    this.crimesById = new IdTable(records.stream().map(Crime::id).toArray(String[]::new));
    this.people = Collections.unmodifiableList(people);
    this.peopleById = new IdTable(people.stream().map(PersonFactors::personId).toArray(String[]::new));
    this.crimesAfterAsOf = crimesAfterAsOf;
    this.intelAfterAsOf = intelAfterAsOf;
    this.custodyAfterAsOf = custodyAfterAsOf;
    this.unknownCodes = Collections.unmodifiableMap(unknownCodes);
  }

  /** @return the as-of date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the options used */
  public ClassifierOptions options() {
    return options;
  }

  /**
   * @return every crime committed on or before the as-of date, in id order. A violent crime's
   *     classification is held; a non-violent one's is made each time it is asked for, equal to the
   *     last (compare with {@code equals}, not {@code ==})
   */
  public List<CrimeClassification> crimes() {
    return crimes;
  }

  /** @return the violent crimes among {@link #crimes()}, in id order */
  public List<CrimeClassification> violentCrimes() {
    return violent;
  }

  /**
   * The crime records classified, in step with {@link #crimes()}: {@code crimeRecords().get(i)} is
   * the record of {@code crimes().get(i)}, reached without a look-up by id.
   *
   * @return the record of each classified crime, from the data set classified
   */
  public List<Crime> crimeRecords() {
    return records;
  }

  /** @return the record of each of {@link #violentCrimes()}, in step with it (as {@link #crimeRecords()}) */
  public List<Crime> violentCrimeRecords() {
    return violentRecords;
  }

  /**
   * The violent crimes of each typology (a crime can have several, so these add up to more than
   * the violent crimes), counted in one pass.
   *
   * @return typology → violent crimes, every typology, in the enum's order
   */
  public Map<Typology, Long> typologyCounts() {
    long[] n = new long[Typology.values().length];
    for (CrimeClassification c : violent) {
      for (Typology t : c.typologies()) {
        n[t.ordinal()]++;
      }
    }
    Map<Typology, Long> m = new java.util.EnumMap<>(Typology.class);
    for (Typology t : Typology.values()) {
      m.put(t, n[t.ordinal()]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * @param crimeId a crime
   * @return its classification; empty for an unknown crime or one committed after the as-of date
   */
  public Optional<CrimeClassification> crime(String crimeId) {
    int r = crimesById.rank(crimeId);
    return r < 0 ? Optional.empty() : Optional.of(crimes.get(r));
  }

  /**
   * The classification of a crime by its place in the data set classified, without a look-up by id
   * (for pillars that hold places, as {@code VcDataset.crimeIndexesOfInvolvementsOf}).
   *
   * @param dataIndex a place in {@code VcDataset.crimes()} of the data set classified
   * @return its classification; empty for a crime committed after the as-of date
   * @throws IndexOutOfBoundsException when there is no such place
   */
  public Optional<CrimeClassification> crimeAt(int dataIndex) {
    int i = byDataIndex[dataIndex];
    return i < 0 ? Optional.empty() : Optional.of(crimes.get(i));
  }

  /**
   * The place among the violent crimes of a crime by its place in the data set classified, without a
   * look-up by id (for pillars that hold places, as {@code VcDataset.crimeIndexesOfInvolvementsOf},
   * and keep figures in step with {@link #violentCrimes()}).
   *
   * @param dataIndex a place in {@code VcDataset.crimes()} of the data set classified
   * @return its place in {@link #violentCrimes()}; -1 for a crime that is not violent or was committed
   *     after the as-of date
   * @throws IndexOutOfBoundsException when there is no such place
   */
  public int violentAt(int dataIndex) {
    int i = byDataIndex[dataIndex];
    return i < 0 ? -1 : violentPlace[i];
  }

  /**
   * The place in the data set classified of a violent crime, the inverse of {@link #violentAt}: for
   * pillars that walk {@link #violentCrimes()} and reach the data set's records by place, as {@code
   * VcDataset.involvementsInCrimeAt}.
   *
   * @param data the data set this classification is of
   * @param violentIndex a place in {@link #violentCrimes()}
   * @return its place in {@code data.crimes()}
   * @throws IndexOutOfBoundsException when there is no such place
   * @throws IllegalArgumentException when the data set holds another crime there: the
   *     classification is not of it
   */
  public int dataIndexOfViolent(VcDataset data, int violentIndex) {
    int at = violentDataIndex[violentIndex];
    if (at >= data.crimes().size() || !data.crimes().get(at).id().equals(violentRecords.get(violentIndex).id())) {
      throw new IllegalArgumentException("the classification is not of this data set");
    }
    return at;
  }

  /** @return the factors of every person with at least one recorded, in id order */
  public List<PersonFactors> peopleWithFactors() {
    return people;
  }

  /**
   * The places of people in {@link #peopleWithFactors()}, -1 for one with none: {@code places[i]}
   * for {@code personIds[i]}, {@code i < n}, looked up together.
   */
  void placesWithFactors(String[] personIds, int n, int[] places) {
    peopleById.ranks(personIds, n, places);
  }

  /**
   * @param personId a person
   * @return their factors; none for an unknown person
   */
  public PersonFactors factorsOf(String personId) {
    int r = peopleById.rank(personId);
    return r >= 0 ? people.get(r) : new PersonFactors(personId, NONE);
  }

  /** @return the number of crimes left out because they were committed after the as-of date */
  public long crimesAfterAsOf() {
    return crimesAfterAsOf;
  }

  /** @return the number of intelligence logs left out because they were recorded after the as-of date */
  public long intelAfterAsOf() {
    return intelAfterAsOf;
  }

  /** @return the number of custody records left out because they were booked after the as-of date */
  public long custodyAfterAsOf() {
    return custodyAfterAsOf;
  }

  /**
   * Offence codes found on crimes that the offence table does not know and that the definition did
   * not match (by code or title), with the number of crimes carrying each: those crimes are counted
   * as non-violent.
   *
   * @return code to number of crimes, in code order
   */
  public Map<String, Long> unknownCodes() {
    return unknownCodes;
  }

  /**
   * @return one warning per unknown code, e.g. {@code offence code 999 is not in the Home Office
   *     table: 3 crimes counted as non-violent}
   */
  public List<String> warnings() {
    return unknownCodes.entrySet().stream()
        .map(
            e ->
                "offence code " + e.getKey() + " is not in the Home Office table: " + e.getValue()
                    + (e.getValue() == 1 ? " crime" : " crimes") + " counted as non-violent")
        .toList();
  }

  /**
   * Every classified crime, in step with the records: a violent crime's classification as made, a
   * non-violent one's made when asked for (its id, code and offence, no match, no typology). Two
   * million non-violent crimes of a force are then not two million records held for the whole run;
   * each one asked for is equal to the one made before.
   */
  private static final class AllCrimes extends java.util.AbstractList<CrimeClassification>
      implements java.util.RandomAccess {
    private final CrimeClassification[] violentOrNull;
    private final Map<String, Optional<Offence>> offences;
    private final List<Crime> records;

    AllCrimes(CrimeClassification[] violentOrNull, Map<String, Optional<Offence>> offences, List<Crime> records) {
      this.violentOrNull = violentOrNull;
      this.offences = offences;
      this.records = records;
    }

    @Override
    public CrimeClassification get(int i) {
      CrimeClassification c = violentOrNull[i];
      if (c != null) {
        return c;
      }
      Crime r = records.get(i);
      return new CrimeClassification(r.id(), r.hoCode(), offences.get(r.hoCode()), Optional.empty(), List.of(), List.of());
    }

    @Override
    public int size() {
      return violentOrNull.length;
    }
  }
}
