package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * counting distinct people per cell. Every later step reads crime {@code i} from here. O(N log N) to
 * build for N crimes with their involvements; read-only afterwards.
 */
final class ViolentCrimes {

  private final List<Crime> crimes;
  private final List<List<String>> typologies;
  private final List<String[]> offenders;
  private final List<int[]> offenderNumbers;
  private final List<int[]> victimNumbers;

  private ViolentCrimes(
      List<Crime> crimes,
      List<List<String>> typologies,
      List<String[]> offenders,
      List<int[]> offenderNumbers,
      List<int[]> victimNumbers) {
    this.crimes = Collections.unmodifiableList(crimes);
    this.typologies = Collections.unmodifiableList(typologies);
    this.offenders = offenders;
    this.offenderNumbers = offenderNumbers;
    this.victimNumbers = victimNumbers;
  }

  /**
   * @throws IllegalArgumentException when the classification names a crime the data set lacks
   */
  static ViolentCrimes of(VcDataset data, Classification classification) {
    List<Crime> crimes = new ArrayList<>();
    List<List<String>> typologies = new ArrayList<>();
    List<String[]> offenders = new ArrayList<>();
    List<int[]> offenderNumbers = new ArrayList<>();
    List<int[]> victimNumbers = new ArrayList<>();
    Map<String, Integer> personNumber = new HashMap<>();
    for (CrimeClassification cc : classification.crimes()) {
      if (!cc.violent()) {
        continue;
      }
      Crime c =
          data.crime(cc.crimeId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the classification names crime " + cc.crimeId()
                              + ", which is not in the data set"));
      if (c.committedOn().isAfter(classification.asOf())) {
        continue;
      }
      crimes.add(c);
      List<String> t = new ArrayList<>();
      t.add(Typologies.ALL);
      for (Typology ty : cc.typologies()) {
        t.add(ty.name());
      }
      typologies.add(Collections.unmodifiableList(t));
      List<Involvement> involved = data.involvementsIn(c.id());
      String[] off = distinctSorted(involved, true);
      String[] vic = distinctSorted(involved, false);
      offenders.add(off);
      offenderNumbers.add(numbers(off, personNumber));
      victimNumbers.add(numbers(vic, personNumber));
    }
    return new ViolentCrimes(crimes, typologies, offenders, offenderNumbers, victimNumbers);
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

  /** Each person's number, given the first time the person is seen. */
  private static int[] numbers(String[] people, Map<String, Integer> personNumber) {
    int[] out = new int[people.length];
    int k = 0;
    for (String p : people) {
      Integer known = personNumber.putIfAbsent(p, personNumber.size());
      out[k++] = known != null ? known : personNumber.get(p);
    }
    return out;
  }

  /** @return the number of crimes */
  int size() {
    return crimes.size();
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
    return offenders.get(i);
  }

  /** @return crime i's offenders and suspects as person numbers (not to be changed) */
  int[] offenderNumbers(int i) {
    return offenderNumbers.get(i);
  }

  /** @return crime i's victims as person numbers (not to be changed) */
  int[] victimNumbers(int i) {
    return victimNumbers.get(i);
  }
}
