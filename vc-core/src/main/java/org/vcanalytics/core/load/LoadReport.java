package org.vcanalytics.core.load;

import java.util.List;

/**
 * The account of a load: per-file counts, every rejected row with its reason, and warnings (absent
 * optional files, ignored columns, empty files). Nothing is dropped without appearing here.
 *
 * @param files one report per file of the data contract, in contract order
 * @param rejections every rejected row, in file order then line order
 * @param warnings things the data owner should know that rejected no row, in the order met
 */
public record LoadReport(List<FileReport> files, List<Rejection> rejections, List<String> warnings) {

  /** Copies the lists. */
  public LoadReport {
    files = List.copyOf(files);
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** @return the number of rows rejected across all files */
  public long rejectedCount() {
    return rejections.size();
  }

  /** @return true when any row was rejected */
  public boolean hasRejections() {
    return !rejections.isEmpty();
  }

  /**
   * The report of one file.
   *
   * @param file a file name such as {@code crimes.csv}
   * @return its report
   * @throws IllegalArgumentException for a name outside the data contract
   */
  public FileReport file(String file) {
    return files.stream()
        .filter(f -> f.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no file " + file + " in the data contract"));
  }
}
