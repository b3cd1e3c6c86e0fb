package org.vcanalytics.geo.hotspot;

import java.util.List;

/**
 * Schools and violent crime.
 *
 * @param distanceMetres the school distance used ({@link HotspotOptions#schoolDistanceMetres()})
 * @param nearAreas the schools within that distance of each area with a polygon, in level, area,
 *     distance, URN order
 * @param nearest the nearest school to each violent crime with a location, in crime order (empty when
 *     there are no schools)
 * @param cohorts per school, the cohort's people who attended it, in URN order (schools with none
 *     left out)
 */
public record Schools(
    double distanceMetres,
    List<SchoolNearArea> nearAreas,
    List<NearestSchool> nearest,
    List<SchoolCohort> cohorts) {

  /** Copies the lists. */
  public Schools {
    nearAreas = List.copyOf(nearAreas);
    nearest = List.copyOf(nearest);
    cohorts = List.copyOf(cohorts);
  }
}
