package org.vcanalytics.core.classify;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.OffenceCodes;
import org.vcanalytics.core.internal.Texts;

/**
 * What counts as violent crime (VC): a set of offence codes, plus optional offence titles for forces
 * whose records carry titles or local codes. Start from a named profile and add or remove codes and
 * titles:
 *
 * <pre>{@code
 * VcDefinition d = VcDefinition.of(VcProfile.PHYSICAL_VIOLENCE)
 *     .plusCodes("8L")                       // harassment too
 *     .minusCodes("34A")                     // not robbery of business property
 *     .plusTitles("Assault by beating");     // a local title
 * }</pre>
 *
 * <p>Codes are normalised ({@link OffenceCodes#normalise}); titles are compared ignoring case and
 * runs of white space. A crime is violent when its code is in the set, or else when its offence title
 * is. Immutable.
 *
 * <p>In JSON ({@link #fromJson}) a definition is a profile changed by codes and titles, {@code
 * {"profile": "PHYSICAL_VIOLENCE", "addCodes": ["8L"]}}, or written out in full as {@link #json}
 * writes it, {@code {"name": ..., "codes": [...], "titles": [...]}}.
 *
 * @param name the definition's name: the profile's, with {@code (modified)} once changed
 * @param codes the normalised codes, sorted
 * @param titles the normalised titles (lower case, single spaces), sorted
 */
public record VcDefinition(String name, SortedSet<String> codes, SortedSet<String> titles) {

  /** Copies and normalises the sets. */
  public VcDefinition {
    Objects.requireNonNull(name, "name");
    TreeSet<String> c = new TreeSet<>();
    for (String code : codes) {
      String n = OffenceCodes.normalise(code);
      if (n.isEmpty()) {
        throw new IllegalArgumentException("a violent-crime definition cannot hold a blank code");
      }
      c.add(n);
    }
    TreeSet<String> t = new TreeSet<>();
    for (String title : titles) {
      String n = normaliseTitle(title);
      if (n.isEmpty()) {
        throw new IllegalArgumentException("a violent-crime definition cannot hold a blank title");
      }
      t.add(n);
    }
    codes = Collections.unmodifiableSortedSet(c);
    titles = Collections.unmodifiableSortedSet(t);
  }

  /** @return the default definition, {@link VcProfile#PHYSICAL_VIOLENCE} over the bundled table */
  public static VcDefinition defaults() {
    return of(VcProfile.PHYSICAL_VIOLENCE);
  }

  /**
   * A named profile over the bundled offence table.
   *
   * @param profile the profile
   * @return its definition
   */
  public static VcDefinition of(VcProfile profile) {
    return of(profile, OffenceTable.bundled());
  }

  /**
   * A named profile over an offence table.
   *
   * @param profile the profile
   * @param table the offence table
   * @return its definition
   */
  public static VcDefinition of(VcProfile profile, OffenceTable table) {
    TreeSet<String> codes = new TreeSet<>();
    for (Offence o : table.offences()) {
      if (profile.includes(o)) {
        codes.add(o.code());
      }
    }
    return new VcDefinition(profile.name(), codes, new TreeSet<>());
  }

  /**
   * A definition from a JSON object: {@code profile} (default {@link VcProfile#PHYSICAL_VIOLENCE})
   * with {@code addCodes}, {@code removeCodes} and {@code titles}; or, instead of the profile, the
   * full set of {@code codes} and its {@code name}, as {@link #json} writes them. A field left out
   * ({@code null}) is empty.
   *
   * @param profile the profile to start from
   * @param addCodes codes added to the profile
   * @param removeCodes codes removed from it
   * @param titles offence titles that also count
   * @param name the name of a definition given in full (with {@code codes})
   * @param codes every code of a definition given in full, instead of a profile
   * @return the definition
   * @throws IllegalArgumentException for an unknown profile, or a profile and codes together
   */
  @JsonCreator
  public static VcDefinition fromJson(
      @JsonProperty("profile") String profile,
      @JsonProperty("addCodes") List<String> addCodes,
      @JsonProperty("removeCodes") List<String> removeCodes,
      @JsonProperty("titles") List<String> titles,
      @JsonProperty("name") String name,
      @JsonProperty("codes") List<String> codes) {
    VcDefinition d;
    if (codes != null) {
      if (profile != null) {
        throw new IllegalArgumentException(
            "give a profile or the full list of codes, not both (profile " + profile + ")");
      }
      d = new VcDefinition(name == null ? "custom" : name, new TreeSet<>(codes), new TreeSet<>());
    } else {
      if (name != null) {
        throw new IllegalArgumentException("name " + name + " is only for a definition given in full, with codes");
      }
      VcProfile p = VcProfile.PHYSICAL_VIOLENCE;
      if (profile != null) {
        try {
          p = VcProfile.valueOf(profile);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "profile " + profile + " is not one of " + Arrays.toString(VcProfile.values()), e);
        }
      }
      d = of(p);
    }
    if (addCodes != null && !addCodes.isEmpty()) {
      d = d.plusCodes(addCodes.toArray(new String[0]));
    }
    if (removeCodes != null && !removeCodes.isEmpty()) {
      d = d.minusCodes(removeCodes.toArray(new String[0]));
    }
    if (titles != null && !titles.isEmpty()) {
      d = codes != null ? new VcDefinition(d.name(), d.codes(), new TreeSet<>(titles)) : d.plusTitles(titles.toArray(new String[0]));
    }
    return d;
  }

  /**
   * The definition in full as JSON fields, read back by {@link #fromJson}.
   *
   * @return {@code name}, {@code codes} and {@code titles}
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("codes", List.copyOf(codes));
    m.put("titles", List.copyOf(titles));
    return m;
  }

  /** @param more codes to add @return a modified copy */
  public VcDefinition plusCodes(String... more) {
    TreeSet<String> c = new TreeSet<>(codes);
    c.addAll(Arrays.stream(more).map(OffenceCodes::normalise).toList());
    return new VcDefinition(modifiedName(), c, titles);
  }

  /** @param less codes to remove @return a modified copy */
  public VcDefinition minusCodes(String... less) {
    TreeSet<String> c = new TreeSet<>(codes);
    c.removeAll(Arrays.stream(less).map(OffenceCodes::normalise).toList());
    return new VcDefinition(modifiedName(), c, titles);
  }

  /** @param more offence titles to add @return a modified copy */
  public VcDefinition plusTitles(String... more) {
    TreeSet<String> t = new TreeSet<>(titles);
    t.addAll(Arrays.stream(more).map(VcDefinition::normaliseTitle).toList());
    return new VcDefinition(modifiedName(), codes, t);
  }

  /** @param less offence titles to remove @return a modified copy */
  public VcDefinition minusTitles(String... less) {
    TreeSet<String> t = new TreeSet<>(titles);
    t.removeAll(Arrays.stream(less).map(VcDefinition::normaliseTitle).toList());
    return new VcDefinition(modifiedName(), codes, t);
  }

  /**
   * @param newName a name for the definition
   * @return a renamed copy
   */
  public VcDefinition withName(String newName) {
    return new VcDefinition(newName, codes, titles);
  }

  /**
   * Whether a crime is violent under this definition, and why.
   *
   * @param crime the crime
   * @return the matched code, else the matched title, else empty (not violent)
   */
  public Optional<ViolenceMatch> match(Crime crime) {
    if (codes.contains(crime.hoCode())) {
      return Optional.of(new ViolenceMatch(ViolenceMatch.By.CODE, crime.hoCode(), name));
    }
    if (!titles.isEmpty() && crime.offenceTitle().isPresent()) {
      String t = normaliseTitle(crime.offenceTitle().get());
      if (titles.contains(t)) {
        return Optional.of(new ViolenceMatch(ViolenceMatch.By.TITLE, t, name));
      }
    }
    return Optional.empty();
  }

  /**
   * Lower case, trimmed, runs of white space as one space: {@code "  Assault  WITH injury"} → {@code
   * "assault with injury"}.
   *
   * @param title an offence title
   * @return its normal form
   */
  public static String normaliseTitle(String title) {
    return Texts.lower(title);
  }

  private String modifiedName() {
    return name.endsWith(" (modified)") ? name : name + " (modified)";
  }
}
