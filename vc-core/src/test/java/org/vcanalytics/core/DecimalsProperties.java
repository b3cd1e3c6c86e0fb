package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** {@link Decimals#fixed} writes what {@code String.format("%.<d>f")} writes, character for character. */
class DecimalsProperties {

  @Property(tries = 20_000)
  void sameAsFormatOnAnyDouble(@ForAll double v, @ForAll @IntRange(min = 0, max = 9) int d) {
    assertThat(Decimals.fixed(v, d)).isEqualTo(String.format(Locale.ROOT, "%." + d + "f", v));
  }

  @Property(tries = 20_000)
  void sameAsFormatOnHarmSizedValues(@ForAll @DoubleRange(min = -1e7, max = 1e7) double v) {
    assertThat(Decimals.fixed4(v)).isEqualTo(String.format(Locale.ROOT, "%.4f", v));
  }

  @Property(tries = 20_000)
  void sameAsFormatOnTiesAndNearTies(
      @ForAll @IntRange(min = -2_000_000, max = 2_000_000) int tenThousandths, @ForAll @IntRange(min = -3, max = 3) int ulps) {
    // k/10000 + 0.00005 is a decimal tie; the doubles around it are the hard cases.
    double tie = tenThousandths / 10_000.0 + 0.00005;
    double v = tie;
    for (int i = 0; i < Math.abs(ulps); i++) {
      v = ulps > 0 ? Math.nextUp(v) : Math.nextDown(v);
    }
    assertThat(Decimals.fixed4(v)).isEqualTo(String.format(Locale.ROOT, "%.4f", v));
  }

  @Example
  void workedExamples() {
    // 189.15394 -> 189.1539; 0.00005 (a tie on the shortest decimal) -> 0.0001 as %.4f rounds half up;
    // -0.00001 -> -0.0000 (the sign is kept); -0.0 -> -0.0000; NaN -> NaN.
    assertThat(Decimals.fixed4(189.15394)).isEqualTo("189.1539");
    assertThat(Decimals.fixed4(0.00005)).isEqualTo("0.0001");
    assertThat(Decimals.fixed4(-0.00001)).isEqualTo("-0.0000");
    assertThat(Decimals.fixed4(-0.0)).isEqualTo("-0.0000");
    assertThat(Decimals.fixed4(Double.NaN)).isEqualTo("NaN");
    assertThat(Decimals.fixed(2.5, 0)).isEqualTo("3");
    assertThat(Decimals.fixed(1e20, 2)).isEqualTo("100000000000000000000.00");
  }
}
