package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vcanalytics.core.GridPoint;

/**
 * One constructed series of ten periods per category. Each period's z-score gives its p = 2Φ(−|z|)
 * (no FDR here): z = 3 has p = 0.0027 (hot), z = −3 p = 0.0027 (cold), z = 0 p = 1 (neither), and
 * 2.5 to 3.4 have p from 0.0124 down to 0.00067 (all hot). Critical p 0.05; with n = 10, "at least
 * 90 %" is 10·H ≥ 90, so H ≥ 9.
 */
class EhsaCategoryTest {

  static final double[] RISING = {2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 3.1, 3.2, 3.3, 3.4};

  static Stream<Arguments> series() {
    return Stream.of(
        // H = 1, the last period: 10 < 90, hot at the end, H = 1. (S = 9 over nine tied zeros and a
        // higher last value; Var = (2250 − 9·8·23) / 18 = 33; Z = 8 / √33 = 1.39, p = 0.16: no trend.)
        Arguments.of(EhsaCategory.NEW_HOT_SPOT, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 3}, 9L),
        // H = 3, the last three: one final run, 30 < 90. (S = 7·3 = 21, ties 7 and 3:
        // Var = (2250 − 7·6·19 − 3·2·11) / 18 = (2250 − 798 − 66) / 18 = 77; Z = 20 / √77 = 2.28,
        // p = 0.023: a trend up, which does not matter under 90 %.)
        Arguments.of(EhsaCategory.CONSECUTIVE_HOT_SPOT, new double[] {0, 0, 0, 0, 0, 0, 0, 3, 3, 3}, 21L),
        // H = 10, rising: S = 45, Var = 10·9·25 / 18 = 125, Z = 44 / 11.18 = 3.94, p = 8.3e-5: up.
        Arguments.of(EhsaCategory.INTENSIFYING_HOT_SPOT, RISING, 45L),
        // H = 10, alternating 3 and 4: of the 45 pairs, 20 are tied, 15 rise (3 before a later 4) and
        // 10 fall: S = 5; ties two groups of 5: Var = (2250 − 2·5·4·15) / 18 = 91.67; Z = 4 / 9.574 =
        // 0.42, p = 0.68: no trend.
        Arguments.of(EhsaCategory.PERSISTENT_HOT_SPOT, new double[] {3, 4, 3, 4, 3, 4, 3, 4, 3, 4}, 5L),
        // H = 10, falling: S = −45, Z = −3.94, p = 8.3e-5: down.
        Arguments.of(EhsaCategory.DIMINISHING_HOT_SPOT, reverse(RISING), -45L),
        // H = 4 (periods 0, 2, 5, 9), hot at the end, 40 < 90, the final run is 1 ≠ 4, never cold.
        Arguments.of(EhsaCategory.SPORADIC_HOT_SPOT, new double[] {3, 0, 3, 0, 0, 3, 0, 0, 0, 3}, -4L),
        // H = 3 (0, 4, 9), hot at the end, the final run 1 ≠ 3, cold in period 2.
        Arguments.of(EhsaCategory.OSCILLATING_HOT_SPOT, new double[] {3, 0, -3, 0, 3, 0, 0, 0, 0, 3}, 3L),
        // H = 9: 10·9 = 90 ≥ 9·10 = 90, exactly 90 %, but the last period is not hot.
        Arguments.of(EhsaCategory.HISTORICAL_HOT_SPOT, new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 0}, -9L),
        // The cold ones are the hot ones' mirror images (z → −z, so S → −S): no period is hot, or
        // (oscillating) the one hot period is neither at the end nor 90 %, so no hot category applies.
        Arguments.of(EhsaCategory.NEW_COLD_SPOT, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, -3}, -9L),
        Arguments.of(EhsaCategory.CONSECUTIVE_COLD_SPOT, new double[] {0, 0, 0, 0, 0, 0, 0, -3, -3, -3}, -21L),
        // C = 10, z falling (S = −45, p = 8.3e-5, down): colder and colder.
        Arguments.of(EhsaCategory.INTENSIFYING_COLD_SPOT, negate(RISING), -45L),
        Arguments.of(EhsaCategory.PERSISTENT_COLD_SPOT, new double[] {-3, -4, -3, -4, -3, -4, -3, -4, -3, -4}, -5L),
        // C = 10, z rising towards 0 (S = 45, up): less and less cold.
        Arguments.of(EhsaCategory.DIMINISHING_COLD_SPOT, negate(reverse(RISING)), 45L),
        Arguments.of(EhsaCategory.SPORADIC_COLD_SPOT, new double[] {-3, 0, -3, 0, 0, -3, 0, 0, 0, -3}, 4L),
        // C = 3 (0, 4, 9), cold at the end; hot in period 2 (H = 1, not at the end: no hot category).
        Arguments.of(EhsaCategory.OSCILLATING_COLD_SPOT, new double[] {-3, 0, 3, 0, -3, 0, 0, 0, 0, -3}, -3L),
        Arguments.of(EhsaCategory.HISTORICAL_COLD_SPOT, new double[] {-3, -3, -3, -3, -3, -3, -3, -3, -3, 0}, 9L),
        // H = 1 in period 1: not at the end and 10 < 90; never cold. (S = −7.)
        Arguments.of(EhsaCategory.NO_PATTERN, new double[] {0, 3, 0, 0, 0, 0, 0, 0, 0, 0}, -7L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void oneSeriesPerCategory(EhsaCategory expected, double[] z, long s) {
    EmergingHotSpots.Cell c = cellOf(z);
    assertThat(c.category()).isEqualTo(expected);
    assertThat(c.trendS()).isEqualTo(s);
    assertThat(c.periods()).isEqualTo(10);
    assertThat(c.series()).extracting(EmergingHotSpots.CellPeriod::period)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void theTableHasEverySeventeenCategoryOnce() {
    Set<EhsaCategory> seen =
        series().map(a -> (EhsaCategory) a.get()[0]).collect(Collectors.toCollection(() -> EnumSet.noneOf(EhsaCategory.class)));
    assertThat(seen).isEqualTo(EnumSet.allOf(EhsaCategory.class));
    assertThat(series().count()).isEqualTo(17);
  }

  @Test
  void labelsAreArcGisWords() {
    assertThat(Arrays.stream(EhsaCategory.values()).map(EhsaCategory::label))
        .containsExactly(
            "new hot spot", "consecutive hot spot", "intensifying hot spot", "persistent hot spot",
            "diminishing hot spot", "sporadic hot spot", "oscillating hot spot", "historical hot spot",
            "new cold spot", "consecutive cold spot", "intensifying cold spot", "persistent cold spot",
            "diminishing cold spot", "sporadic cold spot", "oscillating cold spot", "historical cold spot",
            "no pattern");
  }

  @Test
  void ninetyPerCentIsExactInIntegers() {
    // n = 11: 10 hot is 10·10 = 100 ≥ 99, at least 90 %; 9 hot is 90 < 99, not (9/11 = 81.8 %).
    boolean[] none = new boolean[11];
    boolean[] ten = {false, true, true, true, true, true, true, true, true, true, true};
    boolean[] nine = {false, false, true, true, true, true, true, true, true, true, true};
    assertThat(EhsaCategory.of(ten, none, 0)).isEqualTo(EhsaCategory.PERSISTENT_HOT_SPOT);
    assertThat(EhsaCategory.of(nine, none, 0)).isEqualTo(EhsaCategory.CONSECUTIVE_HOT_SPOT);
    // n = 20, 18 hot (90 % exactly) with the last not hot: historical, whatever the trend.
    boolean[] h18 = new boolean[20];
    Arrays.fill(h18, 0, 18, true);
    assertThat(EhsaCategory.of(h18, new boolean[20], 1)).isEqualTo(EhsaCategory.HISTORICAL_HOT_SPOT);
    // One period, hot: 10 ≥ 9, hot at the end, no trend possible: persistent.
    assertThat(EhsaCategory.of(new boolean[] {true}, new boolean[] {false}, 0))
        .isEqualTo(EhsaCategory.PERSISTENT_HOT_SPOT);
    // A cold run at the end after hot periods that no longer qualify: consecutive cold (run before oscillating).
    assertThat(EhsaCategory.of(
            new boolean[] {true, false, false, false, false}, new boolean[] {false, false, false, true, true}, -1))
        .isEqualTo(EhsaCategory.CONSECUTIVE_COLD_SPOT);
    assertThatThrownBy(() -> EhsaCategory.of(new boolean[0], new boolean[0], 0))
        .hasMessageContaining("one or more periods");
  }

  static EmergingHotSpots.Cell cellOf(double[] z) {
    double[] p = Arrays.stream(z).map(GetisOrd::pValue).toArray();
    return EmergingHotSpots.cell(3, 4, GridPoint.of(400_000, 280_000), z, p, 0.05);
  }

  static double[] reverse(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[x.length - 1 - i];
    }
    return out;
  }

  static double[] negate(double[] x) {
    return Arrays.stream(x).map(v -> -v).toArray();
  }
}
