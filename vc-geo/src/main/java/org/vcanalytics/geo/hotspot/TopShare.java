package org.vcanalytics.geo.hotspot;

import java.util.OptionalDouble;

/**
 * How much violent crime the busiest areas hold.
 *
 * @param fraction the top fraction of areas, e.g. 0.05
 * @param areas k = ⌈fraction × number of areas⌉, at least 1 (computed in decimal, so 0.07 × 100 is
 *     exactly 7, not the 7.000000000000001 of binary floating point)
 * @param vcEvents the violent crimes of the k areas with the most (which k areas, among ties, does
 *     not change the sum)
 * @param share {@code vcEvents} ÷ the violent crimes located in an area of the level; empty when
 *     there are none
 */
public record TopShare(double fraction, int areas, long vcEvents, OptionalDouble share) {}
