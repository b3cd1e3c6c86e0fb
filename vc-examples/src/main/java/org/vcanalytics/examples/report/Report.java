package org.vcanalytics.examples.report;

import org.vcanalytics.examples.pipeline.ReportOptions;

import java.nio.file.Path;
import java.util.List;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;

/**
 * The dashboard of {@code vc analyse}, {@code report.html}: one self-contained file an analyst opens
 * in a browser, offline. Its screens: the first screen (the advisory, the definition, the input, the
 * caveats and the way to every screen); hotspots over ten years (a map of any level and the grid, by
 * typology, period type and period, with each area's panel); violent crime events; people (search a
 * person: category, explanation, harm, factors, ego network); networks; contributing factors and
 * bias. docs/report.md explains every screen.
 *
 * <p>The file fetches nothing. The same result gives the same bytes (no time stamp; the network
 * pictures start from fixed positions).
 *
 * <pre>{@code
 * Report.write(result, out.resolve("report.html"));
 * }</pre>
 */
public final class Report {
  private Report() {}

  /** The advisory, in words; the dashboard begins with it. */
  public static final String ADVISORY =
      "These figures describe recorded police data as of the date of this report. They augment, and"
          + " never replace, professional judgement, and they predict nothing: a person's category"
          + " or an area's rank says what the records show about the past, not what anyone will do."
          + " Police data sees only part of people's lives, and what is not recorded is unknown, not"
          + " absent. Person-level content is sensitive: for authorised use only, under your"
          + " force's information-sharing rules; do not share it further.";

  /**
   * Writes the force-internal dashboard with the default limits (creating the folder if needed).
   *
   * @param r the pipeline's result
   * @param file the file to write, e.g. {@code out/report.html}
   * @return the file
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public static Path write(PipelineResult r, Path file) {
    return write(r, r.options().report(), file);
  }

  /**
   * Writes the force-internal dashboard.
   *
   * @param r the pipeline's result
   * @param options how many people and events it holds
   * @param file the file to write
   * @return the file
   */
  public static Path write(PipelineResult r, ReportOptions options, Path file) {
    Dashboard.write(r, options, null, file);
    return file;
  }

  /**
   * The force-internal dashboard as text.
   *
   * @param r the pipeline's result
   * @return the HTML document
   */
  public static String html(PipelineResult r) {
    return Dashboard.html(r, r.options().report(), null);
  }

  /**
   * Writes the dashboard of share/: aggregate figures only, as suppressed for sharing — no events,
   * no people, no network and no person id.
   *
   * @param r the pipeline's result (for the as-of date, the areas and their shapes)
   * @param hotspotRows share/hotspots.csv's rows: level, area_id, period, typology, vc_events, harm,
   *     offenders, victims, rate_per_1000, with {@code suppressed} where a value is withheld
   * @param biasRows share/bias.csv's rows, in the columns of bias.csv
   * @param suppressed the text that marks a withheld value, e.g. {@code [c]}
   * @param note what the suppression rules are, in words, for the first screen
   * @param file the file to write
   * @return the file
   */
  public static Path writeShared(
      PipelineResult r, List<List<String>> hotspotRows, List<List<String>> biasRows, String suppressed,
      String note, Path file) {
    Dashboard.write(r, r.options().report(), Dashboard.shared(hotspotRows, biasRows, suppressed, note), file);
    return file;
  }
}
