package org.vcanalytics.geo.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A polygon or multipolygon in WGS84 as an RFC 7946 geometry object: a {@code Polygon} when it has one
 * part, else a {@code MultiPolygon}; positions {@code [longitude, latitude]} rounded to {@value
 * #DECIMALS} places ({@link Member#rounded}); exterior rings anticlockwise and holes clockwise
 * (§3.1.6), reversed where the source runs the other way, the orientation judged on the unrounded
 * positions. O(V) for V vertices.
 */
final class GeometryJson {

  /** Decimal places of a position: 10⁻⁶ degrees is about 10 cm. */
  static final int DECIMALS = 6;

  private GeometryJson() {}

  static void write(Geometry lonLat, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (lonLat.getNumGeometries() == 1 && lonLat.getGeometryN(0) instanceof Polygon p) {
      g.writeStringField("type", "Polygon");
      g.writeFieldName("coordinates");
      polygon(p, g);
    } else {
      g.writeStringField("type", "MultiPolygon");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < lonLat.getNumGeometries(); i++) {
        polygon((Polygon) lonLat.getGeometryN(i), g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void polygon(Polygon p, JsonGenerator g) throws IOException {
    g.writeStartArray();
    ring(p.getExteriorRing(), true, g);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring(p.getInteriorRingN(i), false, g);
    }
    g.writeEndArray();
  }

  private static void ring(LinearRing r, boolean exterior, JsonGenerator g) throws IOException {
    Coordinate[] ll = r.getCoordinates();
    boolean ccw = ll.length >= 4 && Orientation.isCCW(ll);
    boolean reverse = exterior != ccw;
    g.writeStartArray();
    for (int k = 0; k < ll.length; k++) {
      Coordinate c = ll[reverse ? ll.length - 1 - k : k];
      g.writeStartArray();
      number(c.x, g);
      number(c.y, g);
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void number(double v, JsonGenerator g) throws IOException {
    BigDecimal d = Member.rounded(v, DECIMALS);
    if (d == null) {
      g.writeNull();
    } else {
      g.writeNumber(d);
    }
  }
}
