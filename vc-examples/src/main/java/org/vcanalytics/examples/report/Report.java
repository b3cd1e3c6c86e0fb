package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.ReportCharts.*;
import static org.vcanalytics.examples.report.ReportFormat.*;
import static org.vcanalytics.examples.report.ReportNetwork.*;

import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.pipeline.AreaCoverage;
import org.vcanalytics.examples.pipeline.Bias;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Factor;
import org.vcanalytics.core.classify.FactorPrevalence;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.hotspot.Concentration;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.hotspot.TopShare;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.Cohort;
import org.vcanalytics.harm.PersonHarm;

/**
 * The HTML report of {@code vc analyse}: one self-contained file an analyst opens in a browser.
 *
 * <p>Sections, in order: the advisory (first, before anything else); a summary; violent crime per
 * year and per typology as charts; a map of the finest level's areas shaded by violent crime in the
 * calendar year of the as-of date; the top areas of each level; the counts per category and the
 * High Harm list with explanations; a picture of the network around the highest-harm people;
 * contributing-factor prevalence per category; the bias review (categories by sex and age band
 * beside the data, and per 1,000 residents by area; {@link ReportBias}).
 *
 * <p>The file fetches nothing: CSS and SVG are inline and there is no script. Text is escaped for
 * HTML; numbers are written with a dot whatever the locale; the same result gives the same bytes
 * (no timestamps; the network layout is a fixed-start force-directed layout in strict arithmetic).
 *
 * <pre>{@code
 * Report.write(result, out.resolve("report.html"));
 * }</pre>
 */
public final class Report {
  private Report() {}

  /** The most High Harm people listed; the rest are counted. */
  public static final int HIGH_HARM_LIST_CAP = 100;
  /** The most people in the network picture. */
  public static final int NETWORK_CAP = 200;
  /** How many links out from the highest-harm people the network picture reaches. */
  public static final int NETWORK_DEPTH = 2;
  /** How many of the highest-harm people the network picture starts from. */
  public static final int NETWORK_SEEDS = 10;
  /** Areas per level in the top-areas tables. */
  public static final int TOP_AREAS = 10;
  /** Explanations longer than this many characters are folded behind their first sentence. */
  public static final int EXPLANATION_FOLD = 900;
  /** Calendar years in the trend charts, ending with the as-of year. */
  public static final int TREND_YEARS = 10;

  /** The advisory, in words; the report begins with it. */
  public static final String ADVISORY =
      "These figures describe recorded police data as of the date of this report. They augment, and"
          + " never replace, professional judgement, and they predict nothing: a person's category"
          + " or an area's rank says what the records show about the past, not what anyone will do."
          + " Police data sees only part of people's lives, and what is not recorded is unknown, not"
          + " absent. Person-level content is sensitive: for authorised use only, under your"
          + " force's information-sharing rules; do not share it further.";

  static final String[] CATEGORY_COLOURS = {"#c0392b", "#e67e22", "#2e86c1", "#9aa5b1"};
  static final String[] TYPOLOGY_COLOURS = {
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#e377c2", "#8c564b"
  };

  /**
   * Writes the report (creating the folder if needed).
   *
   * @param r the pipeline's result
   * @param file the file to write, e.g. {@code out/report.html}
   * @return the file
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path write(PipelineResult r, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        OutputFiles.folder(parent);
      }
      return OutputFiles.text(file, html(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report as text.
   *
   * @param r the pipeline's result
   * @return the HTML document
   */
  public static String html(PipelineResult r) {
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Violent crime analysis as of ").append(r.asOf()).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    advisory(h, r);
    h.append("<header>\n<h1>Violent crime analysis as of ").append(r.asOf()).append("</h1>\n")
        .append("<p class=\"note\">Made by <code>vc analyse</code> with the ")
        .append(esc(r.options().classifier().definition().name()))
        .append(" definition of violent crime. The tables behind every figure are in the CSV files next"
            + " to this report.</p>\n");
    h.append("<nav><ol>")
        .append("<li><a href=\"#summary\">Summary</a></li>")
        .append("<li><a href=\"#trends\">Violent crime over time</a></li>")
        .append("<li><a href=\"#map\">Map of violent crime by area</a></li>")
        .append("<li><a href=\"#top-areas\">Top areas</a></li>")
        .append("<li><a href=\"#categories\">Categories and the High Harm list</a></li>")
        .append("<li><a href=\"#network\">Network around High Harm people</a></li>")
        .append("<li><a href=\"#factors\">Contributing factors</a></li>")
        .append("<li><a href=\"#bias\">Bias review</a></li>")
        .append("</ol></nav>\n</header>\n");
    summary(h, r);
    trends(h, r);
    ReportMap.map(h, r);
    topAreas(h, r);
    categories(h, r);
    network(h, r);
    factors(h, r);
    ReportBias.section(h, r);
    h.append("<footer class=\"note\"><p>")
        .append("Figures as of ").append(r.asOf()).append(". ").append(esc(ADVISORY))
        .append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  static void advisory(StringBuilder h, PipelineResult r) {
    h.append("<div class=\"advisory\" id=\"advisory\" role=\"note\">\n")
        .append("<h2>Advisory: read this first</h2>\n<p>")
        .append("As of <strong>").append(r.asOf()).append("</strong>. ").append(esc(ADVISORY))
        .append("</p>\n</div>\n");
  }

  static void summary(StringBuilder h, PipelineResult r) {
    var c = r.classification();
    Cohort cohort = r.harm().cohort();
    h.append("<section id=\"summary\">\n<h2>1. Summary</h2>\n<div class=\"cols\">\n<div>\n");
    h.append("<h3>The analysis</h3>\n<table class=\"kv\"><tbody>\n");
    kv(h, "As of", r.asOf().toString());
    kv(h, "Violent-crime definition", esc(r.options().classifier().definition().name()));
    kv(h, "Crimes up to the as-of date", count(c.crimes().size()));
    kv(h, "of which violent", count(c.violentCrimes().size()));
    kv(h, "Crimes after the as-of date, left out", count(c.crimesAfterAsOf()));
    kv(h, "Intelligence logs after the as-of date, left out", count(c.intelAfterAsOf()));
    kv(h, "Custody records after the as-of date, left out", count(c.custodyAfterAsOf()));
    kv(h, "Cohort (people with a violent crime as offender or suspect in the "
        + r.options().harmOptions().windowDays() + " days to the as-of date)", count(cohort.size()));
    kv(h, "High Harm fraction", plain(cohort.fraction()));
    kv(h, "k = ⌈fraction × cohort⌉", count(cohort.k()));
    kv(h, "Threshold (harm with recency of the k-th person)",
        cohort.threshold().isPresent() ? fixed4(cohort.threshold().getAsDouble()) : "none (empty cohort)");
    kv(h, "High Harm people (ties at the threshold included)", count(cohort.highHarm()));
    kv(h, "People in the network / links", count(r.network().people().size()) + " / "
        + count(r.network().links().size()));
    h.append("</tbody></table>\n</div>\n<div>\n");

    h.append("<h3>Input</h3>\n<table><thead><tr><th>file</th><th class=\"n\">rows read</th>"
        + "<th class=\"n\">accepted</th><th class=\"n\">rejected</th><th class=\"n\">values dropped</th>"
        + "</tr></thead><tbody>\n");
    long files = 0;
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long dropped = 0;
    for (FileReport f : r.load().files()) {
      if (f.present()) {
        files++;
        read += f.rowsRead();
        accepted += f.accepted();
        rejected += f.rejected();
        dropped += f.valuesDropped();
        h.append("<tr><td>").append(esc(f.file())).append("</td>").append(num(count(f.rowsRead())))
            .append(num(count(f.accepted()))).append(num(count(f.rejected())))
            .append(num(count(f.valuesDropped()))).append("</tr>\n");
      } else {
        h.append("<tr class=\"absent\"><td>").append(esc(f.file()))
            .append("</td><td class=\"n\" colspan=\"4\">not supplied</td></tr>\n");
      }
    }
    h.append("</tbody><tfoot><tr><th>").append(count(files)).append(files == 1 ? " file" : " files")
        .append("</th>").append(numTh(count(read))).append(numTh(count(accepted)))
        .append(numTh(count(rejected))).append(numTh(count(dropped))).append("</tr></tfoot></table>\n");
    if (rejected > 0 || dropped > 0) {
      h.append("<p class=\"note\">Every rejected row and every dropped value is listed, with its line,"
          + " column, value, reason and action, in <code>rejections.csv</code>. A dropped value is an"
          + " optional value that was not valid (a date of birth in the future, say): it is read as"
          + " not recorded and its row is kept.</p>\n");
    }
    h.append("</div>\n</div>\n<div class=\"cols\">\n<div>\n");

    h.append("<h3>Violent crimes per typology</h3>\n<p class=\"note\">A crime can have several"
        + " typologies, so these add up to more than the violent crimes.</p>\n")
        .append("<table><thead><tr><th>typology</th><th class=\"n\">violent crimes</th>"
            + "<th class=\"n\">share</th></tr></thead><tbody>\n");
    long vc = c.violentCrimes().size();
    for (Typology t : Typology.values()) {
      long n = c.violentCrimes().stream().filter(x -> x.has(t)).count();
      h.append("<tr><td>").append(swatch(TYPOLOGY_COLOURS[t.ordinal()])).append(t.name())
          .append("</td>").append(num(count(n))).append(num(percent(n, vc))).append("</tr>\n");
    }
    h.append("</tbody></table>\n</div>\n<div>\n");

    h.append("<h3>People per category</h3>\n<p class=\"note\">Every person is in exactly one"
        + " category.</p>\n<table><thead><tr><th>category</th><th class=\"n\">people</th>"
        + "</tr></thead><tbody>\n");
    long all = 0;
    for (Map.Entry<Category, Long> e : r.harm().counts().entrySet()) {
      all += e.getValue();
      h.append("<tr><td>").append(swatch(CATEGORY_COLOURS[e.getKey().ordinal()])).append(e.getKey().name())
          .append("</td>").append(num(count(e.getValue()))).append("</tr>\n");
    }
    h.append("</tbody><tfoot><tr><th>everyone</th>").append(numTh(count(all)))
        .append("</tr></tfoot></table>\n</div>\n</div>\n");

    List<String> warnings = new ArrayList<>();
    warnings.addAll(r.load().warnings());
    warnings.addAll(c.warnings());
    warnings.addAll(r.harm().warnings());
    warnings.addAll(r.hotspots().warnings());
    if (!warnings.isEmpty()) {
      h.append("<details><summary>").append(count(warnings.size()))
          .append(warnings.size() == 1 ? " warning" : " warnings").append(" about the input</summary><ul>\n");
      int shown = 0;
      for (String w : warnings) {
        if (shown++ == 50) {
          h.append("<li>… and ").append(count(warnings.size() - 50L)).append(" more (see summary.json)</li>\n");
          break;
        }
        h.append("<li>").append(esc(w)).append("</li>\n");
      }
      h.append("</ul></details>\n");
    }
    h.append("</section>\n");
  }

  static void trends(StringBuilder h, PipelineResult r) {
    h.append("<section id=\"trends\">\n<h2>2. Violent crime over time</h2>\n");
    int last = r.asOf().getYear();
    int first = last;
    boolean any = false;
    for (CrimeClassification cc : r.classification().violentCrimes()) {
      int y = r.data().crime(cc.crimeId()).orElseThrow().committedOn().getYear();
      first = Math.min(first, y);
      any = true;
    }
    if (!any) {
      h.append("<p>No violent crime up to the as-of date.</p>\n</section>\n");
      return;
    }
    first = Math.max(first, last - TREND_YEARS + 1);
    int years = last - first + 1;
    long[] all = new long[years];
    long[][] byType = new long[Typology.values().length][years];
    long before = 0;
    for (CrimeClassification cc : r.classification().violentCrimes()) {
      int y = r.data().crime(cc.crimeId()).orElseThrow().committedOn().getYear();
      if (y < first) {
        before++;
        continue;
      }
      all[y - first]++;
      for (Typology t : cc.typologies()) {
        byType[t.ordinal()][y - first]++;
      }
    }
    boolean partial = !r.asOf().equals(LocalDate.of(last, 12, 31));
    String[] labels = new String[years];
    for (int i = 0; i < years; i++) {
      labels[i] = Integer.toString(first + i);
    }
    h.append("<p class=\"note\">Violent crimes per calendar year of <code>committed_on</code>, counted"
        + " from the classified crimes up to the as-of date. Each year's count equals the sum of the"
        + " calendar-year <code>ALL</code> figures of <code>hotspots.csv</code> over the areas of any"
        + " one level, <code>UNASSIGNED</code> included.");
    if (partial) {
      h.append(" <strong>").append(last).append(" is counted only up to ").append(r.asOf())
          .append("</strong> (pale bar): compare it with earlier years with care.");
    }
    if (before > 0) {
      h.append(" ").append(count(before)).append(" older violent crimes (before ").append(first)
          .append(") are not shown.");
    }
    h.append("</p>\n<figure>\n");
    barChart(h, labels, all, partial);
    h.append("<figcaption>Violent crimes per year, all typologies.</figcaption>\n</figure>\n");

    h.append("<figure>\n");
    lineChart(h, labels, byType, partial);
    h.append("<figcaption>Violent crimes per year by typology (a crime can have several).</figcaption>\n")
        .append("</figure>\n");

    h.append("<table class=\"wide\"><thead><tr><th>year</th><th class=\"n\">all violent</th>");
    for (Typology t : Typology.values()) {
      h.append("<th class=\"n\">").append(t.name()).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (int i = 0; i < years; i++) {
      h.append("<tr><td>").append(labels[i]).append(partial && i == years - 1 ? " (partial)" : "")
          .append("</td>").append(num(count(all[i])));
      for (Typology t : Typology.values()) {
        h.append(num(count(byType[t.ordinal()][i])));
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n</section>\n");
  }

  static void topAreas(StringBuilder h, PipelineResult r) {
    Period year = Period.parse(Integer.toString(r.asOf().getYear()));
    h.append("<section id=\"top-areas\">\n<h2>4. Top areas</h2>\n<p class=\"note\">The ")
        .append(TOP_AREAS).append(" areas of each level with the most violent crimes committed in ")
        .append(year.label()).append(" (up to the as-of date). Rank: highest first, ties share the best"
            + " place. Harm is the sum of the crimes' harm weights (ONS Crime Severity Score by default);"
            + " offenders and victims are distinct people; the rate per 1,000 residents is given only"
            + " where the area file gives a population.</p>\n");
    if (r.hotspots().levels().isEmpty()) {
      h.append("<p>No areas: the crimes carry no area codes and there is no area file.</p>\n</section>\n");
      return;
    }
    List<AreaCoverage> coverage = r.coverage().all();
    for (String lv : r.hotspots().levels()) {
      h.append("<h3>Level ").append(esc(lv)).append("</h3>\n");
      List<AreaFigures> top = ReportMap.topOf(r, lv, year, TOP_AREAS);
      if (top.isEmpty()) {
        h.append("<p>No violent crime in an area of this level in ").append(year.label()).append(".</p>\n");
      } else {
        h.append("<table><thead><tr><th class=\"n\">rank</th><th>area</th><th>name</th>"
            + "<th class=\"n\">violent crimes</th><th class=\"n\">harm</th><th class=\"n\">offenders</th>"
            + "<th class=\"n\">victims</th><th class=\"n\">rate per 1,000</th>"
            + "<th class=\"n\">share of level</th></tr></thead><tbody>\n");
        for (AreaFigures f : top) {
          h.append("<tr>").append(num(f.rank().isPresent() ? Integer.toString(f.rank().getAsInt()) : "—"))
              .append("<td>").append(esc(f.areaId())).append("</td><td>")
              .append(f.areaName().equals(f.areaId()) ? "" : esc(f.areaName())).append("</td>")
              .append(num(count(f.vcEvents()))).append(num(fixed4(f.harm())))
              .append(num(count(f.offenders()))).append(num(count(f.victims())))
              .append(num(f.ratePer1000().isPresent() ? fixed2(f.ratePer1000().getAsDouble()) : "—"))
              .append(num(fixed1(100 * f.shareOfForce()) + "%")).append("</tr>\n");
        }
        h.append("</tbody></table>\n");
      }
      long unassigned =
          r.hotspots().figure(lv, AreaLayer.UNASSIGNED, year, "ALL").map(AreaFigures::vcEvents).orElse(0L);
      StringBuilder note = new StringBuilder();
      coverage.stream().filter(c -> c.level().equals(lv) && c.violentCrimes() > 0)
          .forEach(c -> note.append(ReportMap.missingNote(c, " up to the as-of date")).append(' '));
      if (unassigned > 0) {
        note.append(count(unassigned)).append(unassigned == 1 ? " violent crime" : " violent crimes")
            .append(" had no area of this level (UNASSIGNED). ");
      }
      for (Concentration c : r.hotspots().concentration()) {
        if (c.level().equals(lv) && c.period().equals(year) && c.typology().equals("ALL")) {
          for (TopShare t : c.top()) {
            if (t.share().isPresent()) {
              note.append("The busiest ").append(plainPercent(t.fraction())).append(" of the ")
                  .append(count(c.areas())).append(c.areas() == 1 ? " area (" : " areas (").append(count(t.areas()))
                  .append(t.areas() == 1 ? " area" : " areas").append(") hold ").append(count(t.vcEvents()))
                  .append(" of ").append(count(c.locatedEvents())).append(" located violent crimes (")
                  .append(fixed1(100 * t.share().getAsDouble())).append("%). ");
            }
          }
        }
      }
      if (note.length() > 0) {
        h.append("<p class=\"note\">").append(note.toString().strip()).append("</p>\n");
      }
    }
    h.append("</section>\n");
  }

  static void categories(StringBuilder h, PipelineResult r) {
    Cohort cohort = r.harm().cohort();
    Map<Category, Long> counts = r.harm().counts();
    h.append("<section id=\"categories\">\n<h2>5. Categories and the High Harm list</h2>\n");
    h.append("<table><thead><tr><th>category</th><th class=\"n\">people</th><th>meaning</th></tr></thead>"
        + "<tbody>\n");
    for (Category c : Category.values()) {
      h.append("<tr><td>").append(swatch(CATEGORY_COLOURS[c.ordinal()])).append(c.name()).append("</td>")
          .append(num(count(counts.get(c)))).append("<td>").append(meaning(c, r)).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    List<PersonHarm> high = new ArrayList<>();
    for (PersonHarm p : r.harm().people()) {
      if (p.category() == Category.HIGH_HARM) {
        high.add(p);
      }
    }
    high.sort(byHarm());
    h.append("<h3>High Harm people</h3>\n");
    if (high.isEmpty()) {
      h.append("<p>Nobody is High Harm as of the date: the cohort is empty.</p>\n</section>\n");
      return;
    }
    h.append("<p class=\"note\">Highest harm with recency first. The cohort is ").append(count(cohort.size()))
        .append(cohort.size() == 1 ? " person" : " people").append("; k = ").append(cohort.k())
        .append("; threshold ").append(fixed4(cohort.threshold().orElse(0)))
        .append(". RFG: recency, frequency and gravity bands, 1 (lowest) to 5 (highest) across the cohort."
            + " Each explanation shows the arithmetic so it can be checked by hand.</p>\n");
    h.append("<table class=\"people\"><thead><tr><th class=\"n\">#</th><th>person</th>"
        + "<th class=\"n\">violent crimes</th><th class=\"n\">harm</th><th class=\"n\">harm with recency</th>"
        + "<th>last violent crime</th><th>RFG</th><th>explanation</th></tr></thead><tbody>\n");
    int i = 0;
    for (PersonHarm p : high) {
      if (i == HIGH_HARM_LIST_CAP) {
        break;
      }
      i++;
      h.append("<tr>").append(num(Integer.toString(i))).append("<td class=\"id\">").append(esc(p.personId()))
          .append("</td>").append(num(count(p.vcEvents()))).append(num(fixed4(p.harm())))
          .append(num(fixed4(p.harmRecency()))).append("<td class=\"nw\">")
          .append(p.lastVcOn().map(Object::toString).orElse("—")).append("</td><td class=\"nw\">")
          .append(p.rfg().map(Object::toString).orElse("—")).append("</td><td class=\"explain\">");
      explanation(h, p);
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    if (high.size() > HIGH_HARM_LIST_CAP) {
      h.append("<p class=\"note\"><strong>… and ").append(count(high.size() - HIGH_HARM_LIST_CAP))
          .append(" more High Harm people</strong>, not listed here: every person is in"
              + " <code>people.csv</code>.</p>\n");
    }
    h.append("</section>\n");
  }

  /** Long explanations (many events) fold away behind their first sentence. */
  static void explanation(StringBuilder h, PersonHarm p) {
    String text = p.explanation();
    if (text.length() <= EXPLANATION_FOLD) {
      h.append(esc(text));
      return;
    }
    int dot = text.indexOf(". ");
    String first = dot < 0 ? "" : text.substring(0, dot + 1);
    h.append("<details><summary>").append(esc(first)).append(" ").append(p.vcEvents())
        .append(p.vcEvents() == 1 ? " violent crime" : " violent crimes")
        .append(": show the full explanation</summary>").append(esc(text)).append("</details>");
  }

  static void factors(StringBuilder h, PipelineResult r) {
    h.append("<section id=\"factors\">\n<h2>7. Contributing factors</h2>\n");
    h.append("<p class=\"note\">How many people in each category have each factor recorded in police"
        + " data up to the as-of date, with the percentage of the category. Police data sees only part"
        + " of a person's life: a factor that is not recorded is unknown, not absent. The percentages"
        + " describe the people in the records; they are not risk factors and predict nothing.</p>\n");
    Map<String, List<String>> groups = new TreeMap<>();
    for (Category c : Category.values()) {
      groups.put(c.name(), new ArrayList<>());
    }
    for (PersonHarm p : r.harm().people()) {
      groups.get(p.category().name()).add(p.personId());
    }
    Map<String, FactorPrevalence> byKey = new TreeMap<>();
    for (FactorPrevalence f : FactorPrevalence.of(r.classification(), groups)) {
      byKey.put(f.group() + "\u0000" + f.factor().name(), f);
    }
    h.append("<table class=\"factors\"><thead><tr><th>factor</th>");
    for (Category c : Category.values()) {
      h.append("<th class=\"n\">").append(swatch(CATEGORY_COLOURS[c.ordinal()])).append(c.name())
          .append("<br><span class=\"sub\">").append(count(groups.get(c.name()).size()))
          .append(groups.get(c.name()).size() == 1 ? " person" : " people").append("</span></th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (Factor f : Factor.values()) {
      h.append("<tr><td><strong>").append(f.name()).append("</strong><br><span class=\"sub\">")
          .append(esc(factorWords(f))).append("</span></td>");
      for (Category c : Category.values()) {
        FactorPrevalence p = byKey.get(c.name() + "\u0000" + f.name());
        h.append("<td class=\"n\">").append(count(p.count())).append(" of ").append(count(p.of()))
            .append("<br><span class=\"pct\">").append(p.of() == 0 ? "—" : fixed1(p.percent()) + "%")
            .append("</span><span class=\"bar\"><span style=\"width:").append(fixed1(p.percent()))
            .append("%;background:").append(CATEGORY_COLOURS[c.ordinal()]).append("\"></span></span></td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n</section>\n");
  }

  static String meaning(Category c, PipelineResult r) {
    int window = r.options().harmOptions().windowDays();
    return switch (c) {
      case HIGH_HARM -> "In the cohort (offender or suspect of a violent crime in the " + window
          + " days to the as-of date) with harm with recency at or above the threshold of the top "
          + plainPercent(r.harm().cohort().fraction()) + ".";
      case INVOLVED -> "In the cohort, below the High Harm threshold.";
      case CONNECTED -> "Not in the cohort, but offender or suspect of another crime in the window and"
          + " directly linked to an offender or suspect of a recent violent crime.";
      case NONE -> "Everyone else, including every person recorded only as a victim or witness.";
    };
  }

  static String factorWords(Factor f) {
    return switch (f) {
      case MENTAL_HEALTH -> "custody record with the mental-health marker";
      case SUBSTANCE_MISUSE -> "custody record with the substance-misuse marker";
      case ALCOHOL -> "custody record with the alcohol marker";
      case SELF_HARM -> "custody record with the self-harm marker";
      case OCG_MEMBERSHIP -> "member of an organised crime group (current or past)";
      case SCHOOL_ATTENDED -> "a school recorded on a custody record";
      case ACE_VICTIM_UNDER_18 -> "victim of any crime before 18";
      case ACE_DOMESTIC_ABUSE_UNDER_18 -> "victim or witness of domestic abuse before 18";
    };
  }

  static Comparator<PersonHarm> byHarm() {
    return Comparator.comparingDouble(PersonHarm::harmRecency).reversed()
        .thenComparing(Comparator.comparingDouble(PersonHarm::harm).reversed())
        .thenComparing(PersonHarm::personId);
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting

  static final String CSS = ReportFormat.resource("report.css");
}
