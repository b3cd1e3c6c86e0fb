package org.vcanalytics.geo.hotspot;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;

/**
 * The violent crime of one area in one period, for all violent crime ({@code ALL}) or one typology.
 *
 * @param level the level, e.g. {@code lsoa}
 * @param areaId the area's id, or {@link AreaLayer#UNASSIGNED}
 * @param areaName the area's name (its id when it has none, or for a pre-assigned code that is not in
 *     the area file)
 * @param period the period
 * @param typology {@code ALL} or a typology name ({@code KNIFE}, {@code GUN}, ...)
 * @param vcEvents the number of violent crimes committed in the area in the period
 * @param harm the sum of the crimes' weights (the weight function given to {@link Hotspots})
 * @param offenders the number of different people recorded as offender or suspect of those crimes
 * @param victims the number of different people recorded as victim of those crimes
 * @param population the area's resident population, when the area file gives it
 * @param ratePer1000 {@code vcEvents} × 1,000 ÷ population, when the population is given and above 0
 * @param shareOfForce {@code vcEvents} ÷ the violent crimes of every area of the level in the period
 *     (unassigned ones included), 0 when there are none
 * @param rank the area's place among the level's areas by {@code vcEvents}, highest first; areas with
 *     the same count share the best place (1, 2, 2, 4); empty for {@code UNASSIGNED}
 * @param harmRank the same by {@code harm}
 */
public record AreaFigures(
    String level,
    String areaId,
    String areaName,
    Period period,
    String typology,
    long vcEvents,
    double harm,
    long offenders,
    long victims,
    OptionalLong population,
    OptionalDouble ratePer1000,
    double shareOfForce,
    OptionalInt rank,
    OptionalInt harmRank) {}
