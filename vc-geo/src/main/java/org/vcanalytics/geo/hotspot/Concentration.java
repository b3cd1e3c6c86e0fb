package org.vcanalytics.geo.hotspot;

import java.util.List;
import org.vcanalytics.geo.Period;

/**
 * How concentrated a level's violent crime is in one period: the share held by the top 5 % and 10 %
 * of areas (by default).
 *
 * @param level the level
 * @param period the period
 * @param typology {@code ALL} or a typology name
 * @param areas the number of areas of the level: the area file's plus any pre-assigned code not in
 *     it; {@code UNASSIGNED} is not an area
 * @param locatedEvents violent crimes in an area of the level
 * @param unassignedEvents violent crimes in no area (no location, or outside every area); not part of
 *     the shares
 * @param top one per fraction of {@link HotspotOptions#concentrationFractions()}, smallest first
 */
public record Concentration(
    String level,
    Period period,
    String typology,
    int areas,
    long locatedEvents,
    long unassignedEvents,
    List<TopShare> top) {

  /** Copies the list. */
  public Concentration {
    top = List.copyOf(top);
  }
}
