package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.vcanalytics.core.internal.VcStyle;

/**
 * A recorded crime: a row of {@code crimes.csv}.
 *
 * <pre>{@code
 * Crime c = Crime.builder().id("C1").hoCode("8N").committedOn(LocalDate.of(2024, 3, 1))
 *     .weapon(Weapon.KNIFE_OR_SHARP).build();
 * }</pre>
 *
 * <p>The Home Office offence code is normalised when built ({@link OffenceCodes#normalise(String)}),
 * so {@code hoCode("008N")}, {@code hoCode("8n")} and {@code hoCode("8N")} give the same crime.
 */
@Value.Immutable
@VcStyle
public abstract class Crime {

  /** The pre-assigned area levels a crime may carry, in the order they are read and written. */
  public static final java.util.List<String> AREA_LEVELS =
      java.util.List.of("npu", "neighbourhood", "postcode_district", "lsoa");

  /** Starts a builder; {@code id}, {@code hoCode} and {@code committedOn} are required. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the crime id, unique in the data set */
  public abstract String id();

  /** @return the Home Office offence code, normalised */
  public abstract String hoCode();

  /** @return the day the crime was committed (its start, where a range was recorded) */
  public abstract LocalDate committedOn();

  /** @return the force's offence title, when recorded */
  public abstract Optional<String> offenceTitle();

  /** @return the day the crime was recorded, when recorded; never before {@link #committedOn()} */
  public abstract Optional<LocalDate> recordedOn();

  /** @return where it happened on the National Grid, when recorded */
  public abstract Optional<GridPoint> location();

  /** @return the postcode where it happened, when recorded */
  public abstract Optional<String> postcode();

  /** @return the weapon, when recorded */
  public abstract Optional<Weapon> weapon();

  /** @return how the weapon was used, when recorded */
  public abstract Optional<WeaponUse> weaponUse();

  /** @return the domestic-abuse flag: empty when not recorded */
  public abstract Optional<Boolean> domesticAbuse();

  /** @return the OCG-related flag: empty when not recorded */
  public abstract Optional<Boolean> ocgRelated();

  /** @return the free-text modus operandi, when recorded */
  public abstract Optional<String> moText();

  /**
   * Area codes the force assigned to the crime (one shared value per combination).
   *
   * @return the codes; {@link AreaCodes#NONE} when none
   */
  @Value.Default
  public AreaCodes assignedAreas() {
    return AreaCodes.NONE;
  }

  /**
   * Area codes the force assigned to the crime, by level ({@code npu}, {@code neighbourhood},
   * {@code postcode_district}, {@code lsoa}); a pre-assigned code wins over point-in-polygon.
   *
   * @return level to area code
   */
  public Map<String, String> areaCodes() {
    return assignedAreas().codes();
  }

  /** Normalises the offence code ({@code 008N} → {@code 8N}) and checks the rules. */
  @Value.Check
  Crime normalise() {
    Ids.requireId(id(), "crime id");
    String code = OffenceCodes.normalise(hoCode());
    if (code.isEmpty()) {
      throw new IllegalArgumentException("crime " + id() + ": the offence code is blank");
    }
    if (!code.equals(hoCode())) {
      return builder().from(this).hoCode(code).build();
    }
    if (recordedOn().isPresent() && recordedOn().get().isBefore(committedOn())) {
      throw new IllegalArgumentException(
          "crime " + id() + " was recorded on " + recordedOn().get() + ", before it was committed on "
              + committedOn());
    }
    return this;
  }

  /** Builds a {@link Crime}. */
  public static final class Builder extends ImmutableCrime.Builder {
    private final Map<String, String> areaCodes = new java.util.LinkedHashMap<>();

    Builder() {}

    /**
     * Adds a pre-assigned area code.
     *
     * @param level the level, e.g. {@code npu}
     * @param code the area's code
     * @return this builder
     */
    public Builder putAreaCodes(String level, String code) {
      areaCodes.put(level, code);
      return this;
    }

    @Override
    public Crime build() {
      if (!areaCodes.isEmpty()) {
        assignedAreas(AreaCodes.of(areaCodes));
      }
      return super.build();
    }
  }
}
