/**
 * Grid statistics, without areas: counts on a square grid, quartic kernel density, Getis–Ord Gi* with
 * p-values and hot-spot classes over periods, in the manner of sfhotspot ({@link
 * org.vcanalytics.geo.grid.GridHotspots}). See "Grid statistics" in {@code docs/hotspots.md}.
 */
package org.vcanalytics.geo.grid;
