/**
 * vc-geo: coordinates, areas, hotspot aggregation and statistics, offender travel, schools and
 * GeoJSON.
 *
 * <p>JTS geometries appear in the API ({@code AreaLayer.geometry}, {@code Coordinates.toWgs84}), so
 * {@code org.locationtech.jts} is required transitively. proj4j 1.4.1 has no module descriptor and
 * no {@code Automatic-Module-Name}: its name {@code proj4j} is derived from the jar's file name (see
 * docs/modules.md).
 */
module org.vcanalytics.geo {
  requires transitive org.vcanalytics.core;
  requires transitive org.locationtech.jts;
  requires transitive com.fasterxml.jackson.databind;
  requires org.locationtech.jts.io;
  requires proj4j;
  requires org.slf4j;
  requires com.google.common;

  exports org.vcanalytics.geo;
  exports org.vcanalytics.geo.geojson;
  exports org.vcanalytics.geo.grid;
  exports org.vcanalytics.geo.hotspot;
}
