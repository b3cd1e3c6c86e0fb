package org.vcanalytics.examples.report;

import org.vcanalytics.examples.pipeline.ReportOptions;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.Cohort;

/**
 * The data of the dashboard, as one JSON object (its fields are listed in docs/report.md, "The data
 * inside the file"). Force-internal: everything; shared: the suppressed aggregate figures and bias
 * table only — no events, people, network or person id.
 */
final class DashboardData {
  private DashboardData() {}

  /** What a shared dashboard gets instead of the force's own tables. */
  record Shared(List<DashboardAreas.Figure> figures, List<List<String>> bias, String note) {}

  static final String ALL = "ALL";

  /** ALL first, then the typologies in their order; anything else after, by name. */
  static final Comparator<String> TYPOLOGY_ORDER =
      Comparator.comparingInt(DashboardData::rank).thenComparing(Comparator.naturalOrder());

  private static int rank(String t) {
    if (t.equals(ALL)) {
      return -1;
    }
    for (Typology x : Typology.values()) {
      if (x.name().equals(t)) {
        return x.ordinal();
      }
    }
    return Typology.values().length;
  }

  static void write(JsonGenerator g, PipelineResult r, ReportOptions o, Shared shared) throws IOException {
    List<DashboardAreas.Figure> figures;
    if (shared == null) {
      figures = new ArrayList<>(r.hotspots().figures().size());
      r.hotspots().figures().forEach(f -> figures.add(DashboardAreas.Figure.of(f)));
    } else {
      figures = shared.figures();
    }
    DashboardAreas areas = new DashboardAreas(r, figures);
    g.writeStartObject();
    g.writeStringField("mode", shared == null ? "internal" : "shared");
    // Where the data came from: a police.uk download has no people, so no people or networks screens.
    g.writeStringField("source",
        org.vcanalytics.examples.policeuk.PoliceUkRules.isPoliceUk(r.options().definition()) ? "police-uk" : "vc-package");
    g.writeStringField("as_of", r.asOf().toString());
    g.writeStringField("title", Dashboard.title(r, shared != null));
    g.writeStringField("advisory", Report.ADVISORY);
    if (shared != null) {
      g.writeStringField("shared_note", shared.note());
    }
    definition(g, r.options().classifier().definition());
    DashboardJson.strings(g, "caveats", Dashboard.caveats(r, shared != null));
    typologies(g);
    if (shared == null) {
      // Only the force's own dashboard: exact counts (the input, the totals, the grid's cells) that
      // suppression has not looked at.
      input(g, r);
      DashboardJson.strings(g, "warnings", r.warnings()); // summary.json's, in the same order
      crimes(g, r);
    }
    areas.writeLevels(g);
    areas.writeGeometry(g);
    areas.writeFigures(g, figures);
    if (shared == null) {
      areas.writeGrid(g);
      coverage(g, r);
      DashboardPanels.travel(g, r, areas);
      DashboardPanels.schools(g, r, areas);
      DashboardPanels.factors(g, r, areas);
      categories(g, r);
      bias(g, org.vcanalytics.examples.output.BiasTables.rows(r.bias()));
      DashboardPeople people = new DashboardPeople(r, areas, o.people());
      people.events(g, o.events());
      people.people(g);
      people.network(g, o.egoCap());
    } else {
      bias(g, shared.bias());
    }
    g.writeEndObject();
  }

  private static void definition(JsonGenerator g, VcDefinition d) throws IOException {
    g.writeObjectFieldStart("definition");
    g.writeStringField("name", d.name());
    g.writeNumberField("codes", d.codes().size());
    g.writeStringField("text", Dashboard.definitionWords(d));
    g.writeEndObject();
  }

  private static void input(JsonGenerator g, PipelineResult r) throws IOException {
    g.writeArrayFieldStart("input");
    for (FileReport f : r.load().files()) {
      g.writeStartObject();
      g.writeStringField("file", f.file());
      g.writeBooleanField("present", f.present());
      g.writeNumberField("rows_read", f.rowsRead());
      g.writeNumberField("accepted", f.accepted());
      g.writeNumberField("rejected", f.rejected());
      g.writeNumberField("values_dropped", f.valuesDropped());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void typologies(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("typologies");
    g.writeString(ALL);
    for (Typology t : Typology.values()) {
      g.writeString(t.name());
    }
    g.writeEndArray();
  }

  private static void crimes(JsonGenerator g, PipelineResult r) throws IOException {
    var c = r.classification();
    g.writeObjectFieldStart("crimes");
    g.writeNumberField("up_to_as_of", c.crimes().size());
    g.writeNumberField("violent", c.violentCrimes().size());
    g.writeNumberField("after_as_of_left_out", c.crimesAfterAsOf());
    g.writeEndObject();
    g.writeObjectFieldStart("typology_counts");
    for (Map.Entry<Typology, Long> e : c.typologyCounts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void categories(JsonGenerator g, PipelineResult r) throws IOException {
    g.writeObjectFieldStart("categories");
    for (Map.Entry<Category, Long> e : r.harm().counts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("category_meanings");
    for (Category k : Category.values()) {
      g.writeStringField(k.name(), meaning(k, r));
    }
    g.writeEndObject();
    Cohort c = r.harm().cohort();
    g.writeObjectFieldStart("cohort");
    g.writeNumberField("window_days", r.options().harmOptions().windowDays());
    g.writeNumberField("size", c.size());
    g.writeNumberField("fraction", c.fraction());
    g.writeNumberField("k", c.k());
    g.writeFieldName("threshold");
    DashboardJson.fixed4(g, c.threshold());
    g.writeNumberField("high_harm", c.highHarm());
    g.writeEndObject();
  }

  /** {@code coverage}: per level, the violent crimes whose pre-assigned code has no polygon (all, and in the as-of year). */
  private static void coverage(JsonGenerator g, PipelineResult r) throws IOException {
    g.writeArrayFieldStart("coverage");
    for (org.vcanalytics.examples.pipeline.AreaCoverage c : r.coverage().all()) {
      g.writeStartObject();
      g.writeStringField("level", c.level());
      g.writeBooleanField("has_polygons", c.hasPolygons());
      g.writeNumberField("violent_crimes", c.violentCrimes());
      g.writeNumberField("violent_crimes_as_of_year",
          r.coverage().asOfYear(c.level()).map(x -> x.violentCrimes()).orElse(0L));
      DashboardJson.strings(g, "codes", c.codes());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** What a category means, with this run's window, fraction and CONNECTED rule. */
  static String meaning(Category c, PipelineResult r) {
    var h = r.options().harmOptions();
    return switch (c) {
      case HIGH_HARM -> "In the cohort (offender or suspect of a violent crime in the " + h.windowDays()
          + " days to the as-of date), with harm with recency at or above the threshold of the top "
          + Math.round(h.highHarmFraction() * 100) + " %.";
      case INVOLVED -> "In the cohort, below the High Harm threshold.";
      case CONNECTED -> "Not in the cohort, but offender or suspect of another crime in the window and directly"
          + " linked (weight " + h.connectedLinkWeight() + " or more) to an offender or suspect of a violent crime"
          + " of the last " + h.recentDays() + " days.";
      case NONE -> "Everyone else, including every person recorded only as a victim or witness.";
    };
  }

  private static void bias(JsonGenerator g, List<List<String>> rows) throws IOException {
    g.writeObjectFieldStart("bias");
    DashboardJson.strings(g, "columns", org.vcanalytics.examples.output.BiasTables.HEADER);
    g.writeArrayFieldStart("rows");
    for (List<String> row : rows) {
      g.writeStartArray();
      for (String v : row) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
