package org.vcanalytics.examples.share;

import org.vcanalytics.examples.output.BiasTables;
import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.report.Report;
import org.vcanalytics.examples.pipeline.Bias;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.vcanalytics.core.Link;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.network.Pseudonymiser;

/**
 * The {@code share/} folder of {@code vc analyse --share-key}: outputs fit for partners outside the
 * force (docs/sharing.md). Writes; the disclosure control is {@link HotspotDisclosure}'s.
 */
public final class SharedOutputs {
  private SharedOutputs() {}

  /** How a withheld value is written (as ONS writes confidential cells). */
  public static final String SUPPRESSED = "[c]";

  /** The columns of {@code share/hotspots.csv}. */
  static final List<String> HOTSPOT_COLUMNS =
      List.of("level", "area_id", "period", "typology", "vc_events", "harm", "offenders", "victims", "rate_per_1000");

  /**
   * Writes the outputs fit for sharing outside the force into a folder: {@code hotspots.csv} with
   * primary and secondary suppression, {@code links.csv} and {@code network.graphml} with keyed
   * pseudonyms and link attributes only, and {@code README.txt}. No person-level table.
   *
   * @param r the result
   * @param out the folder
   * @param pseudonyms the keyed pseudonymiser
   * @param options the disclosure-control options
   * @return the files written
   */
  public static List<Path> write(PipelineResult r, Path out, Pseudonymiser pseudonyms, ShareOptions options) {
    return write(r, out, pseudonyms, options, true);
  }

  /** As {@link #write(PipelineResult, Path, Pseudonymiser, ShareOptions)}; {@code secondary} false only in tests. */
  static List<Path> write(PipelineResult r, Path out, Pseudonymiser pseudonyms, ShareOptions options, boolean secondary) {
    HotspotDisclosure.Outcome protectedTable = HotspotDisclosure.protect(r, options, secondary);
    try {
      OutputFiles.folder(out);
      List<Path> files = new ArrayList<>();
      List<List<String>> hotspots = hotspotRows(protectedTable, options);
      files.add(OutputFiles.csv(out.resolve("hotspots.csv"), HOTSPOT_COLUMNS, hotspots));
      List<List<String>> links = links(r, pseudonyms);
      files.add(OutputFiles.csv(out.resolve("links.csv"), List.of("person_a", "person_b", "weight", "crime_evidence", "intel_evidence"), links));
      files.add(OutputFiles.write(out.resolve("network.graphml"), w -> w.write(graphml(links))));
      Bias bias = r.bias();
      List<List<String>> biasRows = biasRows(bias, BiasDisclosure.protect(bias, options), options);
      files.add(OutputFiles.csv(out.resolve("bias.csv"), BiasTables.HEADER, biasRows));
      // The shared dashboard: these same protected rows, and nothing about any person.
      files.add(Report.writeShared(r, hotspots, biasRows, SUPPRESSED, dashboardNote(options), out.resolve("report.html")));
      files.add(OutputFiles.text(out.resolve("README.txt"), readme(r, options)));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of share/hotspots.csv. Fail safe: if the audit could not prove some withheld cell safe,
   * every value is withheld. When counts are rounded, harm is withheld too: CSS weights are public,
   * so an exact harm beside a rounded count would give the exact count back.
   */
  private static List<List<String>> hotspotRows(HotspotDisclosure.Outcome table, ShareOptions o) {
    boolean failSafe = !table.counts().unprotected().isEmpty();
    List<List<String>> rows = new ArrayList<>();
    for (HotspotDisclosure.Shared s : table.rows()) {
      AreaFigures f = s.figure();
      boolean hidden = failSafe || s.suppressed();
      long shown = o.round(f.vcEvents());
      String rate = "";
      if (hidden) {
        rate = SUPPRESSED;
      } else if (f.population().isPresent() && f.population().getAsLong() > 0) {
        rate = OutputFiles.fixed4(shown * 1000.0 / f.population().getAsLong()); // from the count as shown
      }
      rows.add(
          List.of(
              f.level(), f.areaId(), f.period().label(), f.typology(),
              hidden ? SUPPRESSED : Long.toString(shown),
              hidden || o.roundTo() > 1 ? SUPPRESSED : OutputFiles.fixed4(f.harm()),
              !failSafe && s.offendersShown() ? Long.toString(o.round(f.offenders())) : SUPPRESSED,
              !failSafe && s.victimsShown() ? Long.toString(o.round(f.victims())) : SUPPRESSED,
              rate));
    }
    return rows;
  }

  /**
   * share/bias.csv: bias.csv's rows with every withheld count, and the shares and data counts worked
   * from it, written {@value #SUPPRESSED}; counts rounded as the options say, shares worked from the
   * counts as shown. If the audit left any cell unprotected, every count is withheld.
   */
  private static List<List<String>> biasRows(Bias bias, CellSuppression.Result s, ShareOptions o) {
    boolean failSafe = !s.unprotected().isEmpty();
    List<List<String>> rows = new ArrayList<>();
    for (Bias.Row x : bias.rows()) {
      boolean hidden = failSafe || s.isSuppressed(BiasDisclosure.key(x.dimension(), x.value(), x.category()));
      boolean hiddenInData = failSafe || s.isSuppressed(BiasDisclosure.key(x.dimension(), x.value(), Bias.ALL));
      long people = o.round(x.people());
      long total = o.round(x.categoryTotal());
      long inData = o.round(x.peopleInData());
      long dataTotal = o.round(x.dataTotal());
      rows.add(
          List.of(
              x.dimension(), x.value(), x.category(),
              hidden ? SUPPRESSED : Long.toString(people),
              hidden ? SUPPRESSED : total == 0 ? "" : OutputFiles.fixed4((double) people / total),
              hiddenInData ? SUPPRESSED : Long.toString(inData),
              hiddenInData ? SUPPRESSED : dataTotal == 0 ? "" : OutputFiles.fixed4((double) inData / dataTotal),
              failSafe ? SUPPRESSED : Long.toString(total),
              failSafe ? SUPPRESSED : Long.toString(dataTotal)));
    }
    return rows;
  }

  /** The links, pseudonymised, each pair once with a &lt; b, sorted by pseudonym. */
  private static List<List<String>> links(PipelineResult r, Pseudonymiser pseudonyms) {
    List<List<String>> links = new ArrayList<>();
    for (Link l : r.network().links()) {
      String a = pseudonyms.pseudonym(l.personA());
      String b = pseudonyms.pseudonym(l.personB());
      links.add(
          List.of(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a, OutputFiles.fixed4(l.weight()),
              Long.toString(l.crimeEvidence()), Long.toString(l.intelEvidence())));
    }
    links.sort(Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1)));
    return links;
  }

  /**
   * The links as GraphML: nodes are the pseudonyms that have a link, in pseudonym order (so that the
   * order does not betray the order of the real ids), with no attribute; links carry weight and
   * evidence counts only.
   */
  static String graphml(List<List<String>> links) {
    TreeSet<String> nodes = new TreeSet<>();
    links.forEach(l -> {
      nodes.add(l.get(0));
      nodes.add(l.get(1));
    });
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        .append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
        .append("  <key id=\"crime_evidence\" for=\"edge\" attr.name=\"crime_evidence\" attr.type=\"long\"/>\n")
        .append("  <key id=\"intel_evidence\" for=\"edge\" attr.name=\"intel_evidence\" attr.type=\"long\"/>\n")
        .append("  <graph edgedefault=\"undirected\">\n");
    for (String n : nodes) {
      s.append("    <node id=\"").append(xml(n)).append("\"/>\n");
    }
    for (List<String> l : links) {
      s.append("    <edge source=\"").append(xml(l.get(0))).append("\" target=\"").append(xml(l.get(1))).append("\">")
          .append("<data key=\"weight\">").append(l.get(2)).append("</data>")
          .append("<data key=\"crime_evidence\">").append(l.get(3)).append("</data>")
          .append("<data key=\"intel_evidence\">").append(l.get(4)).append("</data></edge>\n");
    }
    return s.append("  </graph>\n</graphml>\n").toString();
  }

  private static String xml(String v) {
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The suppression rules in words, for the shared dashboard's first screen. */
  static String dashboardNote(ShareOptions o) {
    return "Figures for sharing outside the force: aggregate counts only, with no person, no network and no"
        + " person id. A count below " + o.suppressBelow() + " is suppressed, as is a cell whose harm comes for"
        + " more than " + Math.round(o.dominance() * 100) + "% from one crime, and further cells so that no"
        + " suppressed count can be worked out from the others. Harm and rate are suppressed with the count."
        + (o.roundTo() == 1 ? "" : " Counts are rounded to the nearest " + o.roundTo() + " and harm is withheld.")
        + " There is no share of the force and no rank.";
  }

  static String readme(PipelineResult r, ShareOptions o) {
    return "Outputs for sharing outside the force, as of " + r.asOf() + ".\n"
        + "Person ids are keyed pseudonyms (HMAC-SHA-256); the key is not here and must not travel with these files.\n"
        + "There is no person-level table. links.csv and network.graphml hold the links between pseudonyms and\n"
        + "nothing about each person (no category, harm, typology or proximity).\n"
        + "hotspots.csv: " + SUPPRESSED + " marks a value withheld. A count below " + o.suppressBelow()
        + " is withheld (primary suppression),\n"
        + "as is a cell whose harm comes for more than " + Math.round(o.dominance() * 100)
        + "% from one crime (dominance rule); further cells are withheld\n"
        + "(secondary suppression) so that no withheld count can be worked out from the months, quarters, years and\n"
        + "financial years, the areas of a level, or the typologies. Harm and rate are withheld with the count;\n"
        + "offenders and victims (distinct people) are shown only when the count is, and are at least " + o.suppressBelow() + ".\n"
        + (o.roundTo() == 1 ? "" : "Counts are rounded to the nearest " + o.roundTo() + "; rates are worked from the rounded counts,\n"
            + "and harm is withheld (an exact harm would give the exact count back).\n")
        + "There is no share of the force and no rank: both would let totals be worked back.\n"
        + "bias.csv: each category by sex and by age band, as in the force's bias.csv, with the same rules: a count\n"
        + "from 1 to " + (o.suppressBelow() - 1) + " is withheld, and further counts so that none can be worked out from the category\n"
        + "totals or from everyone in the data; a share is withheld with its count.\n"
        + "These figures augment, and never replace, professional judgement.\n";
  }
}
