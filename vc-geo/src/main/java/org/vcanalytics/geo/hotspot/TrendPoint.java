package org.vcanalytics.geo.hotspot;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.vcanalytics.geo.Period;

/**
 * One period of an area's ten-year series.
 *
 * @param period the period (a calendar or financial year by default)
 * @param vcEvents violent crimes in the area in the period
 * @param changeFromPrevious {@code vcEvents} minus the previous period's; empty for the first period
 * @param percentChangeFromPrevious that change as a percentage of the previous period's count; empty
 *     for the first period and when the previous count is 0
 * @param changeFromFirst {@code vcEvents} minus the first period's
 * @param percentChangeFromFirst that change as a percentage of the first period's count; empty when
 *     the first count is 0
 * @param shareOfForce {@code vcEvents} ÷ the violent crimes of the whole level in the period
 *     (unassigned ones included); 0 when there are none
 * @param partial true when the as-of date falls before the period's last day, so the period is
 *     counted only in part
 */
public record TrendPoint(
    Period period,
    long vcEvents,
    OptionalLong changeFromPrevious,
    OptionalDouble percentChangeFromPrevious,
    long changeFromFirst,
    OptionalDouble percentChangeFromFirst,
    double shareOfForce,
    boolean partial) {}
