package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    Map<String, Map<String, String>> homeAreasOf = new HashMap<>();
    List<Journey> journeys = new ArrayList<>();
    long withoutHome = 0;
    List<Double> distances = new ArrayList<>();
    // level -> (home, crime) -> [journeys, people]
    List<Map<List<String>, long[]>> flowCounts = new ArrayList<>();
    List<Map<List<String>, Set<String>>> flowPeople = new ArrayList<>();
    // level -> crime area -> people with home / outside / without home
    List<Map<String, Set<String>>> withHome = new ArrayList<>();
    List<Map<String, Set<String>>> outside = new ArrayList<>();
    List<Map<String, Set<String>>> noHome = new ArrayList<>();
    for (int x = 0; x < travelLevels.size(); x++) {
      flowCounts.add(new HashMap<>());
      flowPeople.add(new HashMap<>());
      withHome.add(new HashMap<>());
      outside.add(new HashMap<>());
      noHome.add(new HashMap<>());
    }
    for (int i = 0; i < crimes.size(); i++) {
      Crime c = crimes.crime(i);
      for (String pid : crimes.offenders(i)) {
        Optional<GridPoint> home = data.person(pid).flatMap(Person::home);
        if (home.isEmpty()) {
          withoutHome++;
          for (int x = 0; x < travelLevels.size(); x++) {
            String crimeArea = areas.areaOf(travelLevels.get(x), i);
            if (!crimeArea.equals(AreaLayer.UNASSIGNED)) {
              noHome.get(x).computeIfAbsent(crimeArea, k -> new HashSet<>()).add(pid);
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
                    m.put(levels.get(l), areas.layer(levels.get(l)).orElseThrow().locate(home.get()));
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
        for (int x = 0; x < travelLevels.size(); x++) {
          String level = levels.get(travelLevels.get(x));
          String homeArea = homeAreas.get(level);
          String crimeArea = areas.areaOf(travelLevels.get(x), i);
          List<String> key = List.of(homeArea, crimeArea);
          flowCounts.get(x).computeIfAbsent(key, k -> new long[1])[0]++;
          flowPeople.get(x).computeIfAbsent(key, k -> new HashSet<>()).add(pid);
          if (!crimeArea.equals(AreaLayer.UNASSIGNED)) {
            withHome.get(x).computeIfAbsent(crimeArea, k -> new HashSet<>()).add(pid);
            if (!homeArea.equals(crimeArea)) {
              outside.get(x).computeIfAbsent(crimeArea, k -> new HashSet<>()).add(pid);
            }
          }
        }
      }
    }
    List<Flow> flows = new ArrayList<>();
    List<OffenderOrigins> origins = new ArrayList<>();
    for (int x = 0; x < travelLevels.size(); x++) {
      String level = levels.get(travelLevels.get(x));
      Map<List<String>, Set<String>> people = flowPeople.get(x);
      flowCounts
          .get(x)
          .forEach(
              (key, n) ->
                  flows.add(new Flow(level, key.get(0), key.get(1), n[0], people.get(key).size())));
      TreeSet<String> crimeAreas = new TreeSet<>(withHome.get(x).keySet());
      crimeAreas.addAll(noHome.get(x).keySet());
      for (String area : crimeAreas) {
        long with = withHome.get(x).getOrDefault(area, Set.of()).size();
        long out = outside.get(x).getOrDefault(area, Set.of()).size();
        origins.add(
            new OffenderOrigins(
                level,
                area,
                with,
                out,
                with == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) out / with),
                noHome.get(x).getOrDefault(area, Set.of()).size()));
      }
    }
    flows.sort(
        Comparator.comparing(Flow::level)
            .thenComparing(Flow::homeArea, AreaAssignment.AREA_ORDER)
            .thenComparing(Flow::crimeArea, AreaAssignment.AREA_ORDER));
    double[] sorted = distances.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Travel(
        journeys,
        withoutHome,
        sorted.length == 0 ? Optional.empty() : Optional.of(DistanceSummary.ofSorted(sorted)),
        flows,
        origins);
  }
}
