package org.vcanalytics.geo.geojson;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A name and a plain JSON value: one property of a {@link Feature}, or a foreign member of a {@link
 * FeatureCollection} (RFC 7946 §6.1). The value is one of Jackson's immutable value nodes, made by the
 * factories: text, a whole number, a decimal rounded to a number of places, or null.
 *
 * <pre>{@code
 * Member.text("name", "Aston");                      // "name":"Aston"
 * Member.number("population", OptionalLong.empty()); // "population":null
 * Member.decimal("share", 0.4000001, 6);             // "share":0.4
 * }</pre>
 *
 * @param name the member's name
 * @param value its value
 */
public record Member(String name, ValueNode value) {

  /** Checks that neither is null (a JSON null is {@link NullNode}). */
  public Member {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param name the name
   * @param value text
   * @return the member, a JSON string
   */
  public static Member text(String name, String value) {
    return new Member(name, TextNode.valueOf(Objects.requireNonNull(value, "value")));
  }

  /**
   * @param name the name
   * @param value a whole number
   * @return the member, a JSON number
   */
  public static Member number(String name, long value) {
    return new Member(name, LongNode.valueOf(value));
  }

  /**
   * @param name the name
   * @param value a whole number, or none
   * @return the member, a JSON number or null
   */
  public static Member number(String name, OptionalLong value) {
    return value.isPresent() ? number(name, value.getAsLong()) : new Member(name, NullNode.instance);
  }

  /**
   * A decimal rounded half-up (from its shortest decimal form, {@link Double#toString}) to the given
   * places, without trailing zeros, written plain with a dot: {@code decimal("harm", 100.00004, 4)} is
   * {@code "harm":100}, {@code decimal("harm", 0.12345, 4)} is {@code "harm":0.1235}, and anything
   * that rounds to zero is {@code 0}, never {@code -0}.
   *
   * @param name the name
   * @param value a number
   * @param places the decimal places to round to
   * @return the member, a JSON number, or null when the value is not finite
   */
  public static Member decimal(String name, double value, int places) {
    BigDecimal d = rounded(value, places);
    return new Member(name, d == null ? NullNode.instance : DecimalNode.valueOf(d));
  }

  /**
   * @param name the name
   * @param value a number, or none
   * @param places the decimal places to round to
   * @return the member, a JSON number, or null when there is none or it is not finite
   */
  public static Member decimal(String name, OptionalDouble value, int places) {
    return value.isPresent()
        ? decimal(name, value.getAsDouble(), places)
        : new Member(name, NullNode.instance);
  }

  /**
   * A number rounded as {@link #decimal(String, double, int)} rounds it.
   *
   * @return the decimal, {@link BigDecimal#ZERO} for anything that rounds to 0 (so never {@code -0}),
   *     null when the value is not finite
   */
  static BigDecimal rounded(double value, int places) {
    if (!Double.isFinite(value)) {
      return null;
    }
    BigDecimal b = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.signum() == 0 ? BigDecimal.ZERO : b;
  }
}
