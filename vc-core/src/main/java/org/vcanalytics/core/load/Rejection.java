package org.vcanalytics.core.load;

import java.util.Objects;

/**
 * One problem of the input, where it is and what the load did about it: the whole row rejected, or
 * one bad optional value dropped (treated as not recorded) and its row kept.
 *
 * @param file the input file's name, e.g. {@code crimes.csv}
 * @param line the 1-based line where the row starts, counting the header as line 1
 * @param column the column at fault (lower case as in the data contract), or {@code (row)} when the
 *     row as a whole is at fault
 * @param value the offending value as read (long values are shortened, saying their length;
 *     control characters are shown escaped, as <code>&#92;u001B</code>)
 * @param reason what is wrong, in words a data owner can act on
 * @param action what the load did: {@link Action#ROW_REJECTED} or {@link Action#VALUE_DROPPED}
 */
public record Rejection(
    String file, long line, String column, String value, String reason, Action action) {

  /** The column name used when the row as a whole is at fault. */
  public static final String WHOLE_ROW = "(row)";

  /** What the load did about a problem. */
  public enum Action {
    /** The row was not accepted: a field it cannot do without is missing or bad. */
    ROW_REJECTED("row rejected"),
    /** The value was treated as not recorded; the row was accepted without it. */
    VALUE_DROPPED("value dropped");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    /** @return {@code row rejected} or {@code value dropped}, as the report writes it */
    public String label() {
      return label;
    }
  }

  /** Checks the action is given. */
  public Rejection {
    Objects.requireNonNull(action, "action");
  }

  /**
   * A rejected row (the form of the report before values could be dropped).
   *
   * @param file the input file's name
   * @param line the line where the row starts
   * @param column the column at fault, or {@link #WHOLE_ROW}
   * @param value the offending value as read
   * @param reason what is wrong
   */
  public Rejection(String file, long line, String column, String value, String reason) {
    this(file, line, column, value, reason, Action.ROW_REJECTED);
  }

  /**
   * A dropped value: the row was accepted without it.
   *
   * @param file the input file's name
   * @param line the line where the row starts
   * @param column the column of the value
   * @param value the value as read
   * @param reason what is wrong with it
   * @return the entry
   */
  public static Rejection valueDropped(
      String file, long line, String column, String value, String reason) {
    return new Rejection(file, line, column, value, reason, Action.VALUE_DROPPED);
  }

  /** @return whether the whole row was rejected (not just a value dropped) */
  public boolean rowRejected() {
    return action == Action.ROW_REJECTED;
  }

  /**
   * @return e.g. {@code people.csv line 5, column sex, value 'X': unknown value; expected one of F,
   *     M, U [value dropped]}
   */
  @Override
  public String toString() {
    return file + " line " + line + ", column " + column + ", value '" + value + "': " + reason
        + " [" + action.label() + "]";
  }
}
