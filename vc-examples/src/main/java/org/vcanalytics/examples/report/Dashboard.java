package org.vcanalytics.examples.report;

import org.vcanalytics.examples.pipeline.ReportOptions;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;

/**
 * Writes the dashboard, {@code report.html}: one self-contained file that works offline from disk.
 * It is assembled from resource files — the template {@code dashboard.html}, {@code dashboard.css},
 * the JavaScript files and Apache ECharts (copied from its WebJar at build time) — and the data as
 * JSON (see {@link DashboardJson}: no value can close its script element). The page puts every data
 * value in as text, never as HTML.
 */
final class Dashboard {
  private Dashboard() {}

  /**
   * The JavaScript files, joined in this order into one script: the first opens the one function
   * they share and the last closes it, so no file runs on its own.
   */
  static final List<String> SCRIPTS = List.of(
      "dashboard-util.js", "dashboard-home.js", "dashboard-map.js", "dashboard-area.js", "dashboard-events.js",
      "dashboard-people.js", "dashboard-tables.js", "dashboard-main.js");
  static final String ECHARTS = "echarts.min.js";

  static String title(PipelineResult r, boolean shared) {
    return (shared ? "Violent crime figures for sharing, as of " : "Violent crime analysis as of ") + r.asOf();
  }

  /** The caveats of the first screen, one paragraph each. */
  static List<String> caveats(PipelineResult r, boolean shared) {
    List<String> c = new ArrayList<>();
    if (org.vcanalytics.examples.policeuk.PoliceUkRules.isPoliceUk(r.options().definition())) {
      c.addAll(org.vcanalytics.examples.policeuk.PoliceUkRules.caveats()); // the run came from police.uk
    }
    c.add("Counts are of recorded crime: changes in recording, reporting and proactive policing move them as"
        + " much as changes in violence do.");
    if (!r.asOf().equals(r.asOf().withDayOfYear(r.asOf().lengthOfYear()))) {
      c.add("The period holding the as-of date (" + r.asOf() + ") is incomplete: compare it with earlier"
          + " periods with care.");
    }
    c.add("Map figures are counts, not rates, unless 'rate per 1,000' is chosen (only where the area file"
        + " gives a population): busy centres have more residents and visitors.");
    c.add("Crimes with no location, or outside every area, are UNASSIGNED: counted in the tables, not drawn.");
    if (shared) {
      c.add("Small counts are suppressed (and others with them, so they cannot be worked back): a"
          + " suppressed value is shown as 'suppressed', never as zero.");
    } else {
      c.add("Person-level content is sensitive: for authorised use only. A category describes what the"
          + " records show, not what anyone will do.");
    }
    return c;
  }

  /** The definition of violent crime in words. */
  static String definitionWords(VcDefinition d) {
    String base = d.name().replace(" (modified)", "");
    if (base.equals(org.vcanalytics.examples.policeuk.PoliceUkRules.DEFINITION_NAME)) {
      return "The police.uk crime types 'Violence and sexual offences' and 'Robbery' (police.uk gives no Home"
          + " Office offence codes).";
    }
    String words = switch (base) {
      case "PHYSICAL_VIOLENCE" -> "physical violence — homicide, attempted murder, threats to kill, violence with"
          + " and without injury, kidnapping and robbery";
      case "PHYSICAL_AND_SEXUAL" -> "physical violence, and rape and sexual assault";
      case "VIOLENCE_AGAINST_THE_PERSON" -> "the Home Office group violence against the person";
      default -> "a definition of the force's own";
    };
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + d.codes().size() + " Home Office offence codes"
        + (d.titles().isEmpty() ? "" : ", and " + d.titles().size() + " offence titles") + ").";
  }

  static void write(PipelineResult r, ReportOptions o, DashboardData.Shared shared, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        OutputFiles.folder(parent);
      }
      OutputFiles.write(file, w -> write(r, o, shared, w)); // owner-only, replaced whole or not at all
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(PipelineResult r, ReportOptions o, DashboardData.Shared shared) {
    StringWriter w = new StringWriter(1 << 20);
    try {
      write(r, o, shared, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void write(PipelineResult r, ReportOptions o, DashboardData.Shared shared, Writer w)
      throws IOException {
    String template = resource("dashboard.html");
    String[] tokens = {"{{TITLE}}", "{{CSS}}", "{{ECHARTS}}", "{{DATA}}", "{{JS}}"};
    int at = 0;
    for (String token : tokens) {
      int i = template.indexOf(token, at);
      if (i < 0) {
        throw new IllegalStateException("dashboard.html has no " + token + " after position " + at);
      }
      w.write(template, at, i - at);
      switch (token) {
        case "{{TITLE}}" -> w.write(esc(title(r, shared != null)));
        case "{{CSS}}" -> w.write(resource("dashboard.css"));
        case "{{ECHARTS}}" -> w.write(resource(ECHARTS));
        case "{{DATA}}" -> {
          w.flush();
          JsonGenerator g = DashboardJson.generator(w);
          DashboardData.write(g, r, o, shared);
          g.flush();
        }
        default -> {
          for (String s : SCRIPTS) {
            w.write(resource(s));
            w.write('\n');
          }
        }
      }
      at = i + token.length();
    }
    w.write(template, at, template.length() - at);
  }

  /** Text for HTML element content: {@code & < > " '} as entities. */
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
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** share/hotspots.csv's rows as figures: a withheld value is null; no share or rank (they would tell). */
  static DashboardData.Shared shared(
      List<List<String>> hotspotRows, List<List<String>> biasRows, String suppressed, String note) {
    List<DashboardAreas.Figure> figures = new ArrayList<>(hotspotRows.size());
    for (List<String> x : hotspotRows) {
      figures.add(new DashboardAreas.Figure(x.get(0), x.get(1), org.vcanalytics.geo.Period.parse(x.get(2)), x.get(3),
          count(x.get(4), suppressed), number(x.get(5), suppressed), count(x.get(6), suppressed),
          count(x.get(7), suppressed), number(x.get(8), suppressed), null, null));
    }
    return new DashboardData.Shared(figures, biasRows, note);
  }

  private static Long count(String v, String suppressed) {
    return v.isEmpty() || v.equals(suppressed) ? null : Long.valueOf(v);
  }

  private static String number(String v, String suppressed) {
    return v.isEmpty() || v.equals(suppressed) ? null : v;
  }

  static String resource(String name) {
    try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the vc-examples jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
