/**
 * Geography, and what every part of it shares: British National Grid ↔ WGS84 ({@link
 * org.vcanalytics.geo.Coordinates}, {@link org.vcanalytics.geo.LonLat}), the areas of a level with one
 * point-in-area boundary rule ({@link org.vcanalytics.geo.AreaLayer}), and the periods figures are
 * counted over ({@link org.vcanalytics.geo.Period}, {@link org.vcanalytics.geo.PeriodType}). All
 * analysis is in British National Grid metres. Depends on {@code org.vcanalytics.core} only; harm
 * weights come in as a per-crime weight function.
 *
 * <p>The parts, each a package that uses this one:
 *
 * <ul>
 *   <li>{@link org.vcanalytics.geo.hotspot} — area hotspots: {@link
 *       org.vcanalytics.geo.hotspot.Hotspots#analyse} (everything in one call), figures per area,
 *       period and typology, the ten-year view, offender travel and schools; writes its GeoJSON with
 *       {@code geojson};
 *   <li>{@link org.vcanalytics.geo.grid} — grid statistics: kernel density, Getis–Ord Gi*, hot-spot
 *       classes over periods;
 *   <li>{@link org.vcanalytics.geo.geojson} — RFC 7946 FeatureCollections, written with Jackson.
 * </ul>
 *
 * <p>See {@code docs/hotspots.md}.
 */
package org.vcanalytics.geo;
