package org.vcanalytics.geo.hotspot;

import java.util.OptionalDouble;

/**
 * Where the offenders of an area's violent crime live.
 *
 * @param level the level
 * @param areaId the area where the crimes were committed
 * @param offenders different offenders and suspects of the area's violent crimes who have a recorded
 *     home
 * @param livingOutside how many of them live outside the area (in another area, or outside every
 *     area of the level)
 * @param shareLivingOutside {@code livingOutside ÷ offenders}; empty when {@code offenders} is 0
 * @param withoutHome different offenders and suspects of the area's violent crimes with no recorded
 *     home (not in the share)
 */
public record OffenderOrigins(
    String level,
    String areaId,
    long offenders,
    long livingOutside,
    OptionalDouble shareLivingOutside,
    long withoutHome) {}
