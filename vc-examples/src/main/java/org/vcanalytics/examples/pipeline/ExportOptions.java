package org.vcanalytics.examples.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code vc analyse}'s network files (network.graphml, network.gexf, network.cyjs) hold. In
 * JSON: {@code {"exports": {"network": "whole"}}}; {@code vc analyse --export-network whole} sets the
 * same. docs/network.md §3 says exactly which people and links each scope holds.
 *
 * @param network the people and links of the network files (default {@link Scope#HIGH_HARM})
 */
public record ExportOptions(Scope network) {

  /** Which people and links the network files hold. */
  public enum Scope {
    /**
     * The people of category HIGH_HARM, every link that touches one of them, and the other end of
     * each such link (any category): the High Harm people's neighbourhood, the default. Links between
     * two people outside High Harm are left out.
     */
    HIGH_HARM,
    /**
     * The people in a category (HIGH_HARM, INVOLVED, CONNECTED), every link that touches one of
     * them, and the other end of each such link (category NONE): the neighbourhood of the
     * categorised people. Links between two people outside a category are left out.
     */
    CATEGORY,
    /** Everyone in the network, linked or not, and every link. */
    WHOLE;

    /** The labels allowed, for messages: {@code high-harm, category or whole}. */
    public static final String ALLOWED = "high-harm, category or whole";

    /**
     * @return the scope's name in JSON and on the command line: {@code high-harm}, {@code category},
     *     {@code whole}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param label {@code high-harm}, {@code category} or {@code whole}, in any case
     * @return the scope
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Scope parse(String label) {
      for (Scope s : values()) {
        if (s.label().equalsIgnoreCase(label.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "network must be " + ALLOWED + ", was " + label);
    }
  }

  /** Checks the scope is given. */
  public ExportOptions {
    Objects.requireNonNull(network, "network");
  }

  /** @return the neighbourhood of the High Harm people */
  public static ExportOptions defaults() {
    return new ExportOptions(Scope.HIGH_HARM);
  }

  /** @param s the scope @return a copy */
  public ExportOptions withNetwork(Scope s) {
    return new ExportOptions(s);
  }

  /**
   * Reads the options from JSON fields, each left out taking its default.
   *
   * @param network {@code high-harm} (default), {@code category} or {@code whole}
   * @return the options
   */
  @JsonCreator
  public static ExportOptions fromJson(@JsonProperty("network") String network) {
    return network == null ? defaults() : new ExportOptions(Scope.parse(network));
  }

  /** @return the JSON fields: {@code network} */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("network", network.label());
    return m;
  }
}
