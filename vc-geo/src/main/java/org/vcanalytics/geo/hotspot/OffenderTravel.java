package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.VcDataset;

/**
 * Offender travel ({@link Travel}): one journey per violent crime and offender or suspect with a
 * recorded home, the spread of the home-to-crime distances, home area → crime area flows, and per
 * crime area the share of its offenders living outside it. Only levels with polygons (a home cannot
 * be placed in a level of codes alone). O(J × L × log A) for J offender–crime pairs, L levels and A
 * areas (each home is placed once per person and level, in parallel), plus O(J log J) for the
 * distances and O(F log F) for the F flows. Areas are counted by number (their place in the level's
 * areas, in id order), never by name.
 */
final class OffenderTravel {

  private OffenderTravel() {}

  static Travel of(VcDataset data, ViolentCrimes crimes, AreaAssignment areas) {
    List<String> levels = areas.levels();
    int[] travelLevels =
        IntStream.range(0, levels.size())
            .filter(l -> areas.layer(levels.get(l)).isPresent())
            .toArray();
    int t = travelLevels.length;
    Homes homes = Homes.of(data, crimes, areas, travelLevels);
    JourneyList.Builder journeys = new JourneyList.Builder(crimes, homes.areasByPerson());
    long withoutHome = 0;
    double[] distances = new double[16];
    int distanceCount = 0;
    // Per travel level, by area number (areas in id order, UNASSIGNED last): flows keyed by (home,
    // crime) area numbers; per crime area the person numbers with a home, living outside, without a
    // home (repeats counted distinct once).
    List<Cells<People>> flows = new ArrayList<>();
    People[][] withHome = new People[t][];
    People[][] outside = new People[t][];
    People[][] noHome = new People[t][];
    for (int x = 0; x < t; x++) {
      int count = areas.ids(travelLevels[x]).length;
      flows.add(new Cells<>((long) count * count, People::new));
      withHome[x] = new People[count];
      outside[x] = new People[count];
      noHome[x] = new People[count];
    }
    Map<Long, SortedMap<String, String>> sharedAreas = new HashMap<>();
    int[] numbers = crimes.offenderNumbers();
    for (int i = 0; i < crimes.size(); i++) {
      Crime c = crimes.crime(i);
      SortedMap<String, String> crimeAreas = null; // made for the crime's first journey
      for (int o = crimes.offendersFrom(i); o < crimes.offendersFrom(i + 1); o++) {
        int person = numbers[o];
        GridPoint home = homes.home(person);
        if (home == null) {
          withoutHome++;
          for (int x = 0; x < t; x++) {
            int a = areas.areaNumber(travelLevels[x], i);
            if (a != areas.ids(travelLevels[x]).length - 1) { // not UNASSIGNED
              People.of(noHome[x], a).add(person);
            }
          }
          continue;
        }
        if (crimeAreas == null) {
          crimeAreas = crimeAreas(areas, i, sharedAreas);
        }
        OptionalDouble d =
            c.location().isPresent()
                ? OptionalDouble.of(home.distanceTo(c.location().get()))
                : OptionalDouble.empty();
        if (d.isPresent()) {
          if (distanceCount == distances.length) {
            distances = Arrays.copyOf(distances, distanceCount * 2);
          }
          distances[distanceCount++] = d.getAsDouble();
        }
        journeys.add(i, crimeAreas, person, d);
        for (int x = 0; x < t; x++) {
          int h = homes.area(x, person);
          int a = areas.areaNumber(travelLevels[x], i);
          flows.get(x).get((long) h * withHome[x].length + a).add(person);
          if (a != areas.ids(travelLevels[x]).length - 1) { // not UNASSIGNED
            People.of(withHome[x], a).add(person);
            if (h != a) {
              People.of(outside[x], a).add(person);
            }
          }
        }
      }
    }
    DistinctPeople counter = new DistinctPeople(crimes.personCount());
    List<Flow> flowList = new ArrayList<>();
    List<OffenderOrigins> origins = new ArrayList<>();
    Integer[] byName = IntStream.range(0, t).boxed().toArray(Integer[]::new);
    Arrays.sort(byName, Comparator.comparing(x -> levels.get(travelLevels[x])));
    for (int x : byName) { // flows in level, home area, crime area order: area numbers are in id order
      String level = levels.get(travelLevels[x]);
      String[] ids = areas.ids(travelLevels[x]);
      for (long key : flows.get(x).keys()) {
        People p = flows.get(x).at(key);
        flowList.add(
            new Flow(level, ids[(int) (key / ids.length)], ids[(int) (key % ids.length)], p.size(),
                p.distinct(counter)));
      }
    }
    if (new java.util.HashSet<>(levels).size() < levels.size()) { // a level named twice
      flowList.sort(
          Comparator.comparing(Flow::level)
              .thenComparing(Flow::homeArea, AreaAssignment.AREA_ORDER)
              .thenComparing(Flow::crimeArea, AreaAssignment.AREA_ORDER));
    }
    for (int x = 0; x < t; x++) { // origins per crime area in id order, UNASSIGNED left out
      String level = levels.get(travelLevels[x]);
      String[] ids = areas.ids(travelLevels[x]);
      for (int a = 0; a < ids.length - 1; a++) {
        if (withHome[x][a] == null && noHome[x][a] == null) {
          continue;
        }
        long with = distinct(withHome[x][a], counter);
        long out = distinct(outside[x][a], counter);
        origins.add(
            new OffenderOrigins(
                level,
                ids[a],
                with,
                out,
                with == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) out / with),
                distinct(noHome[x][a], counter)));
      }
    }
    double[] sorted = Arrays.copyOf(distances, distanceCount);
    Arrays.sort(sorted);
    return new Travel(
        journeys.done(),
        withoutHome,
        sorted.length == 0 ? Optional.empty() : Optional.of(DistanceSummary.ofSorted(sorted)),
        flowList,
        origins);
  }

  /**
   * Each offender's home, once per person number, and its area at every travel level (as a number
   * and as the map a journey carries). The homes are placed in parallel, each on its own.
   */
  /**
   * A crime's area at every level, as a journey holds it: one map shared by every crime with the same
   * areas (a force's million journeys have a few thousand combinations), when the area numbers fit
   * in one key (up to three levels of up to 2^21 areas); else a map of its own.
   */
  private static SortedMap<String, String> crimeAreas(
      AreaAssignment areas, int crime, Map<Long, SortedMap<String, String>> shared) {
    List<String> levels = areas.levels();
    long key = 0;
    boolean fits = levels.size() <= 3;
    for (int l = 0; l < levels.size() && fits; l++) {
      int a = areas.areaNumber(l, crime);
      fits = a < 1 << 21;
      key |= (long) a << (21 * l);
    }
    if (fits) {
      SortedMap<String, String> m = shared.get(key);
      if (m != null) {
        return m;
      }
    }
    SortedMap<String, String> m = new TreeMap<>();
    for (int l = 0; l < levels.size(); l++) {
      m.put(levels.get(l), areas.areaOf(l, crime));
    }
    SortedMap<String, String> made = ImmutableSortedMap.copyOfSorted(m);
    if (fits) {
      shared.put(key, made);
    }
    return made;
  }

  private static final class Homes {
    private final GridPoint[] home; // by person number; null without a home
    private final int[][] area; // [travel level][person number]
    private final SortedMap<String, String>[] areas; // by person number

    private Homes(GridPoint[] home, int[][] area, SortedMap<String, String>[] areas) {
      this.home = home;
      this.area = area;
      this.areas = areas;
    }

    @SuppressWarnings("unchecked")
    static Homes of(VcDataset data, ViolentCrimes crimes, AreaAssignment areas, int[] travelLevels) {
      int n = crimes.personCount();
      String[] id = new String[n];
      for (int p : crimes.offenderNumbers()) {
        id[p] = crimes.personId(p);
      }
      GridPoint[] home = new GridPoint[n];
      int[][] area = new int[travelLevels.length][n];
      SortedMap<String, String>[] byLevel = new SortedMap[n];
      List<String> levels = areas.levels();
      List<Map<String, Integer>> numbers = new ArrayList<>();
      for (int l : travelLevels) {
        Map<String, Integer> m = new HashMap<>();
        String[] ids = areas.ids(l);
        for (int a = 0; a < ids.length; a++) {
          m.put(ids[a], a);
        }
        numbers.add(m);
      }
      IntStream.range(0, n)
          .parallel()
          .filter(p -> id[p] != null)
          .forEach(
              p -> {
                GridPoint h = data.person(id[p]).flatMap(Person::home).orElse(null);
                if (h == null) {
                  return;
                }
                home[p] = h;
                SortedMap<String, String> m = new TreeMap<>();
                for (int x = 0; x < travelLevels.length; x++) {
                  String level = levels.get(travelLevels[x]);
                  String a = areas.locate(level, h);
                  m.put(level, a);
                  area[x][p] = numbers.get(x).get(a);
                }
                byLevel[p] = ImmutableSortedMap.copyOfSorted(m);
              });
      return new Homes(home, area, byLevel);
    }

    GridPoint home(int person) {
      return home[person];
    }

    int area(int travelLevel, int person) {
      return area[travelLevel][person];
    }

    /** @return each person's home areas by person number (null without a home), not to be changed */
    SortedMap<String, String>[] areasByPerson() {
      return areas;
    }
  }

  private static long distinct(People p, DistinctPeople counter) {
    return p == null ? 0 : p.distinct(counter);
  }

  /** Person numbers as they come, repeats included; counted distinct once, at the end. */
  private static final class People {
    private int[] numbers = new int[2];
    private int size;

    /** @return the people at slot a, made when first asked for */
    static People of(People[] slots, int a) {
      if (slots[a] == null) {
        slots[a] = new People();
      }
      return slots[a];
    }

    void add(int person) {
      if (size == numbers.length) {
        numbers = java.util.Arrays.copyOf(numbers, size * 2);
      }
      numbers[size++] = person;
    }

    /** @return how many were added, repeats included (a flow's journeys) */
    long size() {
      return size;
    }

    long distinct(DistinctPeople counter) {
      return counter.count(numbers, size);
    }
  }
}
