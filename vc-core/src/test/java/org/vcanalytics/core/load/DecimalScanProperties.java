package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The coordinate scan accepts exactly what the contract's decimal pattern accepts, and reads each
 * accepted text as the same double as {@link Double#parseDouble}, bit for bit.
 */
class DecimalScanProperties {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d{1,9}(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  @Property(tries = 20_000)
  void scanIsThePattern(
      @ForAll @StringLength(max = 14) @Chars({'0', '1', '9', '+', '-', '.', 'e', 'E', 'x', ' ', 'N', '٣'}) String v) {
    assertThat(Row.isDecimal(v)).as(v).isEqualTo(DECIMAL.matcher(v).matches());
  }

  @Property(tries = 5_000, maxDiscardRatio = 50) // most texts of these characters are not decimals
  void readAsParseDoubleReadsIt(
      @ForAll @StringLength(max = 14) @Chars({'0', '1', '5', '9', '+', '-', '.', 'e'}) String v) {
    Assume.that(Row.isDecimal(v));
    assertThat(Double.doubleToRawLongBits(Row.decimal(v)))
        .as(v)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(v)));
  }

  /** Coordinates as forces write them: whole metres, or a few decimals (many more than a file holds). */
  @Property(tries = 50_000)
  void coordinatesReadAsParseDoubleReadsThem(
      @ForAll @IntRange(min = 0, max = 1_300_000) int whole,
      @ForAll @StringLength(max = 17) @Chars({'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'}) String fraction,
      @ForAll boolean dot,
      @ForAll boolean negative) {
    String v = (negative ? "-" : "") + whole + (dot || !fraction.isEmpty() ? "." + fraction : "");
    assertThat(Double.doubleToRawLongBits(Row.decimal(v)))
        .as(v)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(v)));
  }

  @Example
  void decimalExamples() {
    // 406005 is a whole number: exactly 406005.0. 407123.5 is 4071235 / 10, one rounding: 407123.5.
    assertThat(Row.decimal("406005")).isEqualTo(406005.0);
    assertThat(Row.decimal("407123.5")).isEqualTo(407123.5);
    // 0.1 + 0.2 is not 0.3 in binary, but "0.3" reads as the double nearest 0.3, as parseDouble's.
    assertThat(Row.decimal("0.3")).isEqualTo(0.3);
    assertThat(Double.doubleToRawLongBits(Row.decimal("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    // 16 digits and an exponent are parseDouble's own.
    assertThat(Row.decimal("406005.1234567891")).isEqualTo(406005.1234567891);
    assertThat(Row.decimal("4.07e5")).isEqualTo(407000.0);
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
