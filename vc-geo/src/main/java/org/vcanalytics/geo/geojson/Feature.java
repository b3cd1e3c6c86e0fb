package org.vcanalytics.geo.geojson;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.vcanalytics.geo.Coordinates;

/**
 * A GeoJSON Feature: properties in the order given, and a polygon or multipolygon. The geometry is
 * given on the British National Grid, as every geometry of this module, and kept in WGS84, as RFC 7946
 * requires ({@link Coordinates#toWgs84(Geometry)}). Immutable.
 */
public final class Feature {

  private final List<Member> properties;
  private final Geometry lonLat;

  private Feature(List<Member> properties, Geometry lonLat) {
    this.properties = properties;
    this.lonLat = lonLat;
  }

  /**
   * @param properties the feature's properties, in the order they are to be written
   * @param grid a Polygon or MultiPolygon in grid metres (not changed)
   * @return the feature
   * @throws IllegalArgumentException when the geometry is not a Polygon or MultiPolygon
   */
  public static Feature onGrid(List<Member> properties, Geometry grid) {
    Objects.requireNonNull(grid, "grid");
    if (!(grid instanceof Polygonal)) {
      throw new IllegalArgumentException(
          "a feature's geometry is a Polygon or MultiPolygon, not a " + grid.getGeometryType());
    }
    return new Feature(List.copyOf(properties), Coordinates.toWgs84(grid));
  }

  /** @return the properties, in order */
  public List<Member> properties() {
    return properties;
  }

  /** @return a copy of the geometry, in WGS84 longitude (x) and latitude (y) */
  public Geometry geometry() {
    return lonLat.copy();
  }

  /** The geometry itself, for writing: not to be changed. */
  Geometry lonLat() {
    return lonLat;
  }
}
