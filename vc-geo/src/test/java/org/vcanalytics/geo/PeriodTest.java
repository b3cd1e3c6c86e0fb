package org.vcanalytics.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void labels() {
    LocalDate d = LocalDate.of(2020, 3, 17);
    assertThat(PeriodType.MONTH.of(d).label()).isEqualTo("2020-03");
    assertThat(PeriodType.QUARTER.of(d).label()).isEqualTo("2020-Q1");
    assertThat(PeriodType.YEAR.of(d).label()).isEqualTo("2020");
    assertThat(PeriodType.FINANCIAL_YEAR.of(d).label()).isEqualTo("FY2019/20");
  }

  @Test
  void financialYearRunsFromFirstAprilToThirtyFirstMarch() {
    assertThat(PeriodType.FINANCIAL_YEAR.of(LocalDate.of(2021, 3, 31)).label()).isEqualTo("FY2020/21");
    assertThat(PeriodType.FINANCIAL_YEAR.of(LocalDate.of(2021, 4, 1)).label()).isEqualTo("FY2021/22");
    Period fy = Period.parse("FY2020/21");
    assertThat(fy.start()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(fy.end()).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(Period.parse("FY1999/00").end()).isEqualTo(LocalDate.of(2000, 3, 31));
    assertThat(fy.next().label()).isEqualTo("FY2021/22");
  }

  @Test
  void quarterEdgesAndLeapDays() {
    assertThat(PeriodType.QUARTER.of(LocalDate.of(2020, 6, 30)).label()).isEqualTo("2020-Q2");
    assertThat(PeriodType.QUARTER.of(LocalDate.of(2020, 7, 1)).label()).isEqualTo("2020-Q3");
    assertThat(Period.parse("2020-02").end()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(Period.parse("2020-Q4").end()).isEqualTo(LocalDate.of(2020, 12, 31));
  }

  @Test
  void parseIsTheInverseOfLabel() {
    for (PeriodType t : PeriodType.values()) {
      LocalDate d = LocalDate.of(2015, 1, 1);
      while (d.getYear() < 2017) {
        Period p = t.of(d);
        assertThat(Period.parse(p.label())).isEqualTo(p);
        assertThat(p.contains(d)).isTrue();
        d = d.plusDays(13);
      }
    }
  }

  @Test
  void badLabelsAreRefused() {
    for (String s : new String[] {"2020-13", "2020-Q5", "FY2020/22", "20", "March 2020"}) {
      assertThatThrownBy(() -> Period.parse(s)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new Period(PeriodType.MONTH, LocalDate.of(2020, 3, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orderIsTypeThenStart() {
    assertThat(Period.parse("2021-01").compareTo(Period.parse("2020-Q1"))).isNegative();
    assertThat(Period.parse("2020").compareTo(Period.parse("2021"))).isNegative();
  }
}
