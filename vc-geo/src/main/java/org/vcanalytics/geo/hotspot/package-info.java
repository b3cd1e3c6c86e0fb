/**
 * Area hotspots: where violent crime concentrates, per level, area, period and typology; the ten-year
 * view and concentration; offender travel; schools nearby. The entry point is {@link
 * org.vcanalytics.geo.hotspot.Hotspots#analyse}, which returns a {@link
 * org.vcanalytics.geo.hotspot.HotspotResult}; the other public types are the options and the values of
 * the result. The analysis itself is a few package-private steps, one concern each, run in order by
 * {@code Hotspots.analyse}: the crimes counted ({@code ViolentCrimes}), their areas ({@code
 * AreaAssignment}), the figures ({@code Figures}), the ten-year view ({@code TenYearView}), travel
 * ({@code OffenderTravel}), schools ({@code SchoolsNearby}); and the GeoJSON of a level ({@code
 * HotspotGeoJson}). See {@code docs/hotspots.md}.
 */
package org.vcanalytics.geo.hotspot;
