package org.vcanalytics.core.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vcanalytics.core.GridPoint;

/**
 * One data row of a CSV file with typed, validating accessors, in two kinds:
 *
 * <ul>
 *   <li>a <em>required</em> accessor ({@link #id}, {@link #date}, {@link #requiredEnum}, ...)
 *       returns the value or throws {@link Rejected}: the row cannot do without it;
 *   <li>an <em>optional</em> accessor ({@link #optionalDate}, {@link #flag}, {@link #point}, ...)
 *       returns the value, or empty when it is blank or bad; a bad one is noted as {@link
 *       #dropped() dropped}, to be reported once the row is accepted.
 * </ul>
 *
 * <p>Control characters: in an id, a code, a date, a flag or a number they make the value bad; free
 * text ({@link #text}, {@link #optionalText}) has them removed ({@link SafeText#stripControls}).
 */
final class Row {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** The days a date may fall on, with what to say of one outside. */
  record DateWindow(LocalDate earliest, LocalDate latest, String tooEarly, String tooLate) {

    /** The plausibility window of every date: 1900-01-01 to 2100-12-31. */
    static final DateWindow GENERAL =
        new DateWindow(
            EARLIEST,
            LATEST,
            "implausible date: outside 1900-01-01 to 2100-12-31",
            "implausible date: outside 1900-01-01 to 2100-12-31");

    /**
     * @param asOf the as-of date of the analysis
     * @return the window of a date of birth: from 120 years before the as-of date to the as-of date
     */
    static DateWindow dateOfBirth(LocalDate asOf) {
      return new DateWindow(
          asOf.minusYears(120),
          asOf,
          "implausible date of birth: more than 120 years before the as-of date " + asOf,
          "a date of birth after the as-of date " + asOf);
    }
  }

  /** A row that cannot be accepted, or (caught by an optional accessor) a value that is dropped. */
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

  /**
   * A bad optional value, treated as not recorded.
   *
   * @param column the column (two are dropped together for a point; this is the one at fault)
   * @param value the value as read
   * @param reason what is wrong
   */
  record Dropped(String column, String value, String reason) {}

  @FunctionalInterface
  private interface Parse<T> {
    Optional<T> get() throws Rejected;
  }

  private final int[] index;
  private final String[] fields;
  private final Map<String, LocalDate> dates;
  private List<Dropped> dropped = List.of();
  private List<String> cleaned = List.of();

  /**
   * @param index the field index of each column by {@link Column#ordinal()}, -1 when absent
   * @param fields the row's fields
   * @param dates parsed dates by text, shared by all rows of a load: millions of rows share a few
   *     thousand days, so each day is parsed and held once
   */
  Row(int[] index, String[] fields, Map<String, LocalDate> dates) {
    this.index = index;
    this.fields = fields;
    this.dates = dates;
  }

  /** @return the bad optional values met so far, in the order met */
  List<Dropped> dropped() {
    return dropped;
  }

  /** @return the columns whose free text had control characters removed, in the order met */
  List<String> cleaned() {
    return cleaned;
  }

  /**
   * @return the field as read with surrounding spaces and tabs removed (control characters are
   *     kept, for {@link #id} and the other accessors to find); "" when the column is absent
   */
  String raw(Column c) {
    return trim(field(c));
  }

  /** Removes surrounding white space, but not control characters (which {@code strip()} would). */
  static String trim(String f) {
    int start = 0;
    int end = f.length();
    while (start < end && isTrimmable(f.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmable(f.charAt(end - 1))) {
      end--;
    }
    return f.substring(start, end);
  }

  private static boolean isTrimmable(char c) {
    return Character.isWhitespace(c) && !SafeText.isControl(c);
  }

  private String field(Column c) {
    int i = index[c.ordinal()];
    return i < 0 ? "" : fields[i];
  }

  /**
   * Drops a value the reader found bad (e.g. a date in the wrong order with another).
   *
   * @param c the column
   * @param reason what is wrong
   */
  void drop(Column c, String reason) {
    drop(c.label(), raw(c), reason);
  }

  private void drop(String column, String value, String reason) {
    if (dropped.isEmpty()) {
      dropped = new ArrayList<>(2);
    }
    dropped.add(new Dropped(column, value, reason));
  }

  private <T> Optional<T> orDrop(Parse<T> parse) {
    try {
      return parse.get();
    } catch (Rejected r) {
      drop(r.column, r.value, r.getMessage());
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Ids, codes and free text.

  /** A value that is not free text: stripped, and bad when it holds a control character. */
  private String plain(Column c) throws Rejected {
    String f = field(c);
    int at = SafeText.firstControl(f);
    if (at >= 0) {
      throw new Rejected(
          c.label(), trim(f), "holds a control character (" + SafeText.codeOf(f, at) + ")");
    }
    return trim(f);
  }

  /**
   * An id, a key naming another file's row, a code or a grade: required, with no control character.
   *
   * @param c the column
   * @return the stripped value
   * @throws Rejected when blank or holding a control character
   */
  String id(Column c) throws Rejected {
    String v = plain(c);
    if (v.isEmpty()) {
      throw new Rejected(c.label(), v, "a value is required");
    }
    return v;
  }

  /** An optional id (e.g. {@code school_urn}): dropped when it holds a control character. */
  Optional<String> optionalId(Column c) {
    return orDrop(() -> Optional.of(plain(c)).filter(v -> !v.isEmpty()));
  }

  /** Free text with control characters removed, noting the column when any were. */
  private String cleanText(Column c) {
    String f = field(c);
    if (SafeText.firstControl(f) < 0) {
      return trim(f);
    }
    String v = SafeText.stripControls(f).strip();
    if (!v.isEmpty()) {
      if (cleaned.isEmpty()) {
        cleaned = new ArrayList<>(1);
      }
      cleaned.add(c.label());
    }
    return v;
  }

  /** Required free text: control characters removed; rejected when nothing is left. */
  String text(Column c) throws Rejected {
    String v = cleanText(c);
    if (v.isEmpty()) {
      throw new Rejected(
          c.label(),
          raw(c),
          field(c).isBlank() ? "a value is required" : "a value is required; this one holds only control characters");
    }
    return v;
  }

  /** Optional free text: control characters removed; dropped when it held nothing else. */
  Optional<String> optionalText(Column c) {
    String v = cleanText(c);
    if (v.isEmpty()) {
      if (!field(c).isBlank()) {
        drop(c.label(), raw(c), "holds only control characters");
      }
      return Optional.empty();
    }
    return Optional.of(v);
  }

  // ---------------------------------------------------------------------------------------------
  // Dates.

  /** A required date in the general window. */
  LocalDate date(Column c) throws Rejected {
    return date(c, id(c), DateWindow.GENERAL);
  }

  /** An optional date in the general window. */
  Optional<LocalDate> optionalDate(Column c) {
    return optionalDate(c, DateWindow.GENERAL);
  }

  /** An optional date in a window of its own (a date of birth). */
  Optional<LocalDate> optionalDate(Column c, DateWindow window) {
    return orDrop(
        () -> {
          String v = plain(c);
          return v.isEmpty() ? Optional.empty() : Optional.of(date(c, v, window));
        });
  }

  private LocalDate date(Column c, String v, DateWindow window) throws Rejected {
    LocalDate d = dates.get(v);
    if (d == null) {
      d = parseDate(c.label(), v);
      // Only days in the general window are held: a hostile file could name millions of others.
      if (!d.isBefore(EARLIEST) && !d.isAfter(LATEST)) {
        dates.put(v, d);
      }
    }
    if (d.isBefore(window.earliest())) {
      throw new Rejected(c.label(), v, window.tooEarly());
    }
    if (d.isAfter(window.latest())) {
      throw new Rejected(c.label(), v, window.tooLate());
    }
    return d;
  }

  private static LocalDate parseDate(String column, String v) throws Rejected {
    if (!DATE_SHAPE.matcher(v).matches()) {
      throw new Rejected(column, v, "not a date in YYYY-MM-DD form");
    }
    try {
      return LocalDate.parse(v, ISO);
    } catch (DateTimeParseException e) {
      throw new Rejected(column, v, "impossible date: no such day in the calendar");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Flags and enumerated values.

  /**
   * An optional Y/N flag: {@code Y}/{@code N}, {@code true}/{@code false}, {@code 1}/{@code 0},
   * {@code yes}/{@code no}, any case; blank is "not recorded", anything else is dropped.
   */
  Optional<Boolean> flag(Column c) {
    return orDrop(
        () -> {
          String v = plain(c);
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
              throw new Rejected(
                  c.label(), v, "not a flag: expected Y or N (or true/false, 1/0), or blank");
          }
        });
  }

  /** An optional enum value, matched ignoring case, spaces and hyphens read as underscores. */
  <E extends Enum<E>> Optional<E> optionalEnum(Column c, Class<E> type) {
    return orDrop(() -> enumValue(c, plain(c), type));
  }

  /** A required enum value (a role). */
  <E extends Enum<E>> E requiredEnum(Column c, Class<E> type) throws Rejected {
    return enumValue(c, id(c), type).orElseThrow();
  }

  /** Each enum type's constants, shared. */
  private static final ClassValue<Object[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  private static <E extends Enum<E>> Optional<E> enumValue(Column c, String v, Class<E> type)
      throws Rejected {
    if (v.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    E[] constants = (E[]) CONSTANTS.get(type); // getEnumConstants copies the array on every call
    for (E e : constants) {
      if (e.name().equals(v)) { // as written in the contract: no new text
        return Optional.of(e);
      }
    }
    String key = v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : constants) {
      if (e.name().equals(key)) {
        return Optional.of(e);
      }
    }
    StringBuilder expected = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      expected.append(expected.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new Rejected(c.label(), v, "unknown value; expected one of " + expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Points.

  /**
   * An optional National Grid point from two columns, both given or both blank. When either is bad
   * or one is missing, the pair is dropped together and listed once, for the column at fault.
   */
  Optional<GridPoint> point(Column easting, Column northing) {
    try {
      return point(easting, northing, plain(easting), plain(northing));
    } catch (Rejected r) {
      drop(
          r.column,
          r.value,
          r.getMessage() + "; " + easting.label() + " and " + northing.label() + " are dropped together");
      return Optional.empty();
    }
  }

  /** A required point (a school's): both columns must be given. */
  GridPoint requiredPoint(Column easting, Column northing) throws Rejected {
    return point(easting, northing, id(easting), id(northing)).orElseThrow();
  }

  private static Optional<GridPoint> point(Column easting, Column northing, String e, String n)
      throws Rejected {
    if (e.isEmpty() && n.isEmpty()) {
      return Optional.empty();
    }
    if (e.isEmpty()) {
      throw new Rejected(easting.label(), e, "blank while " + northing.label() + " is given");
    }
    if (n.isEmpty()) {
      throw new Rejected(northing.label(), n, "blank while " + easting.label() + " is given");
    }
    double x = metres(easting, e);
    double y = metres(northing, n);
    if (x < GridPoint.MIN_EASTING || x > GridPoint.MAX_EASTING) {
      throw new Rejected(
          easting.label(), e, "outside Great Britain: a National Grid easting is 0 to 700000 metres");
    }
    if (y < GridPoint.MIN_NORTHING || y > GridPoint.MAX_NORTHING) {
      throw new Rejected(
          northing.label(), n, "outside Great Britain: a National Grid northing is 0 to 1300000 metres");
    }
    return Optional.of(GridPoint.of(x, y));
  }

  private static double metres(Column column, String v) throws Rejected {
    if (!isDecimal(v)) {
      throw new Rejected(column.label(), v, "not a number of metres (write it with a dot, e.g. 407123.5)");
    }
    return decimal(v);
  }

  /** The most digits a coordinate read by {@link #decimal} itself has: 10^15 &lt; 2^53. */
  private static final int EXACT_DIGITS = 15;

  /** 10^0 to 10^15: each exactly a double. */
  private static final double[] EXACT_POWERS = new double[EXACT_DIGITS + 1];

  static {
    EXACT_POWERS[0] = 1;
    for (int k = 1; k < EXACT_POWERS.length; k++) {
      EXACT_POWERS[k] = EXACT_POWERS[k - 1] * 10;
    }
  }

  /**
   * {@link Double#parseDouble} of a text {@link #isDecimal} accepts, the same double bit for bit,
   * without its intermediate buffers when it can: digits and at most one dot, no exponent, at most
   * 15 digits in all (so the digits as a whole number are exactly a double, and so is 10^k for the k
   * after the dot). The quotient of two exact doubles is rounded once, to the
   * nearest, which is what {@code parseDouble} gives (Clinger 1990, "How to read floating point
   * numbers accurately"). {@code "406005"} is 406005.0 and {@code "407123.5"} 4071235 / 10.
   * Anything else (an exponent, more digits) is left to {@code parseDouble}.
   */
  static double decimal(String v) {
    int n = v.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
      negative = v.charAt(i) == '-';
      i++;
    }
    long digits = 0;
    int count = 0;
    int after = -1; // digits after the dot; -1 before a dot is seen
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
        if (after >= 0) {
          after++;
        }
      } else if (c == '.' && after < 0) {
        after = 0;
      } else {
        return Double.parseDouble(v); // an exponent
      }
    }
    if (count > EXACT_DIGITS) { // digits may have wrapped past 18 digits: not read from them
      return Double.parseDouble(v);
    }
    double x = after > 0 ? digits / EXACT_POWERS[after] : (double) digits;
    return negative ? -x : x;
  }

  /**
   * Whether a text is a plain decimal, {@code [+-]?(\d{1,9}(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?}:
   * what {@link Double#parseDouble} may read, without its {@code NaN}, {@code Infinity}, hexadecimal
   * and {@code d}/{@code f} suffixes. A scan, not a regular expression: it runs on every coordinate.
   */
  static boolean isDecimal(String v) {
    int i = 0;
    int n = v.length();
    if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
      i++;
    }
    int whole = 0;
    while (i < n && isDigit(v.charAt(i))) {
      i++;
      whole++;
    }
    int fraction = 0;
    boolean dot = i < n && v.charAt(i) == '.';
    if (dot) {
      i++;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
        fraction++;
      }
    }
    if (whole > 9 || (whole == 0 && fraction == 0)) {
      return false;
    }
    if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
      i++;
      if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent < 1 || exponent > 3) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
