package org.vcanalytics.core.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vcanalytics.core.GridPoint;

/**
 * One data row of a CSV file with typed, validating accessors. Every accessor either returns a value
 * or throws {@link Rejected} naming the column, the value and the reason.
 */
final class Row {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d{1,9}(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** A row that cannot be accepted. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    final String column;
    final String value;

    Rejected(String column, String value, String reason) {
      super(reason, null, false, false);
      this.column = column;
      this.value = value;
    }
  }

  private final Map<String, Integer> columns;
  private final String[] fields;
  private final Map<String, LocalDate> dates;

  /**
   * @param columns column name to field index
   * @param fields the row's fields
   * @param dates parsed dates by text, shared by all rows of a load: millions of rows share a few
   *     thousand days, so each day is parsed and held once
   */
  Row(Map<String, Integer> columns, String[] fields, Map<String, LocalDate> dates) {
    this.columns = columns;
    this.fields = fields;
    this.dates = dates;
  }

  /** @return the stripped value, or "" when the column is absent from the file */
  String raw(String column) {
    Integer i = columns.get(column);
    return i == null ? "" : fields[i].strip();
  }

  String required(String column) throws Rejected {
    String v = raw(column);
    if (v.isEmpty()) {
      throw new Rejected(column, v, "a value is required");
    }
    return v;
  }

  Optional<String> optional(String column) {
    String v = raw(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  LocalDate requiredDate(String column) throws Rejected {
    return date(column, required(column));
  }

  Optional<LocalDate> optionalDate(String column) throws Rejected {
    String v = raw(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(date(column, v));
  }

  private LocalDate date(String column, String v) throws Rejected {
    LocalDate known = dates.get(v);
    if (known != null) {
      return known;
    }
    LocalDate d = parseDate(column, v);
    dates.put(v, d);
    return d;
  }

  private static LocalDate parseDate(String column, String v) throws Rejected {
    if (!DATE_SHAPE.matcher(v).matches()) {
      throw new Rejected(column, v, "not a date in YYYY-MM-DD form");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v, ISO);
    } catch (DateTimeParseException e) {
      throw new Rejected(column, v, "impossible date: no such day in the calendar");
    }
    if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
      throw new Rejected(column, v, "implausible date: outside 1900-01-01 to 2100-12-31");
    }
    return d;
  }

  /**
   * A Y/N flag: {@code Y}/{@code N}, {@code true}/{@code false}, {@code 1}/{@code 0}, {@code
   * yes}/{@code no}, any case; blank is "not recorded".
   */
  Optional<Boolean> flag(String column) throws Rejected {
    String v = raw(column);
    switch (v.toUpperCase(Locale.ROOT)) {
      case "":
        return Optional.empty();
      case "Y":
      case "YES":
      case "TRUE":
      case "1":
        return Optional.of(Boolean.TRUE);
      case "N":
      case "NO":
      case "FALSE":
      case "0":
        return Optional.of(Boolean.FALSE);
      default:
        throw new Rejected(column, v, "not a flag: expected Y or N (or true/false, 1/0), or blank");
    }
  }

  /** An enum value, matched ignoring case, with spaces and hyphens read as underscores. */
  <E extends Enum<E>> Optional<E> optionalEnum(String column, Class<E> type) throws Rejected {
    String v = raw(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String key = v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return Optional.of(e);
      }
    }
    StringBuilder expected = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      expected.append(expected.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new Rejected(column, v, "unknown value; expected one of " + expected);
  }

  <E extends Enum<E>> E requiredEnum(String column, Class<E> type) throws Rejected {
    required(column);
    return optionalEnum(column, type).orElseThrow();
  }

  /** A National Grid point from two columns, both given or both blank. */
  Optional<GridPoint> point(String eastingColumn, String northingColumn) throws Rejected {
    String e = raw(eastingColumn);
    String n = raw(northingColumn);
    if (e.isEmpty() && n.isEmpty()) {
      return Optional.empty();
    }
    if (e.isEmpty()) {
      throw new Rejected(eastingColumn, e, "blank while " + northingColumn + " is given");
    }
    if (n.isEmpty()) {
      throw new Rejected(northingColumn, n, "blank while " + eastingColumn + " is given");
    }
    double x = metres(eastingColumn, e);
    double y = metres(northingColumn, n);
    if (x < GridPoint.MIN_EASTING || x > GridPoint.MAX_EASTING) {
      throw new Rejected(
          eastingColumn, e, "outside Great Britain: a National Grid easting is 0 to 700000 metres");
    }
    if (y < GridPoint.MIN_NORTHING || y > GridPoint.MAX_NORTHING) {
      throw new Rejected(
          northingColumn, n, "outside Great Britain: a National Grid northing is 0 to 1300000 metres");
    }
    return Optional.of(GridPoint.of(x, y));
  }

  private static double metres(String column, String v) throws Rejected {
    if (!DECIMAL.matcher(v).matches()) {
      throw new Rejected(column, v, "not a number of metres (write it with a dot, e.g. 407123.5)");
    }
    return Double.parseDouble(v);
  }
}
