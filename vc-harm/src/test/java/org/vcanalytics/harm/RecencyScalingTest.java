package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecencyScalingTest {

  @Test
  void exponentialHalvesEachHalfLife() {
    RecencyScaling e = RecencyScaling.defaults();
    assertThat(e.factor(0)).isEqualTo(1.0);
    assertThat(e.factor(365)).isEqualTo(0.5);
    assertThat(e.factor(730)).isEqualTo(0.25);
    // 0.5^(305/365) = e^(-ln 2 x 305/365) = e^(-0.693147 x 0.835616) = e^(-0.579204) = 0.560344
    assertThat(e.factor(305)).isCloseTo(0.560344, within(1e-6));
    assertThat(e.name()).isEqualTo("exponential");
    assertThat(e.parameters()).isEqualTo("half-life 365 days");
    assertThat(e.formula(305)).isEqualTo("0.5^(305/365)");
  }

  @Test
  void linearReachesZeroJustPastTheWindow() {
    RecencyScaling l = new RecencyScaling.Linear(730);
    assertThat(l.factor(0)).isEqualTo(1.0);
    assertThat(l.factor(730)).isEqualTo(1.0 / 731); // still counts, a little
    assertThat(l.factor(731)).isZero();
    assertThat(l.factor(365)).isCloseTo(366.0 / 731, within(1e-15));
  }

  @Test
  void bandedSteps() {
    RecencyScaling b = RecencyScaling.Banded.defaults();
    assertThat(b.factor(0)).isEqualTo(1.0);
    assertThat(b.factor(182)).isEqualTo(1.0);
    assertThat(b.factor(183)).isEqualTo(0.75);
    assertThat(b.factor(365)).isEqualTo(0.75);
    assertThat(b.factor(547)).isEqualTo(0.5);
    assertThat(b.factor(730)).isEqualTo(0.25);
    assertThat(b.factor(731)).isZero();
    assertThat(b.parameters())
        .isEqualTo("up to 182 days 1, up to 365 days 0.75, up to 547 days 0.5, up to 730 days 0.25");
    assertThatThrownBy(
            () ->
                new RecencyScaling.Banded(
                    List.of(new RecencyScaling.Banded.Band(10, 0.5), new RecencyScaling.Banded.Band(20, 0.9))))
        .hasMessageContaining("never rise");
  }
}
