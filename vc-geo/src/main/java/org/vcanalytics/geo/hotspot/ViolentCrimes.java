package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Typology;

/**
 * The crimes a hotspot analysis counts — the classification's violent crimes committed on or before
 * its as-of date, in the classification's order — each with its typology names ({@code ALL} first)
 * and its people: offenders and suspects by id, and offenders and victims as small numbers for
 * counting distinct people per cell (their place in the data set's people). Every later step reads
 * crime {@code i} from here. O(N log N) to build for N crimes with their involvements (each crime's
 * people sorted and numbered in parallel; the numbers do not depend on the thread count); read-only
 * afterwards.
 */
final class ViolentCrimes {

  private final List<Crime> crimes;
  private final List<List<String>> typologies;
  private final String[][] offenders;
  private final int[][] offenderNumbers;
  private final int[][] victimNumbers;
  private final int personCount;

  private ViolentCrimes(
      List<Crime> crimes,
      List<List<String>> typologies,
      String[][] offenders,
      int[][] offenderNumbers,
      int[][] victimNumbers,
      int personCount) {
    this.crimes = Collections.unmodifiableList(crimes);
    this.typologies = Collections.unmodifiableList(typologies);
    this.offenders = offenders;
    this.offenderNumbers = offenderNumbers;
    this.victimNumbers = victimNumbers;
    this.personCount = personCount;
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
    // set's people, in step with the involvements (VcDataset.personIndexesOfInvolvementsIn).
    int n = crimes.size();
    String[][] offenders = new String[n][];
    int[][] offenderNumbers = new int[n][];
    int[][] victimNumbers = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int at = classification.dataIndexOfViolent(data, i); // by place: no look-up by id
              List<Involvement> involved = data.involvementsInCrimeAt(at);
              int[] numbers = data.personIndexesOfInvolvementsInCrimeAt(at);
              int[] o = distinct(involved, numbers, true);
              offenderNumbers[i] = o;
              victimNumbers[i] = distinct(involved, numbers, false);
              String[] ids = new String[o.length];
              for (int k = 0; k < o.length; k++) {
                ids[k] = data.people().get(o[k]).id();
              }
              offenders[i] = ids;
            });
    return new ViolentCrimes(
        crimes, typologies, offenders, offenderNumbers, victimNumbers, data.people().size());
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
    return personCount;
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

  /** @return crime i's offenders and suspects, in id order (not to be changed) */
  String[] offenders(int i) {
    return offenders[i];
  }

  /** @return crime i's offenders and suspects as person numbers (not to be changed) */
  int[] offenderNumbers(int i) {
    return offenderNumbers[i];
  }

  /** @return crime i's victims as person numbers (not to be changed) */
  int[] victimNumbers(int i) {
    return victimNumbers[i];
  }
}
