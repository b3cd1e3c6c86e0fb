package org.vcanalytics.core.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Set;

/**
 * How common a contributing factor is in a group of people (a category, the people tied to a hotspot
 * area), with the counts behind the percentage.
 *
 * @param group the group's name
 * @param factor the factor
 * @param count people in the group with the factor recorded
 * @param of people in the group
 */
public record FactorPrevalence(String group, Factor factor, long count, long of) {

  /** Checks the counts. */
  public FactorPrevalence {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(factor, "factor");
    if (count < 0 || count > of) {
      throw new IllegalArgumentException(count + " of " + of + " is not a count of a group");
    }
  }

  /** @return the share in percent, 0 for an empty group */
  public double percent() {
    return of == 0 ? 0 : 100.0 * count / of;
  }

  /** @return e.g. {@code 3 of 12 (25.0%)}, with a dot whatever the locale */
  public String describe() {
    return count + " of " + of + " (" + String.format(Locale.ROOT, "%.1f", percent()) + "%)";
  }

  /**
   * The prevalence of every factor in every group.
   *
   * @param classification factors per person
   * @param groups group name to the ids of its people (a person may be in several groups; repeats
   *     within a group count once)
   * @return one row per group and factor, groups in name order, factors in {@link Factor} order
   */
  public static List<FactorPrevalence> of(
      Classification classification, Map<String, ? extends Collection<String>> groups) {
    List<FactorPrevalence> out = new ArrayList<>();
    Factor[] factors = Factor.values();
    List<PersonFactors> withFactors = classification.peopleWithFactors();
    // Each person once, their factors looked up once: O(people × factors) per group. A person with
    // factors is counted once by their place among the people with factors (a mark per group), so
    // only the people with none go into a set of ids.
    int[] mark = new int[withFactors.size()];
    int group = 0;
    String[] batch = new String[64]; // the places looked up 64 at a time (IdTable.ranks)
    int[] places = new int[batch.length];
    for (Map.Entry<String, ? extends Collection<String>> g : new TreeMap<>(groups).entrySet()) {
      group++;
      Set<String> without = new HashSet<>();
      long size = 0;
      long[] n = new long[factors.length];
      java.util.Iterator<String> people = g.getValue().iterator();
      while (people.hasNext()) {
        int b = 0;
        while (b < batch.length && people.hasNext()) {
          batch[b++] = people.next();
        }
        classification.placesWithFactors(batch, b, places);
        for (int k = 0; k < b; k++) {
          int r = places[k];
          if (r < 0) {
            size += without.add(batch[k]) ? 1 : 0;
          } else if (mark[r] != group) {
            mark[r] = group;
            size++;
            PersonFactors pf = withFactors.get(r);
            for (int i = 0; i < factors.length; i++) {
              if (pf.has(factors[i])) {
                n[i]++;
              }
            }
          }
        }
      }
      for (int i = 0; i < factors.length; i++) {
        out.add(new FactorPrevalence(g.getKey(), factors[i], n[i], size));
      }
    }
    return out;
  }
}
