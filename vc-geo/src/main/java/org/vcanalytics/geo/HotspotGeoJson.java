package org.vcanalytics.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.classify.Typology;

/**
 * Writes the areas of one level with their figures for one period as an RFC 7946 GeoJSON
 * FeatureCollection: WGS84 longitude/latitude (converted from the grid with {@link Coordinates}),
 * longitude first, 6 decimal places (about 10 cm, as RFC 7946 §11.2 suggests), exterior rings
 * anticlockwise and holes clockwise, no {@code crs} member. Numbers are written with a dot whatever
 * the machine's locale; the same result gives the same bytes.
 *
 * <p>One feature per area of the level's polygon layer, in id order, including areas without violent
 * crime (their counts are 0). Properties:
 *
 * <ul>
 *   <li>{@code level}, {@code id}, {@code name}, {@code population} (null when not given), {@code
 *       period};
 *   <li>for all violent crime: {@code vc_events}, {@code harm}, {@code offenders}, {@code victims},
 *       {@code rate_per_1000} (null without a population), {@code share_of_force}, {@code rank}
 *       (areas without violent crime share the place after the last area with some);
 *   <li>per typology, its count: {@code knife_vc_events}, {@code gun_vc_events}, ...;
 *   <li>{@code schools_nearby}: schools within the school distance; {@code offenders_with_home},
 *       {@code share_offenders_living_outside} (null when no offender has a home): travel over every
 *       violent crime up to the as-of date, not just the period.
 * </ul>
 *
 * <p>Crimes with no area ({@code UNASSIGNED}) have no polygon; their count for the period is written
 * as the foreign member {@code unassigned_vc_events} of the collection, beside {@code level}, {@code
 * period} and {@code as_of}.
 */
public final class HotspotGeoJson {

  private HotspotGeoJson() {}

  /**
   * @param result a hotspot result
   * @param level a level with polygons
   * @param period a period counted in the result
   * @return the GeoJSON text
   * @throws IllegalArgumentException when the level has no polygons
   */
  public static String write(HotspotResult result, String level, Period period) {
    AreaLayer layer = result.layers().get(level);
    if (layer == null) {
      throw new IllegalArgumentException("level " + level + " has no polygons to write");
    }
    List<AreaFigures> all = result.figures(level, period, Hotspots.ALL);
    Map<String, AreaFigures> byArea = new HashMap<>();
    int withCrime = 0;
    long unassigned = 0;
    for (AreaFigures f : all) {
      byArea.put(f.areaId(), f);
      if (f.areaId().equals(AreaLayer.UNASSIGNED)) {
        unassigned = f.vcEvents();
      } else {
        withCrime++;
      }
    }
    Map<String, Map<String, Long>> typCounts = new HashMap<>();
    for (Typology t : Typology.values()) {
      Map<String, Long> m = new HashMap<>();
      for (AreaFigures f : result.figures(level, period, t.name())) {
        m.put(f.areaId(), f.vcEvents());
      }
      typCounts.put(t.name(), m);
    }
    Map<String, Long> schoolsNear = new HashMap<>();
    for (SchoolNearArea s : result.schools().nearAreas()) {
      if (s.level().equals(level)) {
        schoolsNear.merge(s.areaId(), 1L, Long::sum);
      }
    }
    Map<String, OffenderOrigins> origins = new HashMap<>();
    for (OffenderOrigins o : result.travel().origins()) {
      if (o.level().equals(level)) {
        origins.put(o.areaId(), o);
      }
    }

    StringBuilder out = new StringBuilder(1 << 16);
    out.append("{\"type\":\"FeatureCollection\",\"level\":").append(str(level))
        .append(",\"period\":").append(str(period.label()))
        .append(",\"as_of\":").append(str(result.asOf().toString()))
        .append(",\"unassigned_vc_events\":").append(unassigned)
        .append(",\"features\":[");
    boolean firstFeature = true;
    for (Area a : layer.areas()) {
      AreaFigures f = byArea.get(a.id());
      out.append(firstFeature ? "\n" : ",\n");
      firstFeature = false;
      out.append("{\"type\":\"Feature\",\"properties\":{");
      out.append("\"level\":").append(str(level));
      out.append(",\"id\":").append(str(a.id()));
      out.append(",\"name\":").append(str(a.name()));
      out.append(",\"population\":")
          .append(a.population().isPresent() ? Long.toString(a.population().getAsLong()) : "null");
      out.append(",\"period\":").append(str(period.label()));
      out.append(",\"vc_events\":").append(f == null ? 0 : f.vcEvents());
      out.append(",\"harm\":").append(num(f == null ? 0 : f.harm(), 4));
      out.append(",\"offenders\":").append(f == null ? 0 : f.offenders());
      out.append(",\"victims\":").append(f == null ? 0 : f.victims());
      OptionalDouble rate =
          f != null
              ? f.ratePer1000()
              : a.population().isPresent() && a.population().getAsLong() > 0
                  ? OptionalDouble.of(0)
                  : OptionalDouble.empty();
      out.append(",\"rate_per_1000\":").append(rate.isPresent() ? num(rate.getAsDouble(), 6) : "null");
      out.append(",\"share_of_force\":").append(num(f == null ? 0 : f.shareOfForce(), 6));
      out.append(",\"rank\":").append(f == null ? withCrime + 1 : f.rank().orElse(0));
      for (Typology t : Typology.values()) {
        out.append(",\"").append(t.name().toLowerCase(Locale.ROOT)).append("_vc_events\":")
            .append(typCounts.get(t.name()).getOrDefault(a.id(), 0L));
      }
      out.append(",\"schools_nearby\":").append(schoolsNear.getOrDefault(a.id(), 0L));
      OffenderOrigins o = origins.get(a.id());
      out.append(",\"offenders_with_home\":").append(o == null ? 0 : o.offenders());
      out.append(",\"share_offenders_living_outside\":")
          .append(
              o == null || o.shareLivingOutside().isEmpty()
                  ? "null"
                  : num(o.shareLivingOutside().getAsDouble(), 6));
      out.append("},\"geometry\":");
      geometry(layer.geometry(a.id()).orElseThrow(), out);
      out.append('}');
    }
    out.append("\n]}\n");
    return out.toString();
  }

  private static void geometry(Geometry g, StringBuilder out) {
    if (g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof Polygon p) {
      out.append("{\"type\":\"Polygon\",\"coordinates\":");
      polygon(p, out);
    } else {
      out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (i > 0) {
          out.append(',');
        }
        polygon((Polygon) g.getGeometryN(i), out);
      }
      out.append(']');
    }
    out.append('}');
  }

  private static void polygon(Polygon p, StringBuilder out) {
    out.append('[');
    ring(p.getExteriorRing(), true, out);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      out.append(',');
      ring(p.getInteriorRingN(i), false, out);
    }
    out.append(']');
  }

  private static void ring(LinearRing r, boolean exterior, StringBuilder out) {
    Coordinate[] grid = r.getCoordinates();
    Coordinate[] ll = new Coordinate[grid.length];
    for (int i = 0; i < grid.length; i++) {
      double[] d = Coordinates.toWgs84(grid[i].x, grid[i].y);
      ll[i] = new Coordinate(d[0], d[1]);
    }
    boolean ccw = ll.length >= 4 && Orientation.isCCW(ll);
    boolean reverse = exterior != ccw;
    out.append('[');
    for (int k = 0; k < ll.length; k++) {
      Coordinate c = ll[reverse ? ll.length - 1 - k : k];
      if (k > 0) {
        out.append(',');
      }
      out.append('[').append(num(c.x, 6)).append(',').append(num(c.y, 6)).append(']');
    }
    out.append(']');
  }

  /** A number rounded half-up to the given decimals, with a dot and no trailing zeros. */
  static String num(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return "null";
    }
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (b.signum() == 0) {
      return "0";
    }
    return b.toPlainString();
  }

  /** A JSON string. */
  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
