package org.vcanalytics.core.load;

/**
 * What happened to one input file.
 *
 * @param file the file's name, e.g. {@code crimes.csv}
 * @param present whether the package had it
 * @param rowsRead data rows read (the header and blank lines are not rows)
 * @param accepted rows accepted into the data set, with or without dropped values
 * @param rejected rows rejected; {@code accepted + rejected == rowsRead} always
 * @param valuesDropped bad optional values of accepted rows, each treated as not recorded (a
 *     point's easting and northing, dropped together, count once)
 */
public record FileReport(
    String file, boolean present, long rowsRead, long accepted, long rejected, long valuesDropped) {

  /** Checks the counts reconcile. */
  public FileReport {
    if (accepted + rejected != rowsRead) {
      throw new IllegalStateException(
          file + ": " + accepted + " accepted + " + rejected + " rejected != " + rowsRead + " read");
    }
    if (valuesDropped < 0) {
      throw new IllegalStateException(file + ": " + valuesDropped + " values dropped");
    }
  }

  /**
   * A report with no value dropped (the form before values could be dropped).
   *
   * @param file the file's name
   * @param present whether the package had it
   * @param rowsRead data rows read
   * @param accepted rows accepted
   * @param rejected rows rejected
   */
  public FileReport(String file, boolean present, long rowsRead, long accepted, long rejected) {
    this(file, present, rowsRead, accepted, rejected, 0);
  }
}
