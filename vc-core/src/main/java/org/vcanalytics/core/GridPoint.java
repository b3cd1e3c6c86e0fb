package org.vcanalytics.core;

/**
 * A point on the British National Grid (EPSG:27700), in metres.
 *
 * @param easting metres east of the grid's false origin
 * @param northing metres north of the grid's false origin
 */
public record GridPoint(double easting, double northing) {

  /** The smallest easting accepted for Great Britain, in metres. */
  public static final double MIN_EASTING = 0;
  /** The largest easting accepted for Great Britain, in metres. */
  public static final double MAX_EASTING = 700_000;
  /** The smallest northing accepted for Great Britain, in metres. */
  public static final double MIN_NORTHING = 0;
  /** The largest northing accepted for Great Britain, in metres. */
  public static final double MAX_NORTHING = 1_300_000;

  /**
   * Checks the point lies in the National Grid's extent over Great Britain.
   *
   * @throws IllegalArgumentException when it does not
   */
  public GridPoint {
    if (!inGreatBritain(easting, northing)) {
      throw new IllegalArgumentException(
          "(" + easting + ", " + northing + ") is outside Great Britain's National Grid extent"
              + " (easting 0 to 700000, northing 0 to 1300000)");
    }
  }

  /**
   * Creates a point.
   *
   * @param easting metres
   * @param northing metres
   * @return the point
   */
  public static GridPoint of(double easting, double northing) {
    return new GridPoint(easting, northing);
  }

  /**
   * Whether a coordinate pair lies in the National Grid's extent over Great Britain
   * (easting 0–700,000 m, northing 0–1,300,000 m, both inclusive).
   *
   * @param easting metres
   * @param northing metres
   * @return true when inside
   */
  public static boolean inGreatBritain(double easting, double northing) {
    return easting >= MIN_EASTING
        && easting <= MAX_EASTING
        && northing >= MIN_NORTHING
        && northing <= MAX_NORTHING;
  }

  /**
   * Straight-line distance on the grid.
   *
   * @param other another point
   * @return metres
   */
  public double distanceTo(GridPoint other) {
    return Math.hypot(easting - other.easting, northing - other.northing);
  }
}
