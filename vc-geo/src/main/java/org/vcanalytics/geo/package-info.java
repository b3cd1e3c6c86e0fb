/**
 * Geography: coordinates, areas, hotspot aggregation over ten years, offender travel, schools and
 * GeoJSON. Depends on {@code org.vcanalytics.core} only; harm weights come in as a per-crime weight
 * function.
 *
 * <p>Entry points: {@link org.vcanalytics.geo.Hotspots#analyse} (everything in one call), {@link
 * org.vcanalytics.geo.AreaLayer} (point-in-area with one boundary rule), {@link
 * org.vcanalytics.geo.Coordinates} (British National Grid ↔ WGS84), {@link
 * org.vcanalytics.geo.HotspotGeoJson} (RFC 7946 output). All analysis is in British National Grid
 * metres. See {@code docs/hotspots.md}.
 */
package org.vcanalytics.geo;
