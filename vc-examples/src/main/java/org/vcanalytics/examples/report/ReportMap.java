package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.Report.*;
import static org.vcanalytics.examples.report.ReportFormat.*;

import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.pipeline.AreaCoverage;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.vcanalytics.core.Area;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;

/**
 * Section 3 of the report: the finest level's areas shaded by violent crime in the as-of year, as an
 * inline SVG. Only areas with a polygon are drawn; crimes counted under a code that has no polygon
 * (and UNASSIGNED crimes) are counted in a note under the map. Builds HTML text; computes only what
 * it draws.
 */
final class ReportMap {
  private ReportMap() {}

  private static final String[] MAP_COLOURS = {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"};
  private static final String MAP_ZERO = "#eef1f4";

  /** The finest level with polygons, as Outputs chooses it for hotspots.geojson. */
  static Optional<String> mapLevel(PipelineResult r) {
    List<String> levels = new ArrayList<>(r.hotspots().layers().keySet());
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    String finest = levels.get(0);
    for (String l : List.of("npu", "neighbourhood", "postcode_district", "lsoa")) {
      if (levels.contains(l)) {
        finest = l;
      }
    }
    return Optional.of(finest);
  }

  /** Section 3: the map. */
  static void map(StringBuilder h, PipelineResult r) {
    h.append("<section id=\"map\">\n<h2>3. Map of violent crime by area</h2>\n");
    Optional<String> level = mapLevel(r);
    if (level.isEmpty()) {
      h.append("<p>No map: the package has no area polygons (<code>areas.geojson</code> is absent or"
          + " empty). Areas from pre-assigned codes are still counted in the top-areas tables.</p>\n"
          + "</section>\n");
      return;
    }
    String lv = level.get();
    AreaLayer layer = r.hotspots().layers().get(lv);
    Period year = Period.parse(Integer.toString(r.asOf().getYear()));
    Map<String, Long> counts = new TreeMap<>();
    Envelope env = new Envelope();
    Map<String, Geometry> geoms = new TreeMap<>();
    for (Area a : layer.areas()) {
      Geometry g = layer.geometry(a.id()).orElseThrow();
      geoms.put(a.id(), g);
      env.expandToInclude(g.getEnvelopeInternal());
      counts.put(a.id(), r.hotspots().figure(lv, a.id(), year, "ALL").map(AreaFigures::vcEvents).orElse(0L));
    }
    if (env.isNull() || env.getWidth() <= 0 || env.getHeight() <= 0) {
      h.append("<p>No map: the areas of level ").append(esc(lv)).append(" have no extent.</p>\n</section>\n");
      return;
    }
    // The coarsest other level (npu, else neighbourhood) is drawn as outlines for orientation.
    String context = null;
    for (String c : List.of("neighbourhood", "npu")) {
      if (!c.equals(lv) && r.hotspots().layers().containsKey(c)) {
        context = c;
      }
    }
    Map<String, Geometry> contextGeoms = new TreeMap<>();
    if (context != null) {
      AreaLayer cl = r.hotspots().layers().get(context);
      for (Area a : cl.areas()) {
        Geometry g = cl.geometry(a.id()).orElseThrow();
        contextGeoms.put(a.id(), g);
        env.expandToInclude(g.getEnvelopeInternal());
      }
    }
    long[] upper = classBreaks(counts.values());
    double maxHeight = layer.size() < 10 ? 380 : 720;
    double s = Math.min(860 / env.getWidth(), maxHeight / env.getHeight());
    double w = env.getWidth() * s;
    double ht = env.getHeight() * s;
    h.append("<p class=\"note\">Each area of level <strong>").append(esc(lv)).append("</strong> (")
        .append(count(layer.size())).append(layer.size() == 1 ? " area" : " areas")
        .append(") shaded by its violent crimes committed in ").append(year.label())
        .append(r.asOf().equals(LocalDate.of(r.asOf().getYear(), 12, 31)) ? "" : " up to " + r.asOf())
        .append(". Numbers on the map are the ranks of the busiest areas (see the table below). Hover"
            + " over an area for its name and count. Counts, not rates: areas with more residents or"
            + " visitors tend to have more.</p>\n");
    h.append("<figure class=\"map\">\n<svg role=\"img\" aria-label=\"Map"
        + " of violent crime by area\" viewBox=\"0 0 ").append(f1(w + 20)).append(' ').append(f1(ht + 20))
        .append("\" width=\"").append(f1(w + 20)).append("\" height=\"").append(f1(ht + 20)).append("\">\n")
        .append("<g transform=\"translate(10 10)\" stroke=\"#5f6b7a\" stroke-width=\"0.4\""
            + " stroke-linejoin=\"round\">\n");
    for (Map.Entry<String, Geometry> e : geoms.entrySet()) {
      long n = counts.get(e.getKey());
      Area a = layer.area(e.getKey()).orElseThrow();
      h.append("<path fill=\"").append(colourOf(n, upper)).append("\" fill-rule=\"evenodd\" d=\"");
      pathOf(h, e.getValue(), env, s);
      h.append("\"><title>").append(esc(a.name())).append(a.name().equals(a.id()) ? "" : " (" + esc(a.id()) + ")")
          .append(": ").append(count(n)).append(n == 1 ? " violent crime" : " violent crimes")
          .append("</title></path>\n");
    }
    h.append("</g>\n");
    if (!contextGeoms.isEmpty()) {
      h.append("<g fill=\"none\" stroke=\"#1f2933\" stroke-width=\"1.4\" stroke-linejoin=\"round\""
          + " transform=\"translate(10 10)\">\n");
      for (Map.Entry<String, Geometry> e : contextGeoms.entrySet()) {
        h.append("<path d=\"");
        pathOf(h, e.getValue(), env, s);
        h.append("\"/>\n");
      }
      h.append("</g>\n");
    }
    // Rank markers for the five busiest areas on the map; a code with no polygon keeps its rank in
    // the tables but has no place here.
    List<AreaFigures> top = new ArrayList<>();
    for (AreaFigures f : topOf(r, lv, year, Integer.MAX_VALUE)) {
      if (geoms.containsKey(f.areaId()) && top.size() < 5) {
        top.add(f);
      }
    }
    h.append("<g font-size=\"11\" font-weight=\"600\" text-anchor=\"middle\">\n");
    for (AreaFigures f : top) {
      Point p = geoms.get(f.areaId()).getInteriorPoint();
      double x = 10 + (p.getX() - env.getMinX()) * s;
      double y = 10 + (env.getMaxY() - p.getY()) * s;
      h.append("<circle cx=\"").append(f1(x)).append("\" cy=\"").append(f1(y))
          .append("\" r=\"8\" fill=\"#ffffff\" stroke=\"#1f2933\" stroke-width=\"1\"/>")
          .append("<text x=\"").append(f1(x)).append("\" y=\"").append(f1(y + 4)).append("\">")
          .append(f.rank().orElse(0)).append("</text>\n");
    }
    h.append("</g>\n</svg>\n");
    // Legend.
    h.append("<figcaption><div class=\"legend\"><span class=\"lt\">Violent crimes in ").append(year.label())
        .append(":</span> ");
    h.append("<span class=\"li\">").append(swatch(MAP_ZERO)).append("0</span>");
    long lo = 1;
    for (int i = 0; i < upper.length; i++) {
      h.append("<span class=\"li\">").append(swatch(mapColour(i, upper.length)))
          .append(lo == upper[i] ? count(lo) : count(lo) + "–" + count(upper[i])).append("</span>");
      lo = upper[i] + 1;
    }
    if (context != null) {
      h.append("<span class=\"li\"><svg width=\"26\" height=\"12\" viewBox=\"0 0 26 12\" aria-hidden=\"true\">"
          + "<line x1=\"1\" y1=\"6\" x2=\"25\" y2=\"6\" stroke=\"#1f2933\" stroke-width=\"1.6\"/></svg> ")
          .append(esc(context)).append(" boundaries</span>");
    }
    h.append("</div>");
    if (context != null) {
      h.append("<div class=\"note\">White inside the ").append(esc(context))
          .append(" boundaries: no area of level ").append(esc(lv)).append(" there.</div>");
    }
    long unassigned = r.hotspots().figure(lv, AreaLayer.UNASSIGNED, year, "ALL").map(AreaFigures::vcEvents)
        .orElse(0L);
    h.append("<div class=\"note\">").append(count(unassigned))
        .append(unassigned == 1 ? " violent crime" : " violent crimes").append(" in ").append(year.label())
        .append(" had no area of this level (no location, or outside every area): ")
        .append(unassigned == 1 ? "it is" : "they are").append(" not on the map.").append("</div>");
    // The map's level may be one the options left out of the figures: then there is nothing to say.
    java.util.Optional<AreaCoverage> coverage =
        r.coverage().asOfYear(lv);
    if (coverage.isPresent() && coverage.get().violentCrimes() > 0) {
      AreaCoverage missing = coverage.get();
      h.append("<div class=\"note\">").append(missingNote(missing, " in " + year.label()))
          .append(" Not on the map.</div>");
    }
    h.append("</figcaption>\n</figure>\n</section>\n");
  }

  /**
   * The words for crimes whose code has no polygon, e.g. "1 violent crime in 2024 carries a code of
   * level lsoa with no polygon in areas.geojson (E01999999): counted under the code, with no rate."
   *
   * @param c the level's coverage
   * @param when e.g. " in 2024", or "" for every violent crime up to the as-of date
   * @return HTML
   */
  static String missingNote(AreaCoverage c, String when) {
    long n = c.violentCrimes();
    return count(n) + (n == 1 ? " violent crime" : " violent crimes") + esc(when)
        + (n == 1 ? " carries a code" : " carry codes") + " of level " + esc(c.level())
        + " with no polygon in <code>areas.geojson</code> (" + esc(c.firstCodes(5))
        + (c.hasPolygons() ? "" : "; the file has no polygons of this level") + ")"
        + ": counted under " + (n == 1 ? "its code" : "their codes") + " in the tables, with no rate.";
  }

  // ---------------------------------------------------------------------------------------------
  // Map helpers

  /** Upper bounds of up to five classes of the non-zero counts: each value when few, else quintiles. */
  static long[] classBreaks(java.util.Collection<Long> counts) {
    TreeSet<Long> distinct = new TreeSet<>();
    List<Long> nonZero = new ArrayList<>();
    for (long c : counts) {
      if (c > 0) {
        distinct.add(c);
        nonZero.add(c);
      }
    }
    if (distinct.isEmpty()) {
      return new long[0];
    }
    if (distinct.size() <= MAP_COLOURS.length) {
      return distinct.stream().mapToLong(Long::longValue).toArray();
    }
    nonZero.sort(null);
    TreeSet<Long> upper = new TreeSet<>();
    int n = nonZero.size();
    for (int q = 1; q <= MAP_COLOURS.length; q++) {
      int idx = (int) Math.ceil((double) q * n / MAP_COLOURS.length) - 1;
      upper.add(nonZero.get(Math.max(0, Math.min(n - 1, idx))));
    }
    // Many areas with the same small count collapse the quintiles; split the widest class at its
    // geometric middle until there are five again.
    while (upper.size() < MAP_COLOURS.length) {
      long bestLo = 0;
      long bestHi = 0;
      long lo = 1;
      for (long hi : upper) {
        if (hi - lo > bestHi - bestLo) {
          bestLo = lo;
          bestHi = hi;
        }
        lo = hi + 1;
      }
      if (bestHi - bestLo < 1) {
        break;
      }
      long mid = Math.round(StrictMath.sqrt((double) bestLo * bestHi));
      upper.add(Math.max(bestLo, Math.min(bestHi - 1, mid)));
    }
    return upper.stream().mapToLong(Long::longValue).toArray();
  }

  private static String colourOf(long n, long[] upper) {
    if (n <= 0) {
      return MAP_ZERO;
    }
    for (int i = 0; i < upper.length; i++) {
      if (n <= upper[i]) {
        return mapColour(i, upper.length);
      }
    }
    return mapColour(upper.length - 1, upper.length);
  }

  /** Spreads k classes over the palette, keeping the darkest for the top class. */
  private static String mapColour(int i, int k) {
    if (k <= 1) {
      return MAP_COLOURS[MAP_COLOURS.length - 1];
    }
    int idx = (int) Math.round((double) i * (MAP_COLOURS.length - 1) / (k - 1));
    return MAP_COLOURS[idx];
  }

  private static void pathOf(StringBuilder h, Geometry g, Envelope env, double s) {
    for (int p = 0; p < g.getNumGeometries(); p++) {
      Geometry part = g.getGeometryN(p);
      if (!(part instanceof Polygon poly)) {
        continue;
      }
      ring(h, poly.getExteriorRing().getCoordinates(), env, s);
      for (int k = 0; k < poly.getNumInteriorRing(); k++) {
        ring(h, poly.getInteriorRingN(k).getCoordinates(), env, s);
      }
    }
  }

  private static void ring(StringBuilder h, Coordinate[] cs, Envelope env, double s) {
    String last = null;
    boolean first = true;
    for (Coordinate c : cs) {
      String pt = f1((c.x - env.getMinX()) * s) + " " + f1((env.getMaxY() - c.y) * s);
      if (pt.equals(last)) {
        continue;
      }
      h.append(first ? "M" : "L").append(pt);
      first = false;
      last = pt;
    }
    if (!first) {
      h.append('Z');
    }
  }

  /**
   * The busiest areas of a level in a period, by rank; {@code UNASSIGNED} left out, codes without a
   * polygon kept.
   */
  static List<AreaFigures> topOf(PipelineResult r, String level, Period year, int n) {
    List<AreaFigures> list = new ArrayList<>();
    for (AreaFigures f : r.hotspots().figures(level, year, "ALL")) {
      if (!f.areaId().equals(AreaLayer.UNASSIGNED)) {
        list.add(f);
      }
    }
    list.sort(
        Comparator.comparingInt((AreaFigures f) -> f.rank().orElse(Integer.MAX_VALUE))
            .thenComparing(Comparator.comparingLong(AreaFigures::vcEvents).reversed())
            .thenComparing(AreaFigures::areaId));
    return list.size() > n ? list.subList(0, n) : list;
  }
}
