package org.vcanalytics.examples.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The options of the shared tables refuse what would not protect, and say why. */
class ShareOptionsTest {

  @Test
  void defaults() {
    ShareOptions o = ShareOptions.defaults();
    assertThat(o.suppressBelow()).isEqualTo(5);
    assertThat(o.roundTo()).isEqualTo(1);
    assertThat(o.dominance()).isEqualTo(0.5);
  }

  @Test
  void refusesZeroAndNegativeThresholds() {
    assertThatThrownBy(() -> ShareOptions.defaults().withSuppressBelow(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suppressBelow must be 1 or more (default 5), was 0");
    assertThatThrownBy(() -> ShareOptions.defaults().withSuppressBelow(-3))
        .hasMessage("suppressBelow must be 1 or more (default 5), was -3");
    assertThat(ShareOptions.defaults().withSuppressBelow(1).suppressBelow()).isEqualTo(1);
  }

  @Test
  void refusesOtherRoundingBasesAndDominanceOutsideTheRange() {
    assertThatThrownBy(() -> ShareOptions.defaults().withRoundTo(10))
        .hasMessage("roundTo must be 1 (no rounding) or 5, was 10");
    assertThatThrownBy(() -> ShareOptions.defaults().withDominance(0))
        .hasMessage("dominance must be in (0, 1] (default 0.5; 1 = off), was 0.0");
    assertThatThrownBy(() -> ShareOptions.defaults().withDominance(Double.NaN))
        .hasMessageContaining("dominance must be in (0, 1]");
  }

  /** Rounding half up to base 5: 7 → 5, 8 → 10, 12 → 10, 13 → 15; base 1 leaves counts alone. */
  @Test
  void roundsToBaseFive() {
    ShareOptions five = ShareOptions.defaults().withRoundTo(5);
    assertThat(five.round(7)).isEqualTo(5);
    assertThat(five.round(8)).isEqualTo(10);
    assertThat(five.round(12)).isEqualTo(10);
    assertThat(five.round(13)).isEqualTo(15);
    assertThat(ShareOptions.defaults().round(13)).isEqualTo(13);
  }
}
