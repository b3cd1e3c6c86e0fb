/**
 * Grid statistics, without areas: counts on a square grid, quartic kernel density, Getis–Ord Gi* with
 * p-values and hot-spot classes over periods, in the manner of sfhotspot ({@link
 * org.vcanalytics.geo.grid.GridHotspots}); and emerging hot-spot analysis on the same grid, in the
 * manner of ArcGIS ({@link org.vcanalytics.geo.grid.EmergingHotSpots}). See "Grid statistics" and
 * "Emerging hot-spot analysis (library)" in {@code docs/hotspots.md}.
 */
package org.vcanalytics.geo.grid;
