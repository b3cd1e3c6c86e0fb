package org.vcanalytics.core.load;

/**
 * What happened to one input file.
 *
 * @param file the file's name, e.g. {@code crimes.csv}
 * @param present whether the package had it
 * @param rowsRead data rows read (the header and blank lines are not rows)
 * @param accepted rows accepted into the data set
 * @param rejected rows rejected; {@code accepted + rejected == rowsRead} always
 */
public record FileReport(String file, boolean present, long rowsRead, long accepted, long rejected) {

  /** Checks the counts reconcile. */
  public FileReport {
    if (accepted + rejected != rowsRead) {
      throw new IllegalStateException(
          file + ": " + accepted + " accepted + " + rejected + " rejected != " + rowsRead + " read");
    }
  }
}
