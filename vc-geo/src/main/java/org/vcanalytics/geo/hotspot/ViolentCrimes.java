package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Typology;

/**
 * The crimes a hotspot analysis counts — the classification's violent crimes committed on or before
 * its as-of date, in the classification's order — each with its typology names ({@code ALL} first)
 * and its people: offenders and suspects, and victims, as small numbers for counting distinct people
 * per cell (their place in the data set's people), laid end to end in one column each. Every later step reads
 * crime {@code i} from here. O(N log N) to build for N crimes with their involvements (each crime's
 * people sorted and numbered in parallel; the numbers do not depend on the thread count); read-only
 * afterwards.
 */
final class ViolentCrimes {

  private final List<Crime> crimes;
  private final List<List<String>> typologies;
  private final List<Person> people;
  /** Crime i's offenders and suspects are {@code offenderAll[offenderStart[i] .. offenderStart[i + 1])}. */
  private final int[] offenderStart;
  private final int[] offenderAll;
  /** Crime i's victims are {@code victimAll[victimStart[i] .. victimStart[i + 1])}. */
  private final int[] victimStart;
  private final int[] victimAll;

  private ViolentCrimes(
      List<Crime> crimes, List<List<String>> typologies, List<Person> people, int[][] offenders,
      int[][] victims) {
    this.crimes = Collections.unmodifiableList(crimes);
    this.typologies = Collections.unmodifiableList(typologies);
    this.people = people;
    this.offenderStart = starts(offenders);
    this.offenderAll = flat(offenders, offenderStart);
    this.victimStart = starts(victims);
    this.victimAll = flat(victims, victimStart);
  }

  private static int[] starts(int[][] rows) {
    int[] start = new int[rows.length + 1];
    for (int i = 0; i < rows.length; i++) {
      start[i + 1] = start[i] + rows[i].length;
    }
    return start;
  }

  private static int[] flat(int[][] rows, int[] start) {
    int[] all = new int[start[rows.length]];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, all, start[i], rows[i].length);
    }
    return all;
  }

  /** The classification's violent crimes (its own records of them) with their people in the data set. */
  static ViolentCrimes of(VcDataset data, Classification classification) {
    List<Crime> crimes = new ArrayList<>();
    List<List<String>> typologies = new ArrayList<>();
    List<CrimeClassification> classified = classification.violentCrimes();
    // A million crimes have a few dozen typology sets: each list of names made once and shared.
    java.util.Map<List<Typology>, List<String>> names = new java.util.HashMap<>();
    for (int k = 0; k < classified.size(); k++) {
      CrimeClassification cc = classified.get(k);
      crimes.add(classification.violentCrimeRecords().get(k));
      typologies.add(
          names.computeIfAbsent(
              cc.typologies(),
              types -> {
                List<String> t = new ArrayList<>();
                t.add(Typologies.ALL);
                for (Typology ty : types) {
                  t.add(ty.name());
                }
                return Collections.unmodifiableList(t);
              }));
    }
    // Each crime's people on its own (in parallel), with their numbers: their places in the data
    // set's people, in step with the involvements (VcDataset.personIndexesOfInvolvementsIn); then
    // laid end to end, two columns for a million crimes rather than two million small arrays.
    int n = crimes.size();
    int[][] offenderNumbers = new int[n][];
    int[][] victimNumbers = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int at = classification.dataIndexOfViolent(data, i); // by place: no look-up by id
              List<Involvement> involved = data.involvementsInCrimeAt(at);
              int[] numbers = data.personIndexesOfInvolvementsInCrimeAt(at);
              offenderNumbers[i] = distinct(involved, numbers, true);
              victimNumbers[i] = distinct(involved, numbers, false);
            });
    return new ViolentCrimes(crimes, typologies, data.people(), offenderNumbers, victimNumbers);
  }

  /**
   * The numbers of a crime's offenders and suspects (or its victims), each once, in id order: the
   * involvements come by person id then role, so a person's roles are side by side.
   */
  private static int[] distinct(List<Involvement> involved, int[] numbers, boolean offenders) {
    int[] out = new int[involved.size()];
    int d = 0;
    for (int k = 0; k < out.length; k++) {
      Role role = involved.get(k).role();
      if ((offenders ? role.isOffenderOrSuspect() : role == Role.VICTIM) && (d == 0 || out[d - 1] != numbers[k])) {
        out[d++] = numbers[k];
      }
    }
    return java.util.Arrays.copyOf(out, d);
  }

  /** @return the number of crimes */
  int size() {
    return crimes.size();
  }

  /** @return how many person numbers there are: the data set's people (numbers 0 to this, exclusive) */
  int personCount() {
    return people.size();
  }

  /** @return the data set's people: person number p is {@code people().get(p)} */
  List<Person> people() {
    return people;
  }

  /** @return the id of person number p */
  String personId(int p) {
    return people.get(p).id();
  }

  /** @return the crimes, in order */
  List<Crime> crimes() {
    return crimes;
  }

  /** @return crime i */
  Crime crime(int i) {
    return crimes.get(i);
  }

  /** @return crime i's typology names: {@code ALL}, then its typologies */
  List<String> typologies(int i) {
    return typologies.get(i);
  }

  /**
   * @return every crime's offenders and suspects as person numbers, crime after crime, each crime's
   *     in id order: crime i's from {@link #offendersFrom(int) offendersFrom(i)} to {@code
   *     offendersFrom(i + 1)} (not to be changed)
   */
  int[] offenderNumbers() {
    return offenderAll;
  }

  /** @return where crime i's offenders and suspects begin in {@link #offenderNumbers()} (i may be size()) */
  int offendersFrom(int i) {
    return offenderStart[i];
  }

  /** @return every crime's victims as person numbers, as {@link #offenderNumbers()} (not to be changed) */
  int[] victimNumbers() {
    return victimAll;
  }

  /**
   * @return where each crime's offenders and suspects begin: {@link #offendersFrom} of 0 to size()
   *     (not to be changed)
   */
  int[] offenderStarts() {
    return offenderStart;
  }

  /**
   * @return where each crime's victims begin: {@link #victimsFrom} of 0 to size() (not to be changed)
   */
  int[] victimStarts() {
    return victimStart;
  }

  /** @return where crime i's victims begin in {@link #victimNumbers()} (i may be size()) */
  int victimsFrom(int i) {
    return victimStart[i];
  }
}
