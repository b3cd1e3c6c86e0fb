package org.vcanalytics.geo;

import java.time.LocalDate;

/**
 * The kinds of period figures are counted over, and how each is written.
 *
 * <table>
 *   <caption>Periods</caption>
 *   <tr><th>type</th><th>covers</th><th>written</th></tr>
 *   <tr><td>{@link #MONTH}</td><td>a calendar month</td><td>{@code 2020-03}</td></tr>
 *   <tr><td>{@link #QUARTER}</td><td>January–March, April–June, July–September, October–December</td>
 *       <td>{@code 2020-Q1}</td></tr>
 *   <tr><td>{@link #YEAR}</td><td>a calendar year</td><td>{@code 2020}</td></tr>
 *   <tr><td>{@link #FINANCIAL_YEAR}</td><td>the police (and government) financial year, 1 April to
 *       31 March</td><td>{@code FY2020/21} (1 April 2020 to 31 March 2021)</td></tr>
 * </table>
 */
public enum PeriodType {
  /** A calendar month, {@code 2020-03}. */
  MONTH,
  /** A calendar quarter, {@code 2020-Q1} = January to March 2020. */
  QUARTER,
  /** A calendar year, {@code 2020}. */
  YEAR,
  /** A financial year, 1 April to 31 March: {@code FY2020/21} = 2020-04-01 to 2021-03-31. */
  FINANCIAL_YEAR;

  /**
   * @param day a day
   * @return the first day of the period of this type that contains it
   */
  public LocalDate startOf(LocalDate day) {
    return switch (this) {
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(day.getYear(), 1, 1);
      case FINANCIAL_YEAR ->
          LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
    };
  }

  /** The first day of the next period, given the first day of one. */
  LocalDate next(LocalDate start) {
    return switch (this) {
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR, FINANCIAL_YEAR -> start.plusYears(1);
    };
  }

  /**
   * @param day a day
   * @return the period of this type that contains it
   */
  public Period of(LocalDate day) {
    return new Period(this, startOf(day));
  }
}
