package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.DashboardJson.fixed4;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.vcanalytics.core.Area;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.hotspot.AreaFigures;

/**
 * The areas of the dashboard: each level's areas numbered once (by id), their shapes, and the
 * figures by level × typology × period type, which are exactly hotspots.csv's (or share/hotspots.csv's,
 * suppressed values null).
 */
final class DashboardAreas {
  /** The period types in the order of the dashboard's control, and their short names. */
  static final Map<PeriodType, String> TYPES = new EnumMap<>(Map.of(
      PeriodType.MONTH, "month", PeriodType.QUARTER, "quarter", PeriodType.YEAR, "year",
      PeriodType.FINANCIAL_YEAR, "fy"));

  /** One level's areas, numbered by id; index {@code ids.size()} is UNASSIGNED. */
  record Level(String level, boolean polygons, List<String> ids, Map<String, Integer> index,
      Map<String, String> names, Map<String, OptionalLong> population) {
    int of(String id) {
      Integer i = index.get(id);
      return i == null ? ids.size() : i;
    }
  }

  /**
   * One figure as the dashboard shows it: numbers as they are written in the CSV (null when
   * suppressed or not given).
   */
  record Figure(String level, String areaId, Period period, String typology, Long events, String harm,
      Long offenders, Long victims, String rate, String share, Integer rank) {
    static Figure of(AreaFigures f) {
      return new Figure(f.level(), f.areaId(), f.period(), f.typology(), f.vcEvents(),
          org.vcanalytics.core.Decimals.fixed4(f.harm()), f.offenders(), f.victims(),
          f.ratePer1000().isPresent() ? org.vcanalytics.core.Decimals.fixed4(f.ratePer1000().getAsDouble()) : null,
          org.vcanalytics.core.Decimals.fixed4(f.shareOfForce()),
          f.rank().isPresent() ? f.rank().getAsInt() : null);
    }
  }

  final List<Level> levels = new ArrayList<>();
  final Map<String, Level> byName = new LinkedHashMap<>();
  final Map<PeriodType, List<Period>> periods = new EnumMap<>(PeriodType.class);
  private final PipelineResult r;

  DashboardAreas(PipelineResult r, List<Figure> figures) {
    this.r = r;
    Map<String, TreeMap<String, String>> names = new TreeMap<>();
    Map<String, Map<String, OptionalLong>> pops = new HashMap<>();
    for (String lv : r.hotspots().levels()) {
      names.put(lv, new TreeMap<>());
      pops.put(lv, new HashMap<>());
    }
    r.hotspots().layers().forEach((lv, layer) -> {
      for (Area a : layer.areas()) {
        names.computeIfAbsent(lv, k -> new TreeMap<>()).put(a.id(), a.name() == null || a.name().isEmpty() ? a.id() : a.name());
        pops.computeIfAbsent(lv, k -> new HashMap<>()).put(a.id(), a.population());
      }
    });
    Map<PeriodType, Period> first = new EnumMap<>(PeriodType.class);
    Figure previous = null; // a level's figures come area by area: an area repeated adds nothing
    for (Figure f : figures) {
      boolean again = previous != null && sameArea(previous.level(), previous.areaId(), f.level(), f.areaId());
      if (!f.areaId().equals(AreaLayer.UNASSIGNED) && !again) {
        names.computeIfAbsent(f.level(), k -> new TreeMap<>()).putIfAbsent(f.areaId(), f.areaId());
      }
      first.merge(f.period().type(), f.period(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      previous = f;
    }
    AreaFigures before = null;
    for (AreaFigures f : r.hotspots().figures()) { // names of codes with no polygon, and populations
      if (!f.areaId().equals(AreaLayer.UNASSIGNED) && f.areaName() != null
          && !(before != null && sameArea(before.level(), before.areaId(), f.level(), f.areaId())
              && f.areaName().equals(before.areaName()))) { // the same again changes nothing
        names.get(f.level()).computeIfPresent(f.areaId(), (k, v) -> v.equals(k) ? f.areaName() : v);
        pops.computeIfAbsent(f.level(), k -> new HashMap<>()).putIfAbsent(f.areaId(), f.population());
      }
      before = f;
    }
    names.forEach((lv, byId) -> {
      List<String> ids = List.copyOf(byId.keySet());
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        index.put(ids.get(i), i);
      }
      Level l = new Level(lv, r.hotspots().layers().containsKey(lv), ids, index, byId,
          pops.getOrDefault(lv, Map.of()));
      levels.add(l);
      byName.put(lv, l);
    });
    // Each type's periods: the ten years of the ten-year view ending with the as-of period, data or
    // not, and earlier ones too when the figures hold any.
    LocalDate asOf = r.asOf();
    LocalDate tenYearsBack = r.hotspots().trendPeriods().isEmpty()
        ? asOf : r.hotspots().trendPeriods().get(0).start();
    for (PeriodType t : TYPES.keySet()) {
      Period last = new Period(t, t.startOf(asOf));
      Period p = new Period(t, t.startOf(tenYearsBack));
      if (first.containsKey(t) && first.get(t).compareTo(p) < 0) {
        p = first.get(t);
      }
      List<Period> list = new ArrayList<>();
      for (; p.compareTo(last) <= 0; p = p.next()) {
        list.add(p);
      }
      periods.put(t, list);
    }
  }

  private static boolean sameArea(String level, String area, String otherLevel, String otherArea) {
    return area.equals(otherArea) && level.equals(otherLevel);
  }

  /** {@code levels}, {@code periods} and {@code period_types}. */
  void writeLevels(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("period_types");
    for (String t : TYPES.values()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("periods");
    for (Map.Entry<PeriodType, String> t : TYPES.entrySet()) {
      g.writeArrayFieldStart(t.getValue());
      for (Period p : periods.get(t.getKey())) {
        g.writeString(p.label());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("levels");
    for (Level l : levels) {
      g.writeStartObject();
      g.writeStringField("level", l.level());
      g.writeBooleanField("polygons", l.polygons());
      g.writeArrayFieldStart("areas");
      for (String id : l.ids()) {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", l.names().get(id));
        g.writeFieldName("population");
        DashboardJson.number(g, l.population().getOrDefault(id, OptionalLong.empty()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code geometry}: each polygon level's shapes, in whole metres of the National Grid. */
  void writeGeometry(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("geometry");
    for (Level l : levels) {
      AreaLayer layer = r.hotspots().layers().get(l.level());
      if (layer == null) {
        continue;
      }
      g.writeObjectFieldStart(l.level());
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (int i = 0; i < l.ids().size(); i++) {
        Geometry geom = layer.geometry(l.ids().get(i)).orElse(null);
        if (geom == null || geom.isEmpty()) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeNumberField("i", i);
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "MultiPolygon");
        g.writeArrayFieldStart("coordinates");
        for (int k = 0; k < geom.getNumGeometries(); k++) {
          if (geom.getGeometryN(k) instanceof Polygon poly) {
            g.writeStartArray();
            ring(g, poly.getExteriorRing());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
              ring(g, poly.getInteriorRingN(h));
            }
            g.writeEndArray();
          }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void ring(JsonGenerator g, LineString ring) throws IOException {
    g.writeStartArray();
    long px = Long.MIN_VALUE;
    long py = Long.MIN_VALUE;
    Coordinate[] cs = ring.getCoordinates();
    for (int i = 0; i < cs.length; i++) {
      long x = Math.round(cs[i].x);
      long y = Math.round(cs[i].y);
      if (x == px && y == py && i != cs.length - 1) {
        continue;
      }
      g.writeStartArray();
      g.writeNumber(x);
      g.writeNumber(y);
      g.writeEndArray();
      px = x;
      py = y;
    }
    g.writeEndArray();
  }

  /** {@code figures}: level → typology → period type → rows {@code [a, p, events, harm, offenders, victims, rate, share, rank]}. */
  void writeFigures(JsonGenerator g, List<Figure> figures) throws IOException {
    // level → typology → type → rows, keeping the figures' own order within each
    Map<String, Map<String, Map<PeriodType, List<Figure>>>> grouped = new LinkedHashMap<>();
    for (Level l : levels) {
      grouped.put(l.level(), new LinkedHashMap<>());
    }
    for (Figure f : figures) {
      grouped.computeIfAbsent(f.level(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.typology(), k -> new EnumMap<>(PeriodType.class))
          .computeIfAbsent(f.period().type(), k -> new ArrayList<>()).add(f);
    }
    g.writeObjectFieldStart("figures");
    for (Map.Entry<String, Map<String, Map<PeriodType, List<Figure>>>> lv : grouped.entrySet()) {
      Level l = byName.get(lv.getKey());
      if (l == null) {
        continue;
      }
      g.writeObjectFieldStart(lv.getKey());
      TreeSet<String> typologies = new TreeSet<>(DashboardData.TYPOLOGY_ORDER);
      typologies.addAll(lv.getValue().keySet());
      for (String t : typologies) {
        g.writeObjectFieldStart(t);
        for (Map.Entry<PeriodType, List<Figure>> e : lv.getValue().get(t).entrySet()) {
          List<Period> ps = periods.get(e.getKey()); // in order, each once
          g.writeArrayFieldStart(TYPES.get(e.getKey()));
          String area = null;
          int a = -1;
          for (Figure f : e.getValue()) {
            int p = Collections.binarySearch(ps, f.period());
            if (p < 0) {
              continue;
            }
            if (!f.areaId().equals(area)) { // the figures come area by area
              area = f.areaId();
              a = l.of(area);
            }
            g.writeStartArray();
            g.writeNumber(a);
            g.writeNumber(p);
            nullable(g, f.events());
            raw(g, f.harm());
            nullable(g, f.offenders());
            nullable(g, f.victims());
            raw(g, f.rate());
            raw(g, f.share());
            if (f.rank() == null) {
              g.writeNull();
            } else {
              g.writeNumber(f.rank());
            }
            g.writeEndArray();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, Long v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  private static void raw(JsonGenerator g, String number) throws IOException {
    if (number == null) {
      g.writeNull();
    } else {
      g.writeNumber(number);
    }
  }

  /**
   * {@code grid}: cells {@code [column, row, easting, northing, events, gi_star, p, class, ehsa]}
   * ({@code ehsa} the index of the cell's emerging hot-spot category in {@code grid.ehsa.categories},
   * when that analysis ran).
   */
  void writeGrid(JsonGenerator g) throws IOException {
    if (r.grid().isEmpty()) {
      return;
    }
    var grid = r.grid().get();
    List<String> classes = new ArrayList<>(List.of("persistent", "emerging", "intermittent", "former", "none"));
    for (String c : new TreeSet<>(r.gridClasses())) {
      if (!classes.contains(c)) {
        classes.add(c);
      }
    }
    g.writeObjectFieldStart("grid");
    g.writeFieldName("cell_size");
    fixed4(g, grid.cellSize());
    g.writeNumberField("columns", grid.columns());
    g.writeNumberField("rows", grid.rows());
    DashboardJson.strings(g, "classes", classes);
    var emerging = r.emerging().map(e -> e.result().cells()).orElse(List.of());
    if (r.emerging().isPresent()) {
      var e = r.emerging().get();
      g.writeObjectFieldStart("ehsa");
      g.writeStringField("period_type", TYPES.get(r.options().emerging().period()));
      List<String> labels = new ArrayList<>();
      e.periods().forEach(p -> labels.add(p.label()));
      DashboardJson.strings(g, "periods", labels);
      List<String> categories = new ArrayList<>();
      for (var c : org.vcanalytics.geo.grid.EhsaCategory.values()) {
        categories.add(c.label());
      }
      DashboardJson.strings(g, "categories", categories);
      g.writeEndObject();
    }
    g.writeArrayFieldStart("cells");
    int i = 0;
    for (var c : grid.cells()) {
      g.writeStartArray();
      g.writeNumber(c.column());
      g.writeNumber(c.row());
      g.writeNumber(Math.round(c.centre().easting()));
      g.writeNumber(Math.round(c.centre().northing()));
      g.writeNumber(c.n());
      fixed4(g, c.giStar());
      g.writeNumber(org.vcanalytics.core.Decimals.fixed(c.p(), 6));
      g.writeNumber(i < r.gridClasses().size() ? classes.indexOf(r.gridClasses().get(i)) : classes.indexOf("none"));
      if (i < emerging.size() && emerging.get(i).column() == c.column() && emerging.get(i).row() == c.row()) {
        g.writeNumber(emerging.get(i).category().ordinal()); // the same grid: cell i is cell i
      }
      g.writeEndArray();
      i++;
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
