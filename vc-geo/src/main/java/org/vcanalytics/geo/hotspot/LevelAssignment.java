package org.vcanalytics.geo.hotspot;

/**
 * How the violent crimes got their area at one level. The first five counts add up to the violent
 * crimes.
 *
 * @param level the level
 * @param preAssigned crimes whose record carries a code for the level (the code wins over the
 *     polygons)
 * @param byPolygon crimes placed by point-in-area (inside or on the boundary of a polygon)
 * @param byNearestArea crimes whose location is in no polygon but within the gap tolerance of one
 *     ({@link HotspotOptions#gapToleranceMetres()}), placed in the nearest
 * @param noLocation crimes with neither a code nor a location: {@code UNASSIGNED}
 * @param outsideEveryArea crimes whose location is in no area of the level and farther than the gap
 *     tolerance from every one (or the level has no polygons): {@code UNASSIGNED}
 * @param codesNotInAreaFile pre-assigned crimes whose code is not an area of the area file (counted
 *     under the code, with no population or polygon)
 */
public record LevelAssignment(
    String level,
    long preAssigned,
    long byPolygon,
    long byNearestArea,
    long noLocation,
    long outsideEveryArea,
    long codesNotInAreaFile) {

  /** @return the crimes counted as {@code UNASSIGNED} */
  public long unassigned() {
    return noLocation + outsideEveryArea;
  }
}
