package org.vcanalytics.core.load;

import java.util.List;

/**
 * The account of a load: per-file counts, every rejected row and every dropped value with its
 * reason, and warnings (absent optional files, ignored columns, empty files). Nothing is dropped
 * without appearing here.
 *
 * @param files one report per file of the data contract, in contract order
 * @param rejections every rejected row and every dropped value ({@link Rejection#action()} tells
 *     which), in file order then line order
 * @param warnings things the data owner should know that rejected no row, in the order met
 */
public record LoadReport(List<FileReport> files, List<Rejection> rejections, List<String> warnings) {

  /** Copies the lists. */
  public LoadReport {
    files = List.copyOf(files);
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** @return the number of rows rejected across all files (dropped values not counted) */
  public long rejectedCount() {
    return rejections.stream().filter(Rejection::rowRejected).count();
  }

  /** @return the number of values dropped across all files, their rows accepted */
  public long droppedCount() {
    return rejections.size() - rejectedCount();
  }

  /** @return true when any row was rejected (a dropped value alone does not count) */
  public boolean hasRejections() {
    return rejections.stream().anyMatch(Rejection::rowRejected);
  }

  /** @return true when any value was dropped */
  public boolean hasDroppedValues() {
    return rejections.stream().anyMatch(r -> !r.rowRejected());
  }

  /** @return the rejected rows only, in file order then line order */
  public List<Rejection> rejectedRows() {
    return rejections.stream().filter(Rejection::rowRejected).toList();
  }

  /** @return the dropped values only, in file order then line order */
  public List<Rejection> droppedValues() {
    return rejections.stream().filter(r -> !r.rowRejected()).toList();
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
