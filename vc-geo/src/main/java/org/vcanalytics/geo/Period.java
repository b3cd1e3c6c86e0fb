package org.vcanalytics.geo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month, quarter, calendar year or financial year. Written as {@code 2020-03}, {@code 2020-Q1},
 * {@code 2020} and {@code FY2020/21} ({@link #label()}, {@link #parse(String)}). Periods order by
 * type ({@link PeriodType} order), then by start.
 *
 * @param type the kind of period
 * @param start its first day
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::type).thenComparing(Period::start);
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern FY = Pattern.compile("FY(\\d{4})/(\\d{2})");

  /** Checks that {@code start} is the first day of a period of {@code type}. */
  public Period {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(start, "start");
    if (!type.startOf(start).equals(start)) {
      throw new IllegalArgumentException(start + " is not the first day of a " + type);
    }
  }

  /**
   * Reads a period as written by {@link #label()}.
   *
   * @param label for example {@code 2020-03}, {@code 2020-Q1}, {@code 2020} or {@code FY2020/21}
   * @return the period
   * @throws IllegalArgumentException when the text is none of these
   */
  public static Period parse(String label) {
    String s = label.strip().toUpperCase(Locale.ROOT);
    Matcher m;
    if ((m = MONTH.matcher(s)).matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return new Period(PeriodType.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
      }
    } else if ((m = QUARTER.matcher(s)).matches()) {
      int q = Integer.parseInt(m.group(2));
      return new Period(PeriodType.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), q * 3 - 2, 1));
    } else if ((m = YEAR.matcher(s)).matches()) {
      return new Period(PeriodType.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
    } else if ((m = FY.matcher(s)).matches()) {
      int y = Integer.parseInt(m.group(1));
      if ((y + 1) % 100 == Integer.parseInt(m.group(2))) {
        return new Period(PeriodType.FINANCIAL_YEAR, LocalDate.of(y, 4, 1));
      }
    }
    throw new IllegalArgumentException(
        "'" + label + "' is not a period (2020-03, 2020-Q1, 2020 or FY2020/21)");
  }

  /** @return the last day of the period */
  public LocalDate end() {
    return type.next(start).minusDays(1);
  }

  /** @return the period after this one */
  public Period next() {
    return new Period(type, type.next(start));
  }

  /**
   * @param day a day
   * @return true when the day is in this period
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end());
  }

  /** @return the period as written: {@code 2020-03}, {@code 2020-Q1}, {@code 2020}, {@code FY2020/21} */
  public String label() {
    int y = start.getYear();
    return switch (type) {
      case MONTH -> pad(y, 4) + "-" + pad(start.getMonthValue(), 2);
      case QUARTER -> pad(y, 4) + "-Q" + (start.getMonthValue() + 2) / 3;
      case YEAR -> pad(y, 4);
      case FINANCIAL_YEAR -> "FY" + pad(y, 4) + "/" + pad((y + 1) % 100, 2);
    };
  }

  /** {@code %0<width>d}, without a formatter (labels are written once per output row). */
  private static String pad(int n, int width) {
    if (n < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
    String s = Integer.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  @Override
  public int compareTo(Period o) {
    return ORDER.compare(this, o);
  }

  /** @return {@link #label()} */
  @Override
  public String toString() {
    return label();
  }
}
