package org.vcanalytics.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Factor;
import org.vcanalytics.core.classify.FactorPrevalence;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.examples.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.hotspot.Concentration;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.hotspot.TopShare;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.Cohort;
import org.vcanalytics.harm.PersonHarm;
import org.vcanalytics.network.PersonNetwork;
import org.vcanalytics.network.Structure;
import org.vcanalytics.network.SubNetwork;

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
  private static final String[] TYPOLOGY_COLOURS = {
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

  private static void advisory(StringBuilder h, PipelineResult r) {
    h.append("<div class=\"advisory\" id=\"advisory\" role=\"note\">\n")
        .append("<h2>Advisory: read this first</h2>\n<p>")
        .append("As of <strong>").append(r.asOf()).append("</strong>. ").append(esc(ADVISORY))
        .append("</p>\n</div>\n");
  }

  private static void summary(StringBuilder h, PipelineResult r) {
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

  private static void trends(StringBuilder h, PipelineResult r) {
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

  private static void topAreas(StringBuilder h, PipelineResult r) {
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
    List<AreaCoverage> coverage = AreaCoverage.of(r);
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

  private static void categories(StringBuilder h, PipelineResult r) {
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
  private static void explanation(StringBuilder h, PersonHarm p) {
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

  private static void network(StringBuilder h, PipelineResult r) {
    h.append("<section id=\"network\">\n<h2>6. Network around High Harm people</h2>\n");
    PersonNetwork net = r.network();
    Set<String> high = new TreeSet<>();
    for (PersonHarm p : r.harm().people()) {
      if (p.category() == Category.HIGH_HARM) {
        high.add(p.personId());
      }
    }
    if (high.isEmpty()) {
      h.append("<p>No picture: nobody is High Harm as of the date.</p>\n</section>\n");
      return;
    }
    // The largest component (largest first, ties by first id) holding a High Harm person and a link.
    List<String> component = null;
    for (List<String> comp : Structure.components(net)) {
      if (comp.size() < 2) {
        break;
      }
      if (comp.stream().anyMatch(high::contains)) {
        component = comp;
        break;
      }
    }
    if (component == null) {
      h.append("<p>No picture: no High Harm person has a link to anyone in the network as of the date.</p>\n"
          + "</section>\n");
      return;
    }
    List<PersonHarm> seeds = new ArrayList<>();
    long highInComponent = 0;
    for (String id : component) {
      if (high.contains(id)) {
        highInComponent++;
        seeds.add(r.harm().person(id).orElseThrow());
      }
    }
    seeds.sort(byHarm());
    if (seeds.size() > NETWORK_SEEDS) {
      seeds = new ArrayList<>(seeds.subList(0, NETWORK_SEEDS));
    }
    // Breadth first from the seeds, strongest links first, until the cap.
    Map<String, Integer> hops = new LinkedHashMap<>();
    List<String> frontier = new ArrayList<>();
    for (PersonHarm p : seeds) {
      hops.put(p.personId(), 0);
      frontier.add(p.personId());
    }
    int reached = 0;
    for (int d = 1; d <= NETWORK_DEPTH && hops.size() < NETWORK_CAP; d++) {
      List<String> next = new ArrayList<>();
      for (String u : frontier) {
        List<Link> links = new ArrayList<>(net.linksOf(u));
        links.sort(Comparator.comparingDouble(Link::weight).reversed().thenComparing(l -> l.other(u)));
        for (Link l : links) {
          String v = l.other(u);
          if (!hops.containsKey(v) && hops.size() < NETWORK_CAP) {
            hops.put(v, d);
            next.add(v);
          }
        }
      }
      frontier = next;
      reached = d;
    }
    SubNetwork sub = net.around(new TreeSet<>(hops.keySet()));
    h.append("<p class=\"note\">The largest connected group of people (component) that holds a High Harm"
        + " person has ").append(count(component.size())).append(" people, ").append(count(highInComponent))
        .append(" of them High Harm. Drawing all of it would be unreadable, so the picture starts from the ")
        .append(seeds.size() == 1 ? "highest-harm person" : count(seeds.size()) + " highest-harm people")
        .append(" in it (black outline) and adds the people up to ").append(reached)
        .append(reached == 1 ? " link" : " links").append(" away, strongest links first, at most ")
        .append(NETWORK_CAP).append(" people: it shows ").append(count(sub.people().size()))
        .append(" people and ").append(count(sub.links().size())).append(" links; ")
        .append(count(sub.leaving().size())).append(" further links lead out of the picture. A link means"
            + " the two were recorded on a crime together or named together in intelligence; its width"
            + " is its weight (1 = a crime together, less for lower-graded intelligence). A link is not"
            + " evidence of a relationship. The layout is arranged for legibility: distance on the"
            + " picture means nothing. network.graphml holds the network for Gephi, yEd or i2.</p>\n");
    networkSvg(h, r, sub, hops, seeds);
    h.append("</section>\n");
  }

  private static void factors(StringBuilder h, PipelineResult r) {
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

  // ---------------------------------------------------------------------------------------------
  // Charts

  private static final int CW = 860;
  private static final int CH = 260;
  private static final int ML = 56;
  private static final int MR = 16;
  private static final int MT = 18;
  private static final int MB = 30;

  private static void barChart(StringBuilder h, String[] labels, long[] values, boolean lastPartial) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    long step = niceStep(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    svgOpen(h, CW, CH, "Violent crimes per year");
    axes(h, top, step);
    double slot = (double) (CW - ML - MR) / labels.length;
    double bw = Math.min(60, slot * 0.7);
    for (int i = 0; i < labels.length; i++) {
      double x = ML + slot * i + (slot - bw) / 2;
      double y = yOf(values[i], top);
      boolean pale = lastPartial && i == labels.length - 1;
      h.append("<rect x=\"").append(f1(x)).append("\" y=\"").append(f1(y)).append("\" width=\"").append(f1(bw))
          .append("\" height=\"").append(f1(CH - MB - y)).append("\" fill=\"").append(pale ? "#9fb3c8" : "#243b53")
          .append("\"><title>").append(labels[i]).append(": ").append(count(values[i]))
          .append(pale ? " (partial year)" : "").append("</title></rect>\n");
      h.append("<text x=\"").append(f1(x + bw / 2)).append("\" y=\"").append(f1(y - 4))
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1f2933\">").append(count(values[i]))
          .append("</text>\n");
      h.append("<text x=\"").append(f1(ML + slot * i + slot / 2)).append("\" y=\"").append(CH - MB + 16)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#52606d\">").append(labels[i])
          .append(pale ? "*" : "").append("</text>\n");
    }
    h.append("</svg>\n");
  }

  private static void lineChart(StringBuilder h, String[] labels, long[][] series, boolean lastPartial) {
    long max = 0;
    for (long[] s : series) {
      for (long v : s) {
        max = Math.max(max, v);
      }
    }
    long step = niceStep(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    int legendW = 150;
    int width = CW;
    svgOpen(h, width, CH, "Violent crimes per year by typology");
    int plotRight = width - MR - legendW;
    axesTo(h, top, step, plotRight);
    double slot = (double) (plotRight - ML) / labels.length;
    for (int i = 0; i < labels.length; i++) {
      h.append("<text x=\"").append(f1(ML + slot * i + slot / 2)).append("\" y=\"").append(CH - MB + 16)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#52606d\">").append(labels[i])
          .append(lastPartial && i == labels.length - 1 ? "*" : "").append("</text>\n");
    }
    for (Typology t : Typology.values()) {
      long[] s = series[t.ordinal()];
      String colour = TYPOLOGY_COLOURS[t.ordinal()];
      h.append("<g fill=\"").append(colour).append("\" stroke=\"").append(colour).append("\">");
      if (labels.length > 1) {
        h.append("<polyline fill=\"none\" stroke-width=\"2\" points=\"");
        for (int i = 0; i < labels.length; i++) {
          h.append(i == 0 ? "" : " ").append(f1(ML + slot * i + slot / 2)).append(',').append(f1(yOf(s[i], top)));
        }
        h.append("\"/>");
      }
      for (int i = 0; i < labels.length; i++) {
        h.append("<circle cx=\"").append(f1(ML + slot * i + slot / 2)).append("\" cy=\"")
            .append(f1(yOf(s[i], top))).append("\" r=\"3\"><title>").append(t.name()).append(' ')
            .append(labels[i]).append(": ").append(count(s[i])).append("</title></circle>");
      }
      h.append("</g>\n");
      int ly = MT + 8 + 20 * t.ordinal();
      h.append("<line x1=\"").append(plotRight + 16).append("\" y1=\"").append(ly).append("\" x2=\"")
          .append(plotRight + 36).append("\" y2=\"").append(ly).append("\" stroke=\"").append(colour)
          .append("\" stroke-width=\"3\"/><text x=\"").append(plotRight + 42).append("\" y=\"").append(ly + 4)
          .append("\" font-size=\"11\" fill=\"#1f2933\">").append(t.name()).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  private static void svgOpen(StringBuilder h, int w, int ht, String label) {
    h.append("<svg role=\"img\" aria-label=\"").append(esc(label))
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht).append("\" width=\"").append(w)
        .append("\" height=\"").append(ht).append("\">\n");
  }

  private static void axes(StringBuilder h, long top, long step) {
    axesTo(h, top, step, CW - MR);
  }

  private static void axesTo(StringBuilder h, long top, long step, int right) {
    for (long v = 0; v <= top; v += step) {
      double y = yOf(v, top);
      h.append("<line x1=\"").append(ML).append("\" y1=\"").append(f1(y)).append("\" x2=\"").append(right)
          .append("\" y2=\"").append(f1(y)).append("\" stroke=\"").append(v == 0 ? "#7b8794" : "#e4e7eb")
          .append("\" stroke-width=\"1\"/>")
          .append("<text x=\"").append(ML - 6).append("\" y=\"").append(f1(y + 4))
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#52606d\">").append(count(v)).append("</text>\n");
    }
  }

  private static double yOf(long v, long top) {
    return MT + (CH - MT - MB) * (1 - (double) v / top);
  }

  /** A step of 1, 2 or 5 × 10^n giving about five gridlines; at least 1. */
  static long niceStep(long max) {
    if (max <= 5) {
      return 1;
    }
    double raw = max / 5.0;
    long mag = 1;
    while (mag * 10 <= raw) {
      mag *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * mag >= raw) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

  // ---------------------------------------------------------------------------------------------
  // Network picture

  private static final int NW = 1000;
  private static final int NH = 720;

  private static void networkSvg(
      StringBuilder h, PipelineResult r, SubNetwork sub, Map<String, Integer> hops, List<PersonHarm> seeds) {
    List<String> people = sub.people();
    int n = people.size();
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      index.put(people.get(i), i);
    }
    double[][] xy = layout(people, sub.links(), index, hops);
    Set<String> seedIds = new TreeSet<>();
    seeds.forEach(p -> seedIds.add(p.personId()));

    int height = 0;
    for (double[] q : xy) {
      height = Math.max(height, (int) Math.ceil(q[1] + 40));
    }
    height = Math.max(240, Math.min(NH, height));
    h.append("<figure>\n<svg role=\"img\" aria-label=\"Network around"
        + " High Harm people\" viewBox=\"0 0 ").append(NW).append(' ').append(height).append("\" width=\"")
        .append(NW).append("\" height=\"").append(height).append("\">\n")
        .append("<rect x=\"0\" y=\"0\" width=\"").append(NW).append("\" height=\"").append(height)
        .append("\" fill=\"#fbfcfd\" stroke=\"#d9e2ec\"/>\n<g stroke=\"#7b8794\" stroke-opacity=\"0.55\""
            + " stroke-linecap=\"round\">\n");
    for (Link l : sub.links()) {
      double[] a = xy[index.get(l.personA())];
      double[] b = xy[index.get(l.personB())];
      h.append("<line x1=\"").append(f1(a[0])).append("\" y1=\"").append(f1(a[1])).append("\" x2=\"")
          .append(f1(b[0])).append("\" y2=\"").append(f1(b[1])).append("\" stroke-width=\"")
          .append(f1(0.6 + 3.4 * l.weight())).append("\"><title>").append(esc(l.personA())).append(" – ")
          .append(esc(l.personB())).append(": weight ").append(fixed4(l.weight())).append(", ")
          .append(l.crimeEvidence()).append(l.crimeEvidence() == 1 ? " crime, " : " crimes, ")
          .append(l.intelEvidence()).append(l.intelEvidence() == 1 ? " intelligence log" : " intelligence logs")
          .append("</title></line>\n");
    }
    h.append("</g>\n<g stroke=\"#ffffff\" stroke-width=\"1\">\n");
    // Draw the categories from NONE up, so High Harm people are on top.
    Category[] order = {Category.NONE, Category.CONNECTED, Category.INVOLVED, Category.HIGH_HARM};
    for (Category cat : order) {
      for (int i = 0; i < n; i++) {
        String id = people.get(i);
        PersonHarm p = r.harm().person(id).orElse(null);
        Category c = p == null ? Category.NONE : p.category();
        if (c != cat) {
          continue;
        }
        double radius = switch (c) {
          case HIGH_HARM -> 8;
          case INVOLVED -> 6;
          case CONNECTED -> 5;
          case NONE -> 4;
        };
        boolean seed = seedIds.contains(id);
        h.append("<circle cx=\"").append(f1(xy[i][0])).append("\" cy=\"").append(f1(xy[i][1]))
            .append("\" r=\"").append(f1(radius)).append("\" fill=\"").append(CATEGORY_COLOURS[c.ordinal()])
            .append('"').append(seed ? " stroke=\"#111111\" stroke-width=\"2.5\"" : "").append("><title>")
            .append(esc(id)).append(": ").append(c.name());
        if (p != null && p.vcEvents() > 0) {
          h.append(", harm with recency ").append(fixed4(p.harmRecency()));
        }
        h.append(", ").append(hops.get(id)).append(hops.get(id) == 1 ? " link" : " links")
            .append(" from the starting people</title></circle>\n");
      }
    }
    h.append("</g>\n<g font-size=\"10.5\" fill=\"#1f2933\" font-weight=\"600\">\n");
    for (int i = 0; i < n; i++) {
      String id = people.get(i);
      if (r.harm().category(id) == Category.HIGH_HARM) {
        h.append("<text x=\"").append(f1(xy[i][0] + 10)).append("\" y=\"").append(f1(xy[i][1] + 4))
            .append("\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">").append(esc(id))
            .append("</text>\n");
      }
    }
    h.append("</g>\n</svg>\n<figcaption><div class=\"legend\">");
    for (Category c : Category.values()) {
      h.append("<span class=\"li\">").append(dot(CATEGORY_COLOURS[c.ordinal()], false)).append(c.name())
          .append("</span>");
    }
    h.append("<span class=\"li\">").append(dot("#c0392b", true)).append("starting person (highest harm)</span>")
        .append("<span class=\"li\"><svg width=\"90\" height=\"12\" viewBox=\"0 0 90 12\" aria-hidden=\"true\">")
        .append("<line x1=\"2\" y1=\"6\" x2=\"26\" y2=\"6\" stroke=\"#7b8794\" stroke-width=\"1.5\"/>")
        .append("<line x1=\"32\" y1=\"6\" x2=\"56\" y2=\"6\" stroke=\"#7b8794\" stroke-width=\"2.3\"/>")
        .append("<line x1=\"62\" y1=\"6\" x2=\"88\" y2=\"6\" stroke=\"#7b8794\" stroke-width=\"4\"/></svg>")
        .append(" link weight 0.25, 0.5, 1</span>")
        .append("</div><div class=\"note\">Labels name the High Harm people. Hover over a person or link"
            + " for details.</div></figcaption>\n</figure>\n");
  }

  /**
   * A deterministic force-directed layout (Fruchterman–Reingold): starts from rings by distance from
   * the starting people, then 300 iterations in strict arithmetic; scaled into the picture.
   */
  static double[][] layout(List<String> people, List<Link> links, Map<String, Integer> index,
      Map<String, Integer> hops) {
    int n = people.size();
    double[][] p = new double[n][2];
    // Initial rings, by hop distance, in id order within a ring.
    Map<Integer, List<Integer>> rings = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      rings.computeIfAbsent(hops.getOrDefault(people.get(i), 0), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<Integer, List<Integer>> e : rings.entrySet()) {
      List<Integer> ring = e.getValue();
      double radius = e.getKey() == 0 && ring.size() == 1 ? 0 : 80 + 160 * e.getKey();
      for (int k = 0; k < ring.size(); k++) {
        double a = 2 * StrictMath.PI * k / ring.size() + 0.37 * e.getKey();
        p[ring.get(k)][0] = radius * StrictMath.cos(a);
        p[ring.get(k)][1] = radius * StrictMath.sin(a);
      }
    }
    int[][] edges = new int[links.size()][];
    double[] weights = new double[links.size()];
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      edges[k] = new int[] {index.get(l.personA()), index.get(l.personB())};
      weights[k] = l.weight();
    }
    double area = 1000.0 * 720.0;
    double kk = Math.max(28, Math.min(90, StrictMath.sqrt(area / Math.max(1, n)) * 0.6));
    double temp = 100;
    int iterations = 300;
    double[][] disp = new double[n][2];
    for (int it = 0; it < iterations; it++) {
      for (double[] d : disp) {
        d[0] = 0;
        d[1] = 0;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = p[i][0] - p[j][0];
          double dy = p[i][1] - p[j][1];
          double d2 = dx * dx + dy * dy;
          if (d2 < 1e-4) {
            dx = 0.01 * (1 + (i % 7));
            dy = 0.01 * (1 + (j % 5));
            d2 = dx * dx + dy * dy;
          }
          double f = kk * kk / d2;
          disp[i][0] += dx * f;
          disp[i][1] += dy * f;
          disp[j][0] -= dx * f;
          disp[j][1] -= dy * f;
        }
      }
      for (int k = 0; k < edges.length; k++) {
        int i = edges[k][0];
        int j = edges[k][1];
        double dx = p[i][0] - p[j][0];
        double dy = p[i][1] - p[j][1];
        double d = StrictMath.sqrt(dx * dx + dy * dy);
        double f = d / kk * (0.5 + weights[k]);
        disp[i][0] -= dx * f;
        disp[i][1] -= dy * f;
        disp[j][0] += dx * f;
        disp[j][1] += dy * f;
      }
      for (int i = 0; i < n; i++) {
        // Gentle gravity keeps loosely joined parts on the picture.
        disp[i][0] -= 0.02 * p[i][0] * kk / 10;
        disp[i][1] -= 0.02 * p[i][1] * kk / 10;
        double d = StrictMath.sqrt(disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]);
        if (d > 0) {
          double m = Math.min(d, temp) / d;
          p[i][0] += disp[i][0] * m;
          p[i][1] += disp[i][1] * m;
        }
      }
      temp = Math.max(1, temp * 0.985);
    }
    // Scale into the picture, keeping the aspect ratio, with a margin for labels.
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (double[] q : p) {
      minX = Math.min(minX, q[0]);
      minY = Math.min(minY, q[1]);
      maxX = Math.max(maxX, q[0]);
      maxY = Math.max(maxY, q[1]);
    }
    double margin = 40;
    double sx = maxX > minX ? (NW - 2 * margin - 40) / (maxX - minX) : 1;
    double sy = maxY > minY ? (NH - 2 * margin) / (maxY - minY) : 1;
    double s = Math.min(1.5, Math.min(sx, sy));
    double ox = (NW - 40 - (maxX - minX) * s) / 2;
    double height = pictureHeight(p);
    double oy = (height - (maxY - minY) * s) / 2;
    for (double[] q : p) {
      q[0] = ox + (q[0] - minX) * s;
      q[1] = oy + (q[1] - minY) * s;
    }
    return p;
  }

  /** The picture's height: the layout's with a margin, between 240 and the full height. */
  private static double pictureHeight(double[][] p) {
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    for (double[] q : p) {
      minX = Math.min(minX, q[0]);
      maxX = Math.max(maxX, q[0]);
      minY = Math.min(minY, q[1]);
      maxY = Math.max(maxY, q[1]);
    }
    double sx = maxX > minX ? (NW - 2 * 40 - 40) / (maxX - minX) : 1;
    double sy = maxY > minY ? (NH - 2 * 40) / (maxY - minY) : 1;
    double s = Math.min(1.5, Math.min(sx, sy));
    return Math.max(240, Math.min(NH, Math.ceil((maxY - minY) * s + 2 * 40)));
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  private static String meaning(Category c, PipelineResult r) {
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

  private static String factorWords(Factor f) {
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

  private static Comparator<PersonHarm> byHarm() {
    return Comparator.comparingDouble(PersonHarm::harmRecency).reversed()
        .thenComparing(Comparator.comparingDouble(PersonHarm::harm).reversed())
        .thenComparing(PersonHarm::personId);
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param s the text
   * @return the escaped text
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static void kv(StringBuilder h, String key, String valueHtml) {
    h.append("<tr><th>").append(esc(key)).append("</th><td class=\"n\">").append(valueHtml).append("</td></tr>\n");
  }

  private static String num(String s) {
    return "<td class=\"n\">" + s + "</td>";
  }

  private static String numTh(String s) {
    return "<th class=\"n\">" + s + "</th>";
  }

  static String swatch(String colour) {
    return "<span class=\"sw\" style=\"background:" + colour + "\"></span>";
  }

  private static String dot(String colour, boolean outlined) {
    return "<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\""
        + " r=\"5\" fill=\"" + colour + "\"" + (outlined ? " stroke=\"#111111\" stroke-width=\"2\"" : "")
        + "/></svg> ";
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String fixed4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static String fixed2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String fixed1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String f1(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("-0") ? "0" : s;
  }

  private static String percent(long n, long of) {
    return of == 0 ? "—" : fixed1(100.0 * n / of) + "%";
  }

  private static String plain(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static String plainPercent(double fraction) {
    return new java.math.BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros()
        .toPlainString() + " %";
  }

  private static final String CSS =
      """
      :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --zebra: #f5f7fa; --head: #e6ecf2; --accent: #243b53; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
        color: var(--ink); background: #ffffff; max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px;
        font-size: 14px; line-height: 1.45; }
      .advisory { border: 2px solid #b7791f; border-left-width: 8px; background: #fffbea; padding: 12px 18px;
        border-radius: 6px; margin: 0 0 18px; }
      .advisory h2 { margin: 0 0 4px; padding: 0; border: 0; font-size: 16px; color: #8d2b0b; }
      .advisory p { margin: 0; font-size: 14px; }
      .caveat { border-left: 4px solid #b7791f; background: #fffbea; padding: 6px 12px; max-width: 980px; }
      h1 { font-size: 26px; margin: 6px 0 2px; color: var(--accent); }
      h2 { font-size: 20px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line);
        color: var(--accent); }
      h3 { font-size: 15px; margin: 18px 0 6px; color: var(--accent); }
      nav ol { margin: 8px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px;
        counter-reset: s; font-size: 13px; }
      nav li { counter-increment: s; }
      nav li::before { content: counter(s) ". "; color: var(--muted); }
      a { color: #2a6496; }
      code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; background: #f0f4f8;
        padding: 0 3px; border-radius: 3px; }
      .note { color: var(--muted); font-size: 12.5px; max-width: 980px; }
      .cols { display: flex; flex-wrap: wrap; gap: 8px 40px; align-items: flex-start; }
      table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
      th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
      thead th { background: var(--head); border-bottom: 2px solid #bcccdc; }
      tfoot th { border-top: 2px solid #bcccdc; }
      tbody tr:nth-child(even) { background: var(--zebra); }
      table.kv th { font-weight: normal; color: var(--muted); max-width: 420px; }
      .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .nw, td.id { white-space: nowrap; }
      td.id { font-weight: 600; }
      tr.absent td { color: #9aa5b1; }
      td.explain { font-size: 11.5px; color: #3e4c59; min-width: 420px; }
      table.people { width: 100%; }
      table.factors td { min-width: 120px; } table.bias td { min-width: 84px; }
      .sub { font-size: 11px; color: var(--muted); font-weight: normal; }
      .pct { font-size: 11px; color: var(--muted); }
      .bar { display: block; height: 5px; background: #e4e7eb; margin-top: 3px; border-radius: 2px; overflow: hidden; }
      .bar span { display: block; height: 5px; }
      .sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px;
        vertical-align: -1px; border: 1px solid rgba(0,0,0,0.25); }
      figure { margin: 10px 0 18px; break-inside: avoid; page-break-inside: avoid; }
      figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
      svg { max-width: 100%; height: auto; font-family: inherit; }
      .legend { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; color: var(--ink); }
      .legend svg { vertical-align: middle; }
      .lt { font-weight: 600; }
      details { margin: 8px 0; font-size: 13px; }
      td.explain details { margin: 0; font-size: 11.5px; }
      td.explain summary { cursor: pointer; }
      footer { margin-top: 36px; border-top: 1px solid var(--line); padding-top: 8px; }
      @page { size: A4; margin: 14mm; }
      @media print {
        body { max-width: none; padding: 0; font-size: 11px; }
        nav { display: none; }
        h2 { break-after: avoid; page-break-after: avoid; }
        tr, figure, .advisory { break-inside: avoid; page-break-inside: avoid; }
        td.explain { min-width: 0; }
        a { color: inherit; text-decoration: none; }
      }
      """;
}
