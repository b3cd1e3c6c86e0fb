package org.vcanalytics.geo.hotspot;

import org.vcanalytics.geo.AreaLayer;

/**
 * Journeys from the areas offenders live in to the areas they offended in, at one level.
 *
 * @param level the level
 * @param homeArea the area of the offender's home ({@link AreaLayer#UNASSIGNED}: outside every area)
 * @param crimeArea the area of the crime ({@link AreaLayer#UNASSIGNED}: no location or outside
 *     every area)
 * @param journeys the number of offender–crime pairs
 * @param people the number of different offenders among them
 */
public record Flow(String level, String homeArea, String crimeArea, long journeys, long people) {}
