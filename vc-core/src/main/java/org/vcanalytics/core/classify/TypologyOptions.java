package org.vcanalytics.core.classify;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.internal.Texts;

/**
 * Options of the typology rules; {@link #defaults()} are those of the specification, written here
 * once. In JSON ({@link #fromJson}, {@link #json}) the fields are named as the components.
 *
 * @param youthMaxAge the oldest age, in completed years on the day, that counts as youth (default
 *     25)
 * @param youthRoles the roles whose age counts (default OFFENDER, SUSPECT, VICTIM)
 * @param airWeaponsAreGuns whether AIR_WEAPON sets GUN (default no)
 * @param domesticAbuseHeaders the intelligence headers that mark domestic abuse (default {@code
 *     DOMESTIC ABUSE}), compared upper case with single spaces
 * @param vawRequiresMaleOffender whether VAW also needs a male offender or suspect (default no)
 */
public record TypologyOptions(
    int youthMaxAge,
    Set<Role> youthRoles,
    boolean airWeaponsAreGuns,
    SortedSet<String> domesticAbuseHeaders,
    boolean vawRequiresMaleOffender) {

  /** The default youth age limit: {@value}. */
  public static final int DEFAULT_YOUTH_MAX_AGE = 25;

  /** Copies and normalises. */
  public TypologyOptions {
    if (youthMaxAge < 0) {
      throw new IllegalArgumentException("youthMaxAge must not be negative, was " + youthMaxAge);
    }
    youthRoles =
        Collections.unmodifiableSet(
            youthRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(youthRoles));
    TreeSet<String> h = new TreeSet<>();
    for (String header : domesticAbuseHeaders) {
      h.add(normaliseHeader(header));
    }
    domesticAbuseHeaders = Collections.unmodifiableSortedSet(h);
  }

  /** @return the specification's defaults */
  public static TypologyOptions defaults() {
    return new TypologyOptions(
        DEFAULT_YOUTH_MAX_AGE,
        EnumSet.of(Role.OFFENDER, Role.SUSPECT, Role.VICTIM),
        false,
        new TreeSet<>(Set.of("DOMESTIC ABUSE")),
        false);
  }

  /**
   * The options of a JSON object: a field left out ({@code null}) takes its default.
   *
   * @param youthMaxAge default 25
   * @param youthRoles default OFFENDER, SUSPECT, VICTIM
   * @param airWeaponsAreGuns default false
   * @param domesticAbuseHeaders default DOMESTIC ABUSE
   * @param vawRequiresMaleOffender default false
   * @return the options
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  @JsonCreator
  public static TypologyOptions fromJson(
      @JsonProperty("youthMaxAge") Integer youthMaxAge,
      @JsonProperty("youthRoles") List<Role> youthRoles,
      @JsonProperty("airWeaponsAreGuns") Boolean airWeaponsAreGuns,
      @JsonProperty("domesticAbuseHeaders") List<String> domesticAbuseHeaders,
      @JsonProperty("vawRequiresMaleOffender") Boolean vawRequiresMaleOffender) {
    TypologyOptions d = defaults();
    return new TypologyOptions(
        youthMaxAge == null ? d.youthMaxAge() : youthMaxAge,
        youthRoles == null ? d.youthRoles() : Set.copyOf(youthRoles),
        airWeaponsAreGuns == null ? d.airWeaponsAreGuns() : airWeaponsAreGuns,
        domesticAbuseHeaders == null ? d.domesticAbuseHeaders() : new TreeSet<>(domesticAbuseHeaders),
        vawRequiresMaleOffender == null ? d.vawRequiresMaleOffender() : vawRequiresMaleOffender);
  }

  /**
   * The options as JSON fields, read back by {@link #fromJson}.
   *
   * @return field name to value, in a fixed order
   */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("youthMaxAge", youthMaxAge);
    m.put("youthRoles", youthRoles.stream().map(Role::name).toList());
    m.put("airWeaponsAreGuns", airWeaponsAreGuns);
    m.put("domesticAbuseHeaders", List.copyOf(domesticAbuseHeaders));
    m.put("vawRequiresMaleOffender", vawRequiresMaleOffender);
    return m;
  }

  /** @param age the oldest youth age @return a copy */
  public TypologyOptions withYouthMaxAge(int age) {
    return new TypologyOptions(age, youthRoles, airWeaponsAreGuns, domesticAbuseHeaders, vawRequiresMaleOffender);
  }

  /** @param roles the roles whose age counts @return a copy */
  public TypologyOptions withYouthRoles(Set<Role> roles) {
    return new TypologyOptions(youthMaxAge, roles, airWeaponsAreGuns, domesticAbuseHeaders, vawRequiresMaleOffender);
  }

  /** @param yes whether air weapons set GUN @return a copy */
  public TypologyOptions withAirWeaponsAreGuns(boolean yes) {
    return new TypologyOptions(youthMaxAge, youthRoles, yes, domesticAbuseHeaders, vawRequiresMaleOffender);
  }

  /** @param headers the domestic-abuse headers @return a copy */
  public TypologyOptions withDomesticAbuseHeaders(Set<String> headers) {
    return new TypologyOptions(
        youthMaxAge, youthRoles, airWeaponsAreGuns, new TreeSet<>(headers), vawRequiresMaleOffender);
  }

  /** @param yes whether VAW needs a male offender or suspect @return a copy */
  public TypologyOptions withVawRequiresMaleOffender(boolean yes) {
    return new TypologyOptions(youthMaxAge, youthRoles, airWeaponsAreGuns, domesticAbuseHeaders, yes);
  }

  /** Upper case, single spaces, as intelligence headers are stored. */
  static String normaliseHeader(String header) {
    return Texts.upper(Objects.requireNonNull(header));
  }
}
