package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The coordinate scan accepts exactly what the contract's decimal pattern accepts. */
class DecimalScanProperties {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d{1,9}(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  @Property(tries = 20_000)
  void scanIsThePattern(
      @ForAll @StringLength(max = 14) @Chars({'0', '1', '9', '+', '-', '.', 'e', 'E', 'x', ' ', 'N', '٣'}) String v) {
    assertThat(Row.isDecimal(v)).as(v).isEqualTo(DECIMAL.matcher(v).matches());
  }

  @Example
  void examples() {
    assertThat(Row.isDecimal("407123.5")).isTrue();
    assertThat(Row.isDecimal("4.07e5")).isTrue();
    assertThat(Row.isDecimal(".5")).isTrue();
    assertThat(Row.isDecimal("5.")).isTrue();
    assertThat(Row.isDecimal("NaN")).isFalse();
    assertThat(Row.isDecimal("1234567890")).isFalse(); // ten whole digits
    assertThat(Row.isDecimal("1e1234")).isFalse();
    assertThat(Row.isDecimal("0x1p3")).isFalse();
    assertThat(Row.isDecimal("")).isFalse();
    assertThat(Row.isDecimal("-")).isFalse();
  }
}
