package org.vcanalytics.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Role;

/**
 * Options of {@link PersonNetwork#build}; {@link #defaults()} are the specification's, written here
 * once. In JSON ({@link #fromJson}, {@link #json}) they are {@code windowDays}, {@code rolePairs} and
 * {@code minLinkWeight}; the grading weights are not in JSON and take their defaults.
 *
 * @param windowDays evidence from the {@code windowDays} days to the as-of date, both ends inclusive
 *     (default 730, the harm window): crimes by committed date, intelligence by recorded date
 * @param rolePairs the pairs of roles on one crime that make a crime link, each written like {@code
 *     OFFENDER+VICTIM} in {@link Role} order (default: any two of OFFENDER and SUSPECT, and either
 *     with VICTIM)
 * @param minLinkWeight links weaker than this are left out (default 0: every link with weight above
 *     0 is kept; weight-0 evidence never makes a link)
 * @param grading the reliability weights of intelligence grades
 */
public record NetworkOptions(
    int windowDays, Set<String> rolePairs, double minLinkWeight, GradingWeights grading) {

  /** The default role pairs. */
  public static final Set<String> DEFAULT_ROLE_PAIRS =
      Set.of(
          "OFFENDER+OFFENDER", "OFFENDER+SUSPECT", "SUSPECT+SUSPECT", "OFFENDER+VICTIM",
          "SUSPECT+VICTIM");

  /** Checks and normalises. */
  public NetworkOptions {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1 day, was " + windowDays);
    }
    TreeSet<String> pairs = new TreeSet<>();
    for (String p : rolePairs) {
      String[] r = p.split("\\+");
      if (r.length != 2) {
        throw new IllegalArgumentException("a role pair is written ROLE+ROLE, was " + p);
      }
      pairs.add(pair(role(r[0], p), role(r[1], p)));
    }
    rolePairs = Collections.unmodifiableSortedSet(pairs);
    if (!(minLinkWeight >= 0 && minLinkWeight <= 1)) {
      throw new IllegalArgumentException("minLinkWeight must be in [0, 1], was " + minLinkWeight);
    }
    Objects.requireNonNull(grading, "grading");
  }

  private static Role role(String name, String pair) {
    for (Role r : Role.values()) {
      if (r.name().equals(name.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role in the role pair " + pair + ": the roles are " + java.util.Arrays.toString(Role.values()));
  }

  /** @return the specification's defaults */
  public static NetworkOptions defaults() {
    return new NetworkOptions(730, DEFAULT_ROLE_PAIRS, 0, GradingWeights.defaults());
  }

  /**
   * The options of a JSON object: a field left out ({@code null}) takes its default; the grading
   * weights are the defaults.
   *
   * @param windowDays default 730
   * @param rolePairs default {@link #DEFAULT_ROLE_PAIRS}
   * @param minLinkWeight default 0
   * @return the options
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  @JsonCreator
  public static NetworkOptions fromJson(
      @JsonProperty("windowDays") Integer windowDays,
      @JsonProperty("rolePairs") List<String> rolePairs,
      @JsonProperty("minLinkWeight") Double minLinkWeight) {
    NetworkOptions d = defaults();
    return new NetworkOptions(
        windowDays == null ? d.windowDays() : windowDays,
        rolePairs == null ? d.rolePairs() : Set.copyOf(rolePairs),
        minLinkWeight == null ? d.minLinkWeight() : minLinkWeight,
        d.grading());
  }

  /**
   * The options as JSON fields, read back by {@link #fromJson}; the grading weights are left out.
   *
   * @return field name to value, in a fixed order
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("windowDays", windowDays);
    m.put("rolePairs", List.copyOf(rolePairs));
    m.put("minLinkWeight", minLinkWeight);
    return m;
  }

  /** @param days the window @return a copy */
  public NetworkOptions withWindowDays(int days) {
    return new NetworkOptions(days, rolePairs, minLinkWeight, grading);
  }

  /** @param pairs role pairs like {@code OFFENDER+VICTIM} @return a copy */
  public NetworkOptions withRolePairs(Set<String> pairs) {
    return new NetworkOptions(windowDays, pairs, minLinkWeight, grading);
  }

  /** @param yes whether two victims of one crime are linked @return a copy */
  public NetworkOptions withVictimVictimLinks(boolean yes) {
    Set<String> p = new TreeSet<>(rolePairs);
    if (yes) {
      p.add("VICTIM+VICTIM");
    } else {
      p.remove("VICTIM+VICTIM");
    }
    return new NetworkOptions(windowDays, p, minLinkWeight, grading);
  }

  /** @param w the least link weight kept @return a copy */
  public NetworkOptions withMinLinkWeight(double w) {
    return new NetworkOptions(windowDays, rolePairs, w, grading);
  }

  /** @param g grading weights @return a copy */
  public NetworkOptions withGrading(GradingWeights g) {
    return new NetworkOptions(windowDays, rolePairs, minLinkWeight, g);
  }

  /** @return whether two roles on one crime make a link */
  boolean links(Role a, Role b) {
    return rolePairs.contains(pair(a, b));
  }

  static String pair(Role a, Role b) {
    return a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
  }
}
