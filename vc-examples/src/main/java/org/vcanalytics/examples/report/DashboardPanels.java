package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.DashboardJson.fixed4;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vcanalytics.core.classify.Factor;
import org.vcanalytics.core.classify.FactorPrevalence;
import org.vcanalytics.examples.pipeline.FactorGroups;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.Flow;
import org.vcanalytics.geo.hotspot.OffenderOrigins;
import org.vcanalytics.geo.hotspot.SchoolNearArea;
import org.vcanalytics.geo.hotspot.Travel;

/** What an area's panel shows besides its trend: offender travel, schools near it, factors of its people. */
final class DashboardPanels {
  private DashboardPanels() {}

  /** The busiest home areas listed per crime area. */
  static final int TOP_ORIGINS = 5;

  /** {@code travel}: distance quartiles, origins per area, and the top home areas of each crime area. */
  static void travel(JsonGenerator g, PipelineResult r, DashboardAreas areas) throws IOException {
    Travel t = r.hotspots().travel();
    g.writeObjectFieldStart("travel");
    g.writeFieldName("distance_quartiles_m");
    if (t.distances().isPresent()) {
      var d = t.distances().get();
      g.writeStartArray();
      fixed4(g, d.lowerQuartile());
      fixed4(g, d.median());
      fixed4(g, d.upperQuartile());
      g.writeEndArray();
    } else {
      g.writeNull();
    }
    Map<String, List<OffenderOrigins>> origins = new LinkedHashMap<>();
    for (OffenderOrigins o : t.origins()) {
      origins.computeIfAbsent(o.level(), k -> new ArrayList<>()).add(o);
    }
    g.writeObjectFieldStart("origins");
    for (Map.Entry<String, List<OffenderOrigins>> e : origins.entrySet()) {
      DashboardAreas.Level l = areas.byName.get(e.getKey());
      if (l == null) {
        continue;
      }
      g.writeArrayFieldStart(e.getKey());
      for (OffenderOrigins o : e.getValue()) {
        g.writeStartArray();
        g.writeNumber(l.of(o.areaId()));
        g.writeNumber(o.offenders());
        g.writeNumber(o.livingOutside());
        fixed4(g, o.shareLivingOutside());
        g.writeNumber(o.withoutHome());
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    // level → crime area → flows, the most offenders first (then journeys, then home area id)
    Map<String, Map<String, List<Flow>>> flows = new TreeMap<>();
    for (Flow f : t.flows()) {
      flows.computeIfAbsent(f.level(), k -> new TreeMap<>()).computeIfAbsent(f.crimeArea(), k -> new ArrayList<>()).add(f);
    }
    g.writeObjectFieldStart("flows");
    for (Map.Entry<String, Map<String, List<Flow>>> lv : flows.entrySet()) {
      DashboardAreas.Level l = areas.byName.get(lv.getKey());
      if (l == null) {
        continue;
      }
      g.writeArrayFieldStart(lv.getKey());
      for (List<Flow> into : lv.getValue().values()) {
        into.sort(Comparator.comparingLong(Flow::people).reversed()
            .thenComparing(Comparator.comparingLong(Flow::journeys).reversed()).thenComparing(Flow::homeArea));
        for (Flow f : into.subList(0, Math.min(TOP_ORIGINS, into.size()))) {
          g.writeStartArray();
          g.writeNumber(l.of(f.crimeArea()));
          g.writeNumber(l.of(f.homeArea()));
          g.writeNumber(f.journeys());
          g.writeNumber(f.people());
          g.writeEndArray();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** {@code schools}: the distance, and the schools within it of each area. */
  static void schools(JsonGenerator g, PipelineResult r, DashboardAreas areas) throws IOException {
    var s = r.hotspots().schools();
    g.writeObjectFieldStart("schools");
    g.writeFieldName("distance_m");
    fixed4(g, s.distanceMetres());
    Map<String, List<SchoolNearArea>> near = new TreeMap<>();
    for (SchoolNearArea n : s.nearAreas()) {
      near.computeIfAbsent(n.level(), k -> new ArrayList<>()).add(n);
    }
    g.writeObjectFieldStart("near");
    for (Map.Entry<String, List<SchoolNearArea>> e : near.entrySet()) {
      DashboardAreas.Level l = areas.byName.get(e.getKey());
      if (l == null) {
        continue;
      }
      g.writeArrayFieldStart(e.getKey());
      for (SchoolNearArea n : e.getValue()) {
        g.writeStartArray();
        g.writeNumber(l.of(n.areaId()));
        g.writeString(n.urn());
        g.writeString(n.schoolName());
        fixed4(g, n.distanceMetres());
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * {@code factors}: the factor names, each category's counts, and each area's of the finest level
   * (the rows of factors.csv).
   */
  static void factors(JsonGenerator g, PipelineResult r, DashboardAreas areas) throws IOException {
    List<Factor> names = List.of(Factor.values());
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Long> of = new LinkedHashMap<>();
    for (FactorPrevalence f : r.factors()) {
      counts.computeIfAbsent(f.group(), k -> new long[names.size()])[f.factor().ordinal()] = f.count();
      of.put(f.group(), f.of());
    }
    g.writeObjectFieldStart("factors");
    g.writeArrayFieldStart("names");
    for (Factor f : names) {
      g.writeString(f.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("by_category");
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      if (e.getKey().startsWith(FactorGroups.CATEGORY)) {
        g.writeStartObject();
        g.writeStringField("group", e.getKey().substring(FactorGroups.CATEGORY.length()));
        g.writeArrayFieldStart("counts");
        for (long n : e.getValue()) {
          g.writeNumber(n);
        }
        g.writeEndArray();
        g.writeNumberField("of", of.get(e.getKey()));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("by_area");
    var level = FactorGroups.level(r);
    if (level.isPresent() && areas.byName.containsKey(level.get())) {
      DashboardAreas.Level l = areas.byName.get(level.get());
      String prefix = level.get() + " ";
      g.writeArrayFieldStart(level.get());
      for (Map.Entry<String, long[]> e : counts.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          g.writeStartArray();
          g.writeNumber(l.of(e.getKey().substring(prefix.length())));
          g.writeNumber(of.get(e.getKey()));
          g.writeStartArray();
          for (long n : e.getValue()) {
            g.writeNumber(n);
          }
          g.writeEndArray();
          g.writeEndArray();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
