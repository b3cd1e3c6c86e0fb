package org.vcanalytics.geo.hotspot;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import java.util.SortedMap;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Person;

/**
 * Offender travel's journeys ({@link Travel#journeys()}), each made when it is asked for from three
 * columns (the crime, the person and the distance of each journey) and the maps of areas the crimes
 * and the homes share. A force has a million and a half journeys, and the pipeline reads none of
 * them one by one (travel.csv and the dashboard read the flows and origins), so holding them as
 * records would be a million and a half objects for every collector cycle to walk. Equal journeys
 * each time, in crime then person order; immutable (a change that would alter it throws), so
 * safe to share.
 */
final class JourneyList extends AbstractList<Journey> implements RandomAccess {

  // The violent crimes and the data set's people, not the ViolentCrimes that numbers them: its
  // person columns are let go once the hotspots are done.
  private final List<Crime> crimes;
  private final List<Person> people;
  private final int[] crime;
  private final int[] person;
  /** The distance, or NaN when the crime has no location (a distance between two points never is). */
  private final double[] distance;
  private final SortedMap<String, String>[] crimeAreas; // by crime number
  private final SortedMap<String, String>[] homeAreas; // by person number
  private final int size;

  /** Journeys added one by one, then {@link #done()}. */
  static final class Builder {
    private final ViolentCrimes crimes;
    private final SortedMap<String, String>[] crimeAreas;
    private final SortedMap<String, String>[] homeAreas;
    private int[] crime = new int[16];
    private int[] person = new int[16];
    private double[] distance = new double[16];
    private int size;

    @SuppressWarnings("unchecked")
    Builder(ViolentCrimes crimes, SortedMap<String, String>[] homeAreas) {
      this.crimes = crimes;
      this.crimeAreas = new SortedMap[crimes.size()];
      this.homeAreas = homeAreas;
    }

    /**
     * @param i the crime's number
     * @param areas the crime's areas (held once per crime)
     * @param p the person's number (their home areas are {@code homeAreas[p]})
     * @param d the distance, when the crime has a location
     */
    void add(int i, SortedMap<String, String> areas, int p, OptionalDouble d) {
      if (size == crime.length) {
        crime = Arrays.copyOf(crime, size * 2);
        person = Arrays.copyOf(person, size * 2);
        distance = Arrays.copyOf(distance, size * 2);
      }
      crimeAreas[i] = areas;
      crime[size] = i;
      person[size] = p;
      distance[size] = d.isPresent() ? d.getAsDouble() : Double.NaN;
      size++;
    }

    JourneyList done() {
      return new JourneyList(this);
    }
  }

  private JourneyList(Builder b) {
    this.crimes = b.crimes.crimes();
    this.people = b.crimes.people();
    this.crime = Arrays.copyOf(b.crime, b.size);
    this.person = Arrays.copyOf(b.person, b.size);
    this.distance = Arrays.copyOf(b.distance, b.size);
    this.crimeAreas = b.crimeAreas;
    this.homeAreas = b.homeAreas;
    this.size = b.size;
  }

  @Override
  public Journey get(int k) {
    java.util.Objects.checkIndex(k, size);
    Crime c = crimes.get(crime[k]);
    double d = distance[k];
    return new Journey(
        c.id(), people.get(person[k]).id(), c.committedOn(),
        Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d), homeAreas[person[k]],
        crimeAreas[crime[k]]);
  }

  @Override
  public int size() {
    return size;
  }
}
