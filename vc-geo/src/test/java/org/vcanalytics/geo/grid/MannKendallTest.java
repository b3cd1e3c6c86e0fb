package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Mann–Kendall test against its worked checks (docs/hotspots.md, "Emerging hot-spot analysis"). */
class MannKendallTest {

  @Test
  void oneToFive() {
    // Every one of the 10 pairs i < j rises: S = 10. No ties: Var = 5·4·15 / 18 = 300 / 18 = 16.667.
    // Z = (10 − 1) / √16.667 = 9 / 4.08248 = 2.20454; p = 2Φ(−2.20454) = 0.027486.
    MannKendall.Result r = MannKendall.test(new double[] {1, 2, 3, 4, 5});
    assertThat(r.s()).isEqualTo(10);
    assertThat(r.variance()).isCloseTo(16.667, within(5e-4));
    assertThat(r.z()).isCloseTo(2.20454, within(5e-6));
    assertThat(r.p()).isCloseTo(0.027486, within(5e-7));
    assertThat(r.direction(0.05)).isEqualTo(1);
  }

  @Test
  void withTies() {
    // 1,1,2,3,3,4: of the 15 pairs, (1,1) and (3,3) are ties (0) and the other 13 rise: S = 13.
    // Two tie groups of t = 2, each t(t−1)(2t+5) = 2·1·9 = 18:
    // Var = (6·5·17 − 18 − 18) / 18 = (510 − 36) / 18 = 474 / 18 = 26.333.
    // Z = (13 − 1) / √26.333 = 12 / 5.13160 = 2.33845; p = 0.019364.
    MannKendall.Result r = MannKendall.test(new double[] {1, 1, 2, 3, 3, 4});
    assertThat(r.s()).isEqualTo(13);
    assertThat(r.variance()).isCloseTo(26.333, within(5e-4));
    assertThat(r.z()).isCloseTo(2.33845, within(5e-6));
    assertThat(r.p()).isCloseTo(0.019364, within(5e-7));
  }

  @Test
  void fallingSeriesMirrorTheRisingOnes() {
    MannKendall.Result r = MannKendall.test(new double[] {5, 4, 3, 2, 1});
    assertThat(r.s()).isEqualTo(-10);
    assertThat(r.z()).isCloseTo(-2.20454, within(5e-6));
    assertThat(r.p()).isCloseTo(0.027486, within(5e-7));
    assertThat(r.direction(0.05)).isEqualTo(-1);
    assertThat(r.direction(0.01)).isZero();
  }

  @Test
  void valuesEqualAfterRoundingToOneBillionthAreTies() {
    // 1 and 1 + 1e-12 round to the same multiple of 1e-9: a tie, as 1,1,2,3,3,4 above.
    MannKendall.Result tied = MannKendall.test(new double[] {1, 1 + 1e-12, 2, 3, 3 - 1e-12, 4});
    assertThat(tied.s()).isEqualTo(13);
    assertThat(tied.variance()).isCloseTo(474.0 / 18, within(1e-12));
    // 1 and 1 + 1e-8 do not: 15 rising pairs, no ties.
    MannKendall.Result apart = MannKendall.test(new double[] {1, 1 + 1e-8, 2, 3, 3 + 1e-8, 4});
    assertThat(apart.s()).isEqualTo(15);
    assertThat(apart.variance()).isCloseTo(510.0 / 18, within(1e-12));
  }

  @Test
  void shortAndConstantSeriesHaveNoTrend() {
    for (double[] x : new double[][] {{}, {2.5}, {3, 3, 3, 3}, {1, 2}}) {
      MannKendall.Result r = MannKendall.test(x);
      assertThat(r.z()).isZero();
      assertThat(r.p()).isCloseTo(1, within(1e-12));
      assertThat(r.direction(0.05)).isZero();
    }
    // Four periods cannot give p < 0.05: S = 6, Var = 4·3·13 / 18 = 8.667, Z = 5 / 2.944 = 1.698, p = 0.089.
    assertThat(MannKendall.test(new double[] {1, 2, 3, 4}).p()).isCloseTo(0.08943, within(1e-5));
    assertThatThrownBy(() -> MannKendall.test(new double[] {1, Double.NaN}))
        .hasMessage("Mann-Kendall needs finite values, was NaN");
  }
}
