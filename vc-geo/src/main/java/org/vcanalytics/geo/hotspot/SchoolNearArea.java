package org.vcanalytics.geo.hotspot;

/**
 * A school within the school distance of an area.
 *
 * @param level the level
 * @param areaId the area
 * @param urn the school's URN
 * @param schoolName the school's name
 * @param distanceMetres the straight-line distance from the school's point to the area's polygon; 0
 *     when the school is inside the area
 */
public record SchoolNearArea(
    String level, String areaId, String urn, String schoolName, double distanceMetres) {}
