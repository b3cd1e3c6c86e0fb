/**
 * Geography: coordinates, areas, hotspot aggregation and statistics, offender travel, schools and
 * GeoJSON. Depends on {@code org.vcanalytics.core} only.
 */
package org.vcanalytics.geo;
