package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.geo.AreaLayer;

/**
 * Offender travel ({@link Travel}): one journey per violent crime and offender or suspect with a
 * recorded home, the spread of the home-to-crime distances, home area → crime area flows, and per
 * crime area the share of its offenders living outside it. Only levels with polygons (a home cannot
 * be placed in a level of codes alone). O(J × L × log A) for J offender–crime pairs, L levels and A
 * areas (each home is placed once per level), plus O(J log J) for the distances.
 */
final class OffenderTravel {

  private OffenderTravel() {}

  static Travel of(VcDataset data, ViolentCrimes crimes, AreaAssignment areas) {
    List<String> levels = areas.levels();
    List<Integer> travelLevels = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      if (areas.layer(levels.get(l)).isPresent()) {
        travelLevels.add(l);
      }
    }
    int t = travelLevels.size();
    Map<String, Map<String, String>> homeAreasOf = new HashMap<>();
    List<Journey> journeys = new ArrayList<>();
    long withoutHome = 0;
    List<Double> distances = new ArrayList<>();
    // Per travel level: areas by number; flows keyed by (home, crime) area numbers; per crime area
    // the person numbers with a home, living outside, without a home (repeats counted distinct once).
    List<Map<String, Integer>> areaNumbers = new ArrayList<>();
    List<List<String>> areaIds = new ArrayList<>();
    List<Map<Long, People>> flows = new ArrayList<>();
    List<Map<Integer, People>> withHome = new ArrayList<>();
    List<Map<Integer, People>> outside = new ArrayList<>();
    List<Map<Integer, People>> noHome = new ArrayList<>();
    for (int x = 0; x < t; x++) {
      areaNumbers.add(new HashMap<>());
      areaIds.add(new ArrayList<>());
      flows.add(new HashMap<>());
      withHome.add(new HashMap<>());
      outside.add(new HashMap<>());
      noHome.add(new HashMap<>());
    }
    for (int i = 0; i < crimes.size(); i++) {
      Crime c = crimes.crime(i);
      String[] offenders = crimes.offenders(i);
      int[] numbers = crimes.offenderNumbers(i);
      for (int o = 0; o < offenders.length; o++) {
        String pid = offenders[o];
        int person = numbers[o];
        Optional<GridPoint> home = data.person(pid).flatMap(Person::home);
        if (home.isEmpty()) {
          withoutHome++;
          for (int x = 0; x < t; x++) {
            String crimeArea = areas.areaOf(travelLevels.get(x), i);
            if (!crimeArea.equals(AreaLayer.UNASSIGNED)) {
              noHome.get(x).computeIfAbsent(number(crimeArea, areaNumbers.get(x), areaIds.get(x)), k -> new People())
                  .add(person);
            }
          }
          continue;
        }
        Map<String, String> homeAreas =
            homeAreasOf.computeIfAbsent(
                pid,
                k -> {
                  Map<String, String> m = new TreeMap<>();
                  for (int l : travelLevels) {
                    m.put(levels.get(l), areas.locate(levels.get(l), home.get()));
                  }
                  return m;
                });
        Map<String, String> crimeAreas = new TreeMap<>();
        for (int l = 0; l < levels.size(); l++) {
          crimeAreas.put(levels.get(l), areas.areaOf(l, i));
        }
        OptionalDouble d =
            c.location().isPresent()
                ? OptionalDouble.of(home.get().distanceTo(c.location().get()))
                : OptionalDouble.empty();
        d.ifPresent(distances::add);
        journeys.add(Journey.of(c.id(), pid, c.committedOn(), d, homeAreas, crimeAreas));
        for (int x = 0; x < t; x++) {
          String level = levels.get(travelLevels.get(x));
          String homeArea = homeAreas.get(level);
          String crimeArea = areas.areaOf(travelLevels.get(x), i);
          int h = number(homeArea, areaNumbers.get(x), areaIds.get(x));
          int a = number(crimeArea, areaNumbers.get(x), areaIds.get(x));
          flows.get(x).computeIfAbsent(((long) h << 32) | a, k -> new People()).add(person);
          if (!crimeArea.equals(AreaLayer.UNASSIGNED)) {
            withHome.get(x).computeIfAbsent(a, k -> new People()).add(person);
            if (h != a) {
              outside.get(x).computeIfAbsent(a, k -> new People()).add(person);
            }
          }
        }
      }
    }
    List<Flow> flowList = new ArrayList<>();
    List<OffenderOrigins> origins = new ArrayList<>();
    for (int x = 0; x < t; x++) {
      String level = levels.get(travelLevels.get(x));
      List<String> ids = areaIds.get(x);
      flows
          .get(x)
          .forEach(
              (key, p) ->
                  flowList.add(
                      new Flow(level, ids.get((int) (key >>> 32)), ids.get((int) (key & 0xFFFFFFFFL)), p.size(),
                          p.distinct())));
      TreeMap<String, Integer> crimeAreas = new TreeMap<>();
      withHome.get(x).keySet().forEach(a -> crimeAreas.put(ids.get(a), a));
      noHome.get(x).keySet().forEach(a -> crimeAreas.put(ids.get(a), a));
      for (Map.Entry<String, Integer> e : crimeAreas.entrySet()) {
        long with = distinct(withHome.get(x).get(e.getValue()));
        long out = distinct(outside.get(x).get(e.getValue()));
        origins.add(
            new OffenderOrigins(
                level,
                e.getKey(),
                with,
                out,
                with == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) out / with),
                distinct(noHome.get(x).get(e.getValue()))));
      }
    }
    flowList.sort(
        Comparator.comparing(Flow::level)
            .thenComparing(Flow::homeArea, AreaAssignment.AREA_ORDER)
            .thenComparing(Flow::crimeArea, AreaAssignment.AREA_ORDER));
    double[] sorted = distances.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Travel(
        journeys,
        withoutHome,
        sorted.length == 0 ? Optional.empty() : Optional.of(DistanceSummary.ofSorted(sorted)),
        flowList,
        origins);
  }

  private static int number(String area, Map<String, Integer> numbers, List<String> ids) {
    Integer n = numbers.get(area);
    if (n == null) {
      n = ids.size();
      numbers.put(area, n);
      ids.add(area);
    }
    return n;
  }

  private static long distinct(People p) {
    return p == null ? 0 : p.distinct();
  }

  /** Person numbers as they come, repeats included; counted distinct once, at the end. */
  private static final class People {
    private int[] numbers = new int[2];
    private int size;

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

    long distinct() {
      int[] sorted = java.util.Arrays.copyOf(numbers, size);
      java.util.Arrays.sort(sorted);
      long d = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          d++;
        }
      }
      return d;
    }
  }
}
