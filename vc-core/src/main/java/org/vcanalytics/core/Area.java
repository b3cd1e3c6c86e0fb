package org.vcanalytics.core;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A policing or statistical area: a feature of {@code areas.geojson}. The polygon is kept as the
 * GeoJSON geometry text of the file, in the file's coordinate system; the geography module turns it
 * into a geometry.
 *
 * @param level the layer, e.g. {@code npu}, {@code neighbourhood}, {@code postcode_district}, {@code
 *     lsoa}, or any name
 * @param id the area's code, unique within its level
 * @param name the area's name (its id when the file gives none)
 * @param population the resident population, when given (for rates per 1,000)
 * @param crs the coordinate system of the geometry
 * @param geometryJson a GeoJSON {@code Polygon} or {@code MultiPolygon} object
 */
public record Area(
    String level, String id, String name, OptionalLong population, Crs crs, String geometryJson) {

  /** The coordinate systems an area file may use. */
  public enum Crs {
    /** British National Grid, EPSG:27700, metres. The contract's default. */
    BRITISH_NATIONAL_GRID,
    /** WGS84 longitude and latitude in degrees (EPSG:4326, OGC CRS84), as RFC 7946 GeoJSON. */
    WGS84
  }

  /** Checks the parts. */
  public Area {
    Ids.requireId(level, "area level");
    Ids.requireId(id, "area id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(geometryJson, "geometryJson");
  }

  /**
   * @param areas areas in any order
   * @return them ordered by level then id, as an unmodifiable list
   * @throws IllegalArgumentException when an area (level and id) is there twice
   */
  static java.util.List<Area> inOrder(java.util.List<Area> areas) {
    Area[] ar = areas.toArray(new Area[0]);
    java.util.Arrays.sort(ar, java.util.Comparator.comparing(Area::level).thenComparing(Area::id));
    for (int i = 1; i < ar.length; i++) {
      if (ar[i].level().equals(ar[i - 1].level()) && ar[i].id().equals(ar[i - 1].id())) {
        throw new IllegalArgumentException(
            "area " + ar[i].id() + " of level " + ar[i].level() + " is added twice");
      }
    }
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(ar));
  }
}
