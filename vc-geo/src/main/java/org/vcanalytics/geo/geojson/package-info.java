/**
 * RFC 7946 GeoJSON output, written with Jackson: a {@link org.vcanalytics.geo.geojson.FeatureCollection}
 * of {@link org.vcanalytics.geo.geojson.Feature}s, whose properties and foreign members are {@link
 * org.vcanalytics.geo.geojson.Member}s. Geometries are given on the British National Grid and written
 * in WGS84. Knows nothing of hotspots: what a feature's properties are is its caller's business.
 */
package org.vcanalytics.geo.geojson;
