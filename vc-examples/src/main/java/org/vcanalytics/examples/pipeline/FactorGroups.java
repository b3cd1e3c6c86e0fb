package org.vcanalytics.examples.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.FactorPrevalence;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.harm.PersonHarm;

/**
 * The groups of people whose contributing factors are counted (factors.csv and the dashboard): one
 * group per category, {@code category HIGH_HARM} …, and one per area of the finest level, {@code lsoa
 * E01008881}: the offenders, suspects and victims of the area's violent crimes up to the as-of date.
 *
 * <pre>{@code
 * List<FactorPrevalence> rows = FactorGroups.prevalence(result);
 * }</pre>
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
    List<String> levels = r.hotspots().levels();
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
    Map<String, List<String>> byArea = new HashMap<>();
    for (CrimeClassification c : r.classification().violentCrimes()) {
      String area = r.hotspots().areaOf(c.crimeId(), level).orElse(AreaLayer.UNASSIGNED);
      List<String> people = null;
      for (Involvement i : r.data().involvementsIn(c.crimeId())) {
        if (i.role().isOffenderOrSuspect() || i.role() == Role.VICTIM) {
          if (people == null) {
            people = byArea.computeIfAbsent(area, k -> new ArrayList<>());
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
   * @param r the result
   * @return group name → people
   */
  public static Map<String, List<String>> groups(PipelineResult r) {
    Map<String, List<String>> groups = new TreeMap<>();
    for (PersonHarm p : r.harm().people()) {
      groups.computeIfAbsent(CATEGORY + p.category().name(), k -> new ArrayList<>()).add(p.personId());
    }
    level(r).ifPresent(level -> peopleByArea(r, level)
        .forEach((area, people) -> groups.computeIfAbsent(level + " " + area, k -> new ArrayList<>()).addAll(people)));
    return groups;
  }

  /**
   * The prevalence of each factor in each group, in group then factor order.
   *
   * @param r the result
   * @return the rows of factors.csv
   */
  public static List<FactorPrevalence> prevalence(PipelineResult r) {
    return FactorPrevalence.of(r.classification(), groups(r));
  }
}
