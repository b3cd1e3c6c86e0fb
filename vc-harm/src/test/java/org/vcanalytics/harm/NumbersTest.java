package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

  /** Asked again, the same text: BigDecimal's shortest plain form. */
  @Test
  void plainWholeNumbersAsBigDecimalWritesThem() {
    double[] values = {365, 0, -0.0, 1, -7, 730, 0.75, 182.5, 1e14, 999_999_999_999_999.0, 1e15, 1e20, 1e-7, -365.25};
    for (double v : values) {
      Numbers.plain(v);
      assertThat(Numbers.plain(v)).as("%s", v).isEqualTo(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }
    assertThat(Numbers.plain(365)).isEqualTo("365");
    assertThat(Numbers.plain(0.75)).isEqualTo("0.75");
  }
}
