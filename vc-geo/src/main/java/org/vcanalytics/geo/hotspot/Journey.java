package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.SortedMap;
import com.google.common.collect.ImmutableSortedMap;
import org.vcanalytics.geo.AreaLayer;

/**
 * One offender's (or suspect's) journey to one violent crime: from their recorded home to where the
 * crime was committed. Person-level data: share it only as the force's rules allow.
 *
 * @param crimeId the crime
 * @param personId the offender or suspect (once per crime, even when recorded in both roles)
 * @param committedOn the day of the crime
 * @param distanceMetres the straight-line distance on the National Grid from home to the crime, when
 *     the crime has a location
 * @param homeAreas the home's area per level (found by point-in-area and the gap rule, as a crime's;
 *     {@link AreaLayer#UNASSIGNED} outside every area and its tolerance); only levels with polygons
 * @param crimeAreas the crime's area per level, as in the aggregation
 */
public record Journey(
    String crimeId,
    String personId,
    LocalDate committedOn,
    OptionalDouble distanceMetres,
    SortedMap<String, String> homeAreas,
    SortedMap<String, String> crimeAreas) {

  /**
   * Copies the maps, unless they are immutable already: a person's home areas and a crime's areas
   * are then one map shared by all their journeys.
   */
  public Journey {
    homeAreas = ImmutableSortedMap.copyOfSorted(homeAreas);
    crimeAreas = ImmutableSortedMap.copyOfSorted(crimeAreas);
  }
}
