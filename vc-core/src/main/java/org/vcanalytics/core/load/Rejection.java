package org.vcanalytics.core.load;

/**
 * One input row that was not accepted, and why.
 *
 * @param file the input file's name, e.g. {@code crimes.csv}
 * @param line the 1-based line where the row starts, counting the header as line 1
 * @param column the column at fault (lower case as in the data contract), or {@code (row)} when the
 *     row as a whole is at fault
 * @param value the offending value as read (long values are shortened, saying their length)
 * @param reason what is wrong, in words a data owner can act on
 */
public record Rejection(String file, long line, String column, String value, String reason) {

  /** The column name used when the row as a whole is at fault. */
  public static final String WHOLE_ROW = "(row)";

  @Override
  public String toString() {
    return file + " line " + line + ", column " + column + ", value '" + value + "': " + reason;
  }
}
