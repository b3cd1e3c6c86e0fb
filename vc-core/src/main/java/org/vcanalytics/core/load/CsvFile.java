package org.vcanalytics.core.load;

import java.util.List;

/**
 * One CSV file of the data contract as the loader reads it: its name, its columns (an enum, each
 * name written once), what its absence means for the analysis, and how one row becomes a record.
 * One implementation per file, in contract order in {@link PackageReader}.
 */
interface CsvFile {

  /** @return the file's name, e.g. {@code crimes.csv} */
  String name();

  /** @return the file's columns, in contract order */
  List<? extends Column> columns();

  /**
   * @return the files whose ids this file's rows name, read before it (each is earlier in contract
   *     order); the files that name none are read side by side
   */
  default List<String> needs() {
    return List.of();
  }

  /** @return what the analysis cannot do when the file is absent, for the warning */
  String absentMeaning();

  /**
   * Reads one row: adds its record to the data set (or holds it for {@link #finish()}), or throws.
   *
   * @param row the row
   * @param line the line it starts on
   * @throws Row.Rejected when the row cannot be accepted
   */
  void read(Row row, long line) throws Row.Rejected;

  /**
   * Notes a rejected row of the right shape, so that a later file naming its id is told the row was
   * rejected rather than absent. Called whatever rejected it: a field of its own, or an over-long
   * field.
   *
   * @param row the row
   * @param line the line it starts on
   */
  default void rejected(Row row, long line) {}

  /**
   * The checks that need the whole file (duplicates among rows held back by {@link #read}); adds
   * the rows that pass.
   *
   * @return the rows rejected by them, in any order
   */
  default List<Rejection> finish() {
    return List.of();
  }
}
