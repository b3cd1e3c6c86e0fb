package org.vcanalytics.examples.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.FactorPrevalence;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.hotspot.HotspotResult;
import org.vcanalytics.harm.HarmResult;
import org.vcanalytics.harm.PersonHarm;

/**
 * The groups of people whose contributing factors are counted (factors.csv and the dashboard): one
 * group per category, {@code category HIGH_HARM} …, and one per area of the finest level, {@code lsoa
 * E01008881}: the offenders, suspects and victims of the area's violent crimes up to the as-of date.
 *
 * <p>The pipeline works the prevalence out once ({@link PipelineResult#factors()}); factors.csv and
 * the dashboard show it.
 */
public final class FactorGroups {
  private FactorGroups() {}

  /** The prefix of a category's group: {@code "category HIGH_HARM"}. */
  public static final String CATEGORY = "category ";

  /**
   * The level the area groups are made for: {@code lsoa} when present, else the last level.
   *
   * @param r the result
   * @return the level, or empty when there are no areas
   */
  public static Optional<String> level(PipelineResult r) {
    return level(r.hotspots());
  }

  static Optional<String> level(HotspotResult hotspots) {
    List<String> levels = hotspots.levels();
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(levels.contains("lsoa") ? "lsoa" : levels.get(levels.size() - 1));
  }

  /**
   * The people of each area's violent crimes (offender, suspect or victim), with repeats, areas by
   * id ({@code UNASSIGNED} included).
   *
   * @param r the result
   * @param level the level
   * @return area id → people, in crime order
   */
  public static Map<String, List<String>> peopleByArea(PipelineResult r, String level) {
    return peopleByArea(r.data(), r.classification(), r.hotspots(), level);
  }

  static Map<String, List<String>> peopleByArea(
      VcDataset data, Classification classification, HotspotResult hotspots, String level) {
    Map<String, List<String>> byArea = new HashMap<>();
    int l = hotspots.levels().indexOf(level);
    int violent = classification.violentCrimes().size();
    for (int k = 0; k < violent; k++) {
      String area = l < 0 ? AreaLayer.UNASSIGNED : hotspots.areaAt(k, l);
      List<String> people = null;
      for (Involvement i : data.involvementsInCrimeAt(classification.dataIndexOfViolent(data, k))) {
        if (i.role().isOffenderOrSuspect() || i.role() == Role.VICTIM) {
          if (people == null) {
            people = byArea.computeIfAbsent(area, x -> new ArrayList<>());
          }
          people.add(i.personId());
        }
      }
    }
    return new TreeMap<>(byArea);
  }

  /**
   * The groups by name: each category's people, then each area's of {@link #level}.
   *
   * @return group name → people
   */
  static Map<String, List<String>> groups(
      VcDataset data, Classification classification, HarmResult harm, HotspotResult hotspots) {
    Map<String, List<String>> groups = new TreeMap<>();
    for (PersonHarm p : harm.people()) {
      groups.computeIfAbsent(CATEGORY + p.category().name(), k -> new ArrayList<>()).add(p.personId());
    }
    level(hotspots).ifPresent(level -> peopleByArea(data, classification, hotspots, level)
        .forEach((area, people) -> groups.computeIfAbsent(level + " " + area, k -> new ArrayList<>()).addAll(people)));
    return groups;
  }

  /**
   * The prevalence of each factor in each group, in group then factor order: the rows of
   * factors.csv.
   *
   * @param data the data set
   * @param classification its classification
   * @param harm the categories
   * @param hotspots the areas of the crimes
   * @return the prevalence rows
   */
  public static List<FactorPrevalence> prevalence(
      VcDataset data, Classification classification, HarmResult harm, HotspotResult hotspots) {
    return FactorPrevalence.of(classification, groups(data, classification, harm, hotspots));
  }
}
