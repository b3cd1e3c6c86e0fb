package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.Report.*;
import static org.vcanalytics.examples.report.ReportFormat.*;

import org.vcanalytics.examples.pipeline.Bias;
import org.vcanalytics.examples.pipeline.BiasAreas;


import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vcanalytics.core.Area;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.harm.Category;

/**
 * Section 8 of the report, the bias review: each category by recorded sex and by age band, with the
 * data's own make-up beside it, and where the people of each category live per 1,000 residents.
 * Builds HTML from {@link Bias} and {@link BiasAreas}; every text is escaped. See {@code docs/bias.md}.
 */
final class ReportBias {
  private ReportBias() {}

  /** Areas listed in the per-1,000 table; the rest are in bias-areas.csv. */
  static final int AREA_ROWS = 25;

  /** The plain-language caveat printed above the tables. */
  static final String CAVEAT =
      "Recorded police data reflects where the police look and who reports crime to them, not only what"
          + " people do. A difference between a category and the data as a whole is a question to review"
          + " (of the records, the rules and how they are applied), not a finding about people of any sex,"
          + " age or area. Small numbers move a lot: a share of a handful of people says little.";

  /** Appends the section. */
  static void section(StringBuilder h, PipelineResult r) {
    Bias bias = Bias.of(r);
    h.append("<section id=\"bias\">\n<h2>8. Bias review: who is in each category</h2>\n")
        .append("<p class=\"caveat\"><strong>Read with care.</strong> ").append(esc(CAVEAT)).append("</p>\n")
        .append("<p class=\"note\">Each cell: the people of the category with that value, and their share"
            + " of the category. The last column is everyone in the data (all ")
        .append(count(bias.total(Bias.ALL)))
        .append(" people of <code>people.csv</code>, category NONE included), for comparison. Age is in"
            + " completed years on ").append(r.asOf())
        .append("; unknown means not recorded. A share of an empty category is —. The counts are in"
            + " <code>bias.csv</code>; the definitions in <code>docs/bias.md</code>.</p>\n")
        .append("<div class=\"cols\">\n");
    table(h, bias, Bias.SEX, "By recorded sex");
    table(h, bias, Bias.AGE_BAND, "By age band on " + r.asOf());
    h.append("</div>\n");
    areas(h, r);
    h.append("</section>\n");
  }

  private static void table(StringBuilder h, Bias bias, String dimension, String title) {
    h.append("<div>\n<h3>").append(esc(title)).append("</h3>\n<table class=\"bias\"><thead><tr><th>")
        .append(esc(dimension)).append("</th>");
    for (String c : Bias.CATEGORIES) {
      long n = bias.total(c);
      boolean all = c.equals(Bias.ALL);
      h.append("<th class=\"n\">").append(all ? "" : swatch(CATEGORY_COLOURS[Category.valueOf(c).ordinal()]))
          .append(all ? "everyone in the data" : esc(c)).append("<br><span class=\"sub\">")
          .append(count(n)).append(n == 1 ? " person" : " people").append("</span></th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (String v : Bias.valuesOf(dimension)) {
      h.append("<tr><td>").append(esc(v)).append("</td>");
      for (String c : Bias.CATEGORIES) {
        Bias.Row row = bias.rows(dimension, c).stream().filter(x -> x.value().equals(v)).findFirst().orElseThrow();
        h.append("<td class=\"n\">").append(count(row.people())).append("<br><span class=\"pct\">")
            .append(percent(row.shareOfCategory())).append("</span></td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n</div>\n");
  }

  /** The coarsest level with a population, per 1,000 residents. */
  private static void areas(StringBuilder h, PipelineResult r) {
    Optional<String> level = populatedLevel(r);
    h.append("<h3>Where they live, per 1,000 residents</h3>\n");
    if (level.isEmpty()) {
      h.append("<p class=\"note\">No area of <code>areas.geojson</code> gives a population, so there are no"
          + " rates per 1,000 residents. <code>bias-areas.csv</code> still counts the people of each"
          + " category whose home lies in each area.</p>\n");
      return;
    }
    String lv = level.get();
    AreaLayer layer = r.hotspots().layers().get(lv);
    SortedMap<String, AreaLayer> one = new TreeMap<>();
    one.put(lv, layer);
    List<BiasAreas.Row> rows = BiasAreas.of(Bias.subjects(r), one).rows(lv);
    h.append("<p class=\"note\">Level <strong>").append(esc(lv)).append("</strong>: the people of each"
        + " category whose home point lies in the area, and that per 1,000 residents (the area file's"
        + " population). A person with no home point, or a home outside every area, has a row of their"
        + " own. A home is where a person lives, not where any crime happened, and the rates describe"
        + " the records, not the areas' residents. Every level is in <code>bias-areas.csv</code>.</p>\n");
    h.append("<table class=\"bias\"><thead><tr><th>area</th><th>name</th><th class=\"n\">residents</th>");
    for (String c : Bias.CATEGORIES) {
      h.append("<th class=\"n\">").append(c.equals(Bias.ALL) ? "everyone in the data" : esc(c))
          .append("<br><span class=\"sub\">people (per 1,000)</span></th>");
    }
    h.append("</tr></thead><tbody>\n");
    int areas = 0;
    int left = 0;
    for (BiasAreas.Row row : rows) {
      boolean special = row.areaId().equals(AreaLayer.UNASSIGNED) || row.areaId().equals(BiasAreas.NO_HOME);
      if (!special && areas++ >= AREA_ROWS) {
        left++;
        continue;
      }
      String name = special
          ? (row.areaId().equals(BiasAreas.NO_HOME) ? "no home point recorded" : "home outside every area")
          : layer.area(row.areaId()).map(Area::name).filter(n -> !n.equals(row.areaId())).orElse("");
      h.append("<tr><td>").append(esc(row.areaId())).append("</td><td>").append(esc(name)).append("</td>")
          .append("<td class=\"n\">")
          .append(row.population().isPresent() ? count(row.population().getAsLong()) : "—").append("</td>");
      for (String c : Bias.CATEGORIES) {
        OptionalDouble rate = row.per1000(c);
        h.append("<td class=\"n\">").append(count(row.people(c)))
            .append(rate.isPresent() ? " <span class=\"pct\">(" + fixed2(rate.getAsDouble()) + ")</span>" : "")
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
    if (left > 0) {
      h.append("<p class=\"note\">… and ").append(count(left)).append(left == 1 ? " more area" : " more areas")
          .append(" of this level, in <code>bias-areas.csv</code>.</p>\n");
    }
  }

  /**
   * The level of the per-1,000 table: the coarsest with polygons and a population for at least one
   * area (npu, neighbourhood, postcode_district, lsoa, then any other level in name order).
   */
  static Optional<String> populatedLevel(PipelineResult r) {
    List<String> order = new java.util.ArrayList<>(List.of("npu", "neighbourhood", "postcode_district", "lsoa"));
    r.hotspots().layers().keySet().stream().filter(l -> !order.contains(l)).forEach(order::add);
    for (String l : order) {
      AreaLayer layer = r.hotspots().layers().get(l);
      if (layer != null && layer.areas().stream().anyMatch(a -> a.population().isPresent())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? fixed1(100 * share.getAsDouble()) + "%" : "—";
  }
}
