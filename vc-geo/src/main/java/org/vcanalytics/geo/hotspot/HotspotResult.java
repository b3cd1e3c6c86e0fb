package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;

/**
 * What {@link Hotspots#analyse} found: figures per level × period × typology × area, the ten-year
 * view, concentration, offender travel and schools. Immutable; every list is in a fixed order that
 * does not depend on the order of the input.
 *
 * <p>Order of {@link #figures()}: level (in {@link String#compareTo} order), area id ({@code
 * UNASSIGNED} last), period (months, quarters, years, financial years, each oldest first), typology
 * ({@code ALL}, then {@code KNIFE}, {@code GUN}, {@code YOUTH}, {@code OCG}, {@code DOMESTIC}, {@code
 * VAW}, {@code ROBBERY_PERSONAL}). Only area × period × typology cells with at least one violent
 * crime are listed; a cell that is not listed has none.
 */
public final class HotspotResult {

  private final LocalDate asOf;
  private final HotspotOptions options;
  private final SortedMap<String, AreaLayer> layers;
  private final List<String> levels;
  private final List<LevelAssignment> assignment;
  private final AreaAssignment.CrimeAreas areasOfCrime;
  private final List<AreaFigures> figures;
  private final List<Period> trendPeriods;
  private final List<AreaTrend> trends;
  private final List<Concentration> concentration;
  private final Travel travel;
  private final Schools schools;
  private final List<String> warnings;

  HotspotResult(
      LocalDate asOf,
      HotspotOptions options,
      SortedMap<String, AreaLayer> layers,
      List<String> levels,
      List<LevelAssignment> assignment,
      AreaAssignment.CrimeAreas areasOfCrime,
      List<AreaFigures> figures,
      List<Period> trendPeriods,
      List<AreaTrend> trends,
      List<Concentration> concentration,
      Travel travel,
      Schools schools,
      List<String> warnings) {
    this.asOf = asOf;
    this.options = options;
    this.layers = layers;
    this.levels = List.copyOf(levels);
    this.assignment = List.copyOf(assignment);
    this.areasOfCrime = areasOfCrime;
    this.figures = List.copyOf(figures);
    this.trendPeriods = List.copyOf(trendPeriods);
    this.trends = List.copyOf(trends);
    this.concentration = List.copyOf(concentration);
    this.travel = travel;
    this.schools = schools;
    this.warnings = List.copyOf(warnings);
  }

  /** @return the as-of date: crimes committed after it are left out */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the options used */
  public HotspotOptions options() {
    return options;
  }

  /** @return the levels counted, in order */
  public List<String> levels() {
    return levels;
  }

  /** @return the area layers (levels with polygons), by level */
  public SortedMap<String, AreaLayer> layers() {
    return layers;
  }

  /** @return per level, how the violent crimes got their areas */
  public List<LevelAssignment> assignment() {
    return assignment;
  }

  /**
   * @param crimeId a violent crime committed on or before the as-of date
   * @param level a level
   * @return the crime's area at that level ({@code UNASSIGNED} included), empty for another crime or
   *     level
   */
  public Optional<String> areaOf(String crimeId, String level) {
    return areasOfCrime.areaOf(crimeId, level);
  }

  /**
   * A violent crime's area by its place, without a look-up by id: for code that walks the violent
   * crimes of the classification the hotspots were found from, in their order.
   *
   * @param violentCrime a place in {@code Classification.violentCrimes()} of that classification
   * @param level a place in {@link #levels()}
   * @return the crime's area at that level ({@code UNASSIGNED} included), the same as {@link
   *     #areaOf(String, String)} gives
   * @throws IndexOutOfBoundsException for another place
   */
  public String areaAt(int violentCrime, int level) {
    return areasOfCrime.areaAt(level, violentCrime);
  }

  /** @return every non-empty area × period × typology cell, in the order of the class comment */
  public List<AreaFigures> figures() {
    return figures;
  }

  /**
   * @param level a level
   * @param period a period
   * @param typology {@code ALL} or a typology name
   * @return the cells of that level, period and typology, in area order
   */
  public List<AreaFigures> figures(String level, Period period, String typology) {
    return figures.stream()
        .filter(
            f ->
                f.level().equals(level)
                    && f.period().equals(period)
                    && f.typology().equals(typology))
        .toList();
  }

  /**
   * @param level a level
   * @param areaId an area id or {@code UNASSIGNED}
   * @param period a period
   * @param typology {@code ALL} or a typology name
   * @return the cell; empty when it has no violent crime
   */
  public Optional<AreaFigures> figure(String level, String areaId, Period period, String typology) {
    if (level == null || areaId == null || period == null || !Typologies.names().contains(typology)) {
      return Optional.empty();
    }
    int t = Typologies.index(typology);
    // The figures are in Figures.ORDER: a binary search, O(log C), with no index to build.
    int lo = 0, hi = figures.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      AreaFigures f = figures.get(mid);
      int c = f.level().compareTo(level);
      if (c == 0) {
        c = AreaAssignment.AREA_ORDER.compare(f.areaId(), areaId);
      }
      if (c == 0) {
        c = f.period().compareTo(period);
      }
      if (c == 0) {
        c = Integer.compare(Typologies.index(f.typology()), t);
      }
      if (c == 0) {
        return Optional.of(f);
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * @param level a level
   * @param areaId an area id or {@code UNASSIGNED}
   * @param period a period as written, e.g. {@code FY2020/21}
   * @param typology {@code ALL} or a typology name
   * @return the cell; empty when it has no violent crime
   */
  public Optional<AreaFigures> figure(String level, String areaId, String period, String typology) {
    return figure(level, areaId, Period.parse(period), typology);
  }

  /**
   * The number of violent crimes of a cell.
   *
   * @param level a level
   * @param areaId an area id or {@code UNASSIGNED}
   * @param period a period as written
   * @param typology {@code ALL} or a typology name
   * @return the count, 0 when the cell is not listed
   */
  public long vcEvents(String level, String areaId, String period, String typology) {
    return figure(level, areaId, period, typology).map(AreaFigures::vcEvents).orElse(0L);
  }

  /** @return the periods of the ten-year view, oldest first */
  public List<Period> trendPeriods() {
    return trendPeriods;
  }

  /** @return every area's ten-year series, per level, area ({@code UNASSIGNED} last), typology */
  public List<AreaTrend> trends() {
    return trends;
  }

  /**
   * @param level a level
   * @param areaId an area id
   * @param typology {@code ALL} or a typology name
   * @return that area's series
   */
  public Optional<AreaTrend> trend(String level, String areaId, String typology) {
    return trends.stream()
        .filter(
            t -> t.level().equals(level) && t.areaId().equals(areaId) && t.typology().equals(typology))
        .findFirst();
  }

  /** @return concentration per level, ten-year-view period and typology */
  public List<Concentration> concentration() {
    return concentration;
  }

  /** @return offender travel */
  public Travel travel() {
    return travel;
  }

  /** @return schools near areas and crimes, and the cohort per school */
  public Schools schools() {
    return schools;
  }

  /** @return warnings about the input (codes not in the area file, levels without polygons) */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The areas of a level with their figures for a period, as an RFC 7946 GeoJSON FeatureCollection
   * (written by {@link org.vcanalytics.geo.geojson.FeatureCollection}): WGS84 longitude/latitude,
   * longitude first, 6 decimal places, exterior rings anticlockwise and holes clockwise, no {@code
   * crs} member, numbers with a dot whatever the machine's locale, each feature on a line of its own;
   * the same result gives the same bytes.
   *
   * <p>One feature per area of the level's polygon layer, in id order, including areas without violent
   * crime (their counts are 0). Properties:
   *
   * <ul>
   *   <li>{@code level}, {@code id}, {@code name}, {@code population} (null when not given), {@code
   *       period};
   *   <li>for all violent crime: {@code vc_events}, {@code harm} (4 places), {@code offenders}, {@code
   *       victims}, {@code rate_per_1000} (6 places; null without a population), {@code
   *       share_of_force} (6 places), {@code rank} (areas without violent crime share the place after
   *       the last area with some);
   *   <li>per typology, its count: {@code knife_vc_events}, {@code gun_vc_events}, ...;
   *   <li>{@code schools_nearby}: schools within the school distance; {@code offenders_with_home},
   *       {@code share_offenders_living_outside} (6 places; null when no offender has a home): travel
   *       over every violent crime up to the as-of date, not just the period.
   * </ul>
   *
   * <p>Crimes with no area ({@code UNASSIGNED}) have no polygon; their count for the period is written
   * as the foreign member {@code unassigned_vc_events} of the collection, beside {@code level}, {@code
   * period} and {@code as_of}.
   *
   * @param level a level with polygons
   * @param period a period
   * @return the FeatureCollection text
   * @throws IllegalArgumentException when the level has no polygons
   */
  public String toGeoJson(String level, Period period) {
    AreaLayer layer = layers.get(level);
    if (layer == null) {
      throw new IllegalArgumentException("level " + level + " has no polygons to write");
    }
    return HotspotGeoJson.write(layer, period, asOf, figures, schools, travel);
  }
}
