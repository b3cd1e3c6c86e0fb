package org.vcanalytics.geo;

/**
 * A position in degrees: longitude first, as GeoJSON writes it.
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 */
public record LonLat(double lon, double lat) {

  /** Checks the position is a real longitude and latitude. */
  public LonLat {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("(" + lon + ", " + lat + ") is not a longitude and latitude");
    }
  }

  /**
   * Creates a position.
   *
   * @param lon longitude in degrees
   * @param lat latitude in degrees
   * @return the position
   */
  public static LonLat of(double lon, double lat) {
    return new LonLat(lon, lat);
  }
}
