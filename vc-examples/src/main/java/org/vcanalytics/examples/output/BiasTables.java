package org.vcanalytics.examples.output;

import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.pipeline.Bias;
import org.vcanalytics.examples.pipeline.BiasAreas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;

/**
 * bias.csv: who is in each category by sex and age band, beside who is in the data; bias-areas.csv:
 * where they live, per 1,000 residents. Writes what {@link Bias} and {@link BiasAreas} computed;
 * computes nothing. See {@code docs/bias.md}.
 */
public final class BiasTables {
  private BiasTables() {}

  /** The columns of bias.csv: the seven asked for, then the two denominators of the shares. */
  public static final List<String> HEADER =
      List.of("dimension", "value", "category", "people", "share_of_category", "people_in_data", "share_of_data",
          "category_total", "data_total");

  /** The columns of bias-areas.csv. */
  public static final List<String> AREAS_HEADER =
      List.of("level", "area_id", "population", "high_harm", "high_harm_per_1000", "involved", "involved_per_1000",
          "connected", "connected_per_1000", "all", "all_per_1000");

  /** Writes bias.csv of a result. */
  public static Path write(PipelineResult r, Path file) throws IOException {
    return write(r.bias(), file);
  }

  /**
   * Writes bias.csv: a row per {@link Bias.Row}, in its order; a share of an empty category (or of
   * empty data) is blank.
   */
  public static Path write(Bias bias, Path file) throws IOException {
    return OutputFiles.csv(file, HEADER, rows(bias));
  }

  /**
   * The rows of bias.csv, as written.
   *
   * @param bias the bias review
   * @return one row per {@link Bias.Row}, in the columns of {@link #HEADER}
   */
  public static List<List<String>> rows(Bias bias) {
    List<List<String>> rows = new ArrayList<>();
    for (Bias.Row x : bias.rows()) {
      rows.add(List.of(x.dimension(), x.value(), x.category(), Long.toString(x.people()), share(x.shareOfCategory()),
          Long.toString(x.peopleInData()), share(x.shareOfData()), Long.toString(x.categoryTotal()),
          Long.toString(x.dataTotal())));
    }
    return rows;
  }

  /** Writes bias-areas.csv of a result. */
  public static Path writeAreas(PipelineResult r, Path file) throws IOException {
    return writeAreas(BiasAreas.of(r), file);
  }

  /** Writes bias-areas.csv: a row per {@link BiasAreas.Row}; a rate without a population is blank. */
  public static Path writeAreas(BiasAreas areas, Path file) throws IOException {
    return OutputFiles.csv(file, AREAS_HEADER, areaRows(areas));
  }

  /**
   * The rows of bias-areas.csv, as written.
   *
   * @param areas the per-area review
   * @return one row per {@link BiasAreas.Row}, in the columns of {@link #AREAS_HEADER}
   */
  public static List<List<String>> areaRows(BiasAreas areas) {
    List<List<String>> rows = new ArrayList<>();
    for (BiasAreas.Row x : areas.rows()) {
      List<String> row = new ArrayList<>(List.of(x.level(), x.areaId(),
          x.population().isPresent() ? Long.toString(x.population().getAsLong()) : ""));
      for (String c : Bias.CATEGORIES) {
        row.add(Long.toString(x.people(c)));
        row.add(share(x.per1000(c)));
      }
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  private static String share(OptionalDouble v) {
    return v.isPresent() ? OutputFiles.fixed4(v.getAsDouble()) : "";
  }
}
