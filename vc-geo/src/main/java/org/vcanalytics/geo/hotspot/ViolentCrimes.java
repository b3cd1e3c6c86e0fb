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
    for (int k = 0; k < classified.size(); k++) {
      CrimeClassification cc = classified.get(k);
      Crime c = classification.violentCrimeRecords().get(k);
      crimes.add(c);
      List<String> t = new ArrayList<>();
      t.add(Typologies.ALL);
      for (Typology ty : cc.typologies()) {
        t.add(ty.name());
      }
      typologies.add(Collections.unmodifiableList(t));
    }
    // Each crime's people on its own (in parallel), then numbered in crime order.
    int n = crimes.size();
    String[][] offenders = new String[n][];
    String[][] victims = new String[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              List<Involvement> involved = data.involvementsIn(crimes.get(i).id());
              offenders[i] = distinctSorted(involved, true);
              victims[i] = distinctSorted(involved, false);
            });
    // A person's number is their place in the data set (VcDataset.indexOfPerson), looked up in
    // its int table by each crime on its own.
    int[][] offenderNumbers = new int[n][];
    int[][] victimNumbers = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              offenderNumbers[i] = numbers(offenders[i], data);
              victimNumbers[i] = numbers(victims[i], data);
            });
    return new ViolentCrimes(
        crimes, typologies, offenders, offenderNumbers, victimNumbers, data.people().size());
  }

  /** The crime's offenders and suspects (or its victims), each once, in id order. */
  private static String[] distinctSorted(List<Involvement> involved, boolean offenders) {
    String[] out = new String[involved.size()];
    int n = 0;
    for (Involvement inv : involved) {
      if (offenders ? inv.role().isOffenderOrSuspect() : inv.role() == Role.VICTIM) {
        out[n++] = inv.personId();
      }
    }
    java.util.Arrays.sort(out, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || !out[i].equals(out[d - 1])) {
        out[d++] = out[i];
      }
    }
    return java.util.Arrays.copyOf(out, d);
  }

  /** Each person's number: their place in the data set's people. */
  private static int[] numbers(String[] people, VcDataset data) {
    int[] out = new int[people.length];
    for (int k = 0; k < people.length; k++) {
      out[k] = data.indexOfPerson(people[k]);
    }
    return out;
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
