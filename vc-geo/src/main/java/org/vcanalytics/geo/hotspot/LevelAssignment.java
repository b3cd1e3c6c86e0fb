package org.vcanalytics.geo.hotspot;

/**
 * How the violent crimes got their area at one level. The four counts add up to the violent crimes.
 *
 * @param level the level
 * @param preAssigned crimes whose record carries a code for the level (the code wins over the
 *     polygons)
 * @param byPolygon crimes placed by point-in-area
 * @param noLocation crimes with neither a code nor a location: {@code UNASSIGNED}
 * @param outsideEveryArea crimes whose location is in no area of the level (or the level has no
 *     polygons): {@code UNASSIGNED}
 * @param codesNotInAreaFile pre-assigned crimes whose code is not an area of the area file (counted
 *     under the code, with no population or polygon)
 */
public record LevelAssignment(
    String level,
    long preAssigned,
    long byPolygon,
    long noLocation,
    long outsideEveryArea,
    long codesNotInAreaFile) {

  /** @return the crimes counted as {@code UNASSIGNED} */
  public long unassigned() {
    return noLocation + outsideEveryArea;
  }
}
