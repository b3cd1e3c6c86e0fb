package org.vcanalytics.network;

import java.math.BigDecimal;
import java.util.Objects;
import org.vcanalytics.core.Decimals;

/**
 * A node attribute of a {@link NetworkExport}: its name and its type, which each format declares
 * (GraphML {@code attr.type}, GEXF {@code type}, Cytoscape JSON's own JSON types), so that Gephi and
 * Cytoscape can size and rank nodes by a number.
 *
 * <p>A value is given as a Java value of its type: a {@code String} for {@link Type#STRING}, a
 * {@code Boolean} for {@link Type#BOOLEAN}, an {@code Integer} (or {@code Short}, {@code Byte}) for
 * {@link Type#INT}, any of those or a {@code Long} for {@link Type#LONG}, any {@code Number} for
 * {@link Type#DOUBLE}. A value left out of a person's map, or a double that is not finite, is
 * <em>absent</em>: no value is written for that node (never an empty text typed as a number).
 * Doubles are rounded to four decimals and written as plain decimals with at least one decimal,
 * trailing zeros dropped: 0.70000000001 as {@code 0.7}, 988.78284 as {@code 988.7828}, 2 as {@code
 * 2.0}, 12345678.9 as {@code 12345678.9} (never {@code 1.23456789E7}).
 *
 * @param name the attribute's name
 * @param type its type
 */
public record NodeAttribute(String name, Type type) {

  /** The types an attribute can have. */
  public enum Type {
    /** Text: GraphML {@code string}, GEXF {@code string}, a JSON string. */
    STRING("string", "string"),
    /** True or false: GraphML and GEXF {@code boolean}, a JSON boolean. */
    BOOLEAN("boolean", "boolean"),
    /** A 32-bit whole number: GraphML {@code int}, GEXF {@code integer}, a JSON number. */
    INT("int", "integer"),
    /** A 64-bit whole number: GraphML and GEXF {@code long}, a JSON number. */
    LONG("long", "long"),
    /** A decimal: GraphML and GEXF {@code double}, a JSON number. */
    DOUBLE("double", "double");

    private final String graphml;
    private final String gexf;

    Type(String graphml, String gexf) {
      this.graphml = graphml;
      this.gexf = gexf;
    }

    /** @return the type GraphML declares ({@code attr.type}) */
    String graphml() {
      return graphml;
    }

    /** @return the type GEXF 1.2 declares */
    String gexf() {
      return gexf;
    }
  }

  /** Checks the name is given and the type too. */
  public NodeAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an attribute name must not be blank");
    }
  }

  /** @param name the name @return a text attribute */
  public static NodeAttribute text(String name) {
    return new NodeAttribute(name, Type.STRING);
  }

  /** @param name the name @return a true-or-false attribute */
  public static NodeAttribute flag(String name) {
    return new NodeAttribute(name, Type.BOOLEAN);
  }

  /** @param name the name @return a 32-bit whole-number attribute */
  public static NodeAttribute integer(String name) {
    return new NodeAttribute(name, Type.INT);
  }

  /** @param name the name @return a 64-bit whole-number attribute */
  public static NodeAttribute longInteger(String name) {
    return new NodeAttribute(name, Type.LONG);
  }

  /** @param name the name @return a decimal attribute */
  public static NodeAttribute decimal(String name) {
    return new NodeAttribute(name, Type.DOUBLE);
  }

  /**
   * A value as the text every format writes.
   *
   * @param value the value, or null when absent
   * @return its text, or null when absent (left out, or a double that is not finite)
   * @throws IllegalArgumentException when the value is not of the attribute's type; the message
   *     names the attribute and the value's class, never the value
   */
  String text(Object value) {
    if (value == null) {
      return null;
    }
    switch (type) {
      case STRING:
        if (value instanceof CharSequence s) {
          return s.toString();
        }
        break;
      case BOOLEAN:
        if (value instanceof Boolean b) {
          return b.toString();
        }
        break;
      case INT:
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
          return value.toString();
        }
        break;
      case LONG:
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
          return value.toString();
        }
        break;
      case DOUBLE:
        if (value instanceof Number n) {
          double d = n.doubleValue();
          return Double.isFinite(d) ? decimal(d) : null;
        }
        break;
      default:
        break;
    }
    throw new IllegalArgumentException(
        "attribute '" + name + "' is " + type + " but was given a " + value.getClass().getSimpleName());
  }

  /**
   * @param v a finite number
   * @return it rounded to four decimals ({@link Decimals#fixed4}), trailing zeros dropped, at least
   *     one decimal kept: 0.70000000001 → {@code 0.7}, 1 → {@code 1.0}, -0.00001 → {@code 0.0}
   */
  static String decimal(double v) {
    String s = new BigDecimal(Decimals.fixed4(v)).stripTrailingZeros().toPlainString();
    return s.indexOf('.') < 0 ? s + ".0" : s;
  }
}
