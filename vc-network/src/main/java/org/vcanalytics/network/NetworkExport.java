package org.vcanalytics.network;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.vcanalytics.core.Link;

/**
 * Writes a network, or a part of it, for visual tools: GraphML (yEd, Gephi, Cytoscape), GEXF
 * (Gephi), Cytoscape JSON (Cytoscape, Cytoscape.js) and a CSV edge list (i2 Analyst's Notebook,
 * spreadsheets). Nodes carry the attributes the caller gives (category, harm, typologies, proximity,
 * ...), each typed ({@link NodeAttribute}: a number is declared and written as a number, so Gephi and
 * Cytoscape can size nodes by it), and links their weight and evidence counts. Person ids can be
 * replaced by keyed pseudonyms.
 *
 * <pre>{@code
 * NetworkExport.of(net.ego("P001", 2, 300))
 *     .withNodeAttributes(List.of(NodeAttribute.text("category"), NodeAttribute.decimal("harm")),
 *         id -> Map.of("category", "HIGH_HARM", "harm", 988.78284))
 *     .pseudonymised(Pseudonymiser.hmacSha256(key))
 *     .graphml(writer);
 * }</pre>
 *
 * <p>Output is deterministic: nodes in person id order, links by their two ends, no timestamp. A
 * link's weight is written rounded to four decimals as links.csv has it ({@code 0.7}, never {@code
 * 0.7000000000000001}); a node attribute left out of a person's map is written as no value at all.
 */
public final class NetworkExport {

  /** The link attributes every export carries. */
  public static final List<String> LINK_ATTRIBUTES = List.of("weight", "crime_evidence", "intel_evidence");

  private final List<String> people;
  private final List<Link> links;
  private final List<NodeAttribute> attributeNames;
  private final Function<String, ? extends Map<String, ?>> attributes;
  private final Function<String, String> idOf;

  private NetworkExport(
      List<String> people,
      List<Link> links,
      List<NodeAttribute> attributeNames,
      Function<String, ? extends Map<String, ?>> attributes,
      Function<String, String> idOf) {
    this.people = people;
    this.links = links;
    this.attributeNames = attributeNames;
    this.attributes = attributes;
    this.idOf = idOf;
  }

  /** @param net a whole network @return its export, with no node attributes and real ids */
  public static NetworkExport of(PersonNetwork net) {
    return new NetworkExport(net.people(), net.links(), List.of(), id -> Map.of(), id -> id);
  }

  /** @param sub a part of a network (its links to outside are left out) @return its export */
  public static NetworkExport of(SubNetwork sub) {
    return new NetworkExport(sub.people(), sub.links(), List.of(), id -> Map.of(), id -> id);
  }

  /**
   * Some people and links chosen elsewhere (the neighbourhood of a set of people, say).
   *
   * @param people the people, in id order, each once
   * @param links the links, by their two ends; both ends of each among the people
   * @return their export
   * @throws IllegalArgumentException when a link's end is not among the people
   */
  public static NetworkExport of(List<String> people, List<Link> links) {
    java.util.Set<String> known = new java.util.HashSet<>(people);
    for (Link l : links) {
      if (!known.contains(l.personA()) || !known.contains(l.personB())) {
        throw new IllegalArgumentException("a link's end is not among the people exported");
      }
    }
    return new NetworkExport(List.copyOf(people), List.copyOf(links), List.of(), id -> Map.of(), id -> id);
  }

  /**
   * @param names the node attributes with their types, in column order
   * @param values each person's values by name, each a Java value of its attribute's type ({@link
   *     NodeAttribute}); a name left out is written as no value; read once per node and format
   * @return a copy with node attributes
   */
  public NetworkExport withNodeAttributes(
      List<NodeAttribute> names, Function<String, ? extends Map<String, ?>> values) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NodeAttribute a : names) {
      String n = a.name();
      if (n.equals("id") || LINK_ATTRIBUTES.contains(n) || n.equals("source") || n.equals("target")) {
        throw new IllegalArgumentException("'" + n + "' is a reserved attribute name");
      }
      if (!seen.add(n)) {
        throw new IllegalArgumentException("the attribute '" + n + "' is given twice");
      }
    }
    return new NetworkExport(people, links, List.copyOf(names), Objects.requireNonNull(values), idOf);
  }

  /** @param p the keyed pseudonymiser @return a copy that writes pseudonyms instead of ids */
  public NetworkExport pseudonymised(Pseudonymiser p) {
    return new NetworkExport(people, links, attributeNames, attributes, p::pseudonym);
  }

  /**
   * @param l a link
   * @return its weight rounded to four decimals, as links.csv writes it: a double whose shortest
   *     text (what GraphML and GEXF write) is {@code 0.7}, not {@code 0.7000000000000001}
   */
  static double weight(Link l) {
    return Double.parseDouble(NodeAttribute.decimal(l.weight()));
  }

  /** A person's attribute texts, in attribute order, an absent one null. */
  private String[] texts(String person) {
    Map<String, ?> values = attributes.apply(person);
    String[] out = new String[attributeNames.size()];
    for (int a = 0; a < out.length; a++) {
      NodeAttribute name = attributeNames.get(a);
      out[a] = name.text(values.get(name.name()));
    }
    return out;
  }

  /** The network as the XML writers read it: ids and texts made XML-safe ({@link #xml}). */
  private GraphXml.Content xmlContent() {
    return new GraphXml.Content(
        people,
        links,
        attributeNames,
        p -> {
          String[] t = texts(p);
          for (int a = 0; a < t.length; a++) {
            t[a] = t[a] == null ? null : xml(t[a]);
          }
          return t;
        },
        id -> xml(idOf.apply(id)));
  }

  /**
   * Text that XML 1.0 can hold: a character it forbids even escaped (a control character other than
   * tab, line feed and carriage return; U+FFFE, U+FFFF; half a surrogate pair) is written as {@code
   * \xNN} or <code>&#92;uNNNN</code>, so that a GraphML or GEXF file stays well-formed whatever the ids and
   * attributes hold.
   */
  static String xml(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
      if (ok) {
        if (b != null) {
          b.append(c);
        }
      } else {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02X", (int) c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * GraphML with a key per node attribute ({@code key0}, ... in attribute order) and per link
   * attribute; a link's weight is written when it is not the declared default 1.0.
   *
   * @param out where to write GraphML
   */
  public void graphml(Writer out) {
    GraphXml.graphml(xmlContent(), out);
  }

  /** @param out where to write GEXF 1.2 */
  public void gexf(Writer out) {
    GraphXml.gexf(xmlContent(), "vc-network", out);
  }

  private Map<Link, String> edgeIds() {
    Map<Link, String> ids = new java.util.IdentityHashMap<>();
    for (int i = 0; i < links.size(); i++) {
      ids.put(links.get(i), "e" + i);
    }
    return ids;
  }

  /**
   * Cytoscape JSON ({@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}}), which
   * Cytoscape desktop imports as "Cytoscape.js JSON" and Cytoscape.js reads directly. Numbers and
   * booleans are JSON numbers and booleans; an absent attribute is left out of the node's data.
   *
   * @param out where to write
   */
  public void cytoscapeJson(Writer out) {
    Map<Link, String> ids = edgeIds();
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("elements");
      g.writeArrayFieldStart("nodes");
      for (String p : people) {
        g.writeStartObject();
        g.writeObjectFieldStart("data");
        g.writeStringField("id", idOf.apply(p));
        String[] texts = texts(p);
        for (int a = 0; a < texts.length; a++) {
          if (texts[a] == null) {
            continue;
          }
          NodeAttribute name = attributeNames.get(a);
          g.writeFieldName(name.name());
          switch (name.type()) {
            case STRING -> g.writeString(texts[a]);
            case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(texts[a]));
            default -> g.writeNumber(texts[a]); // the decimal text as it is: 0.7, 988.7828, 3
          }
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("edges");
      for (Link l : links) {
        g.writeStartObject();
        g.writeObjectFieldStart("data");
        g.writeStringField("id", ids.get(l));
        g.writeStringField("source", idOf.apply(l.personA()));
        g.writeStringField("target", idOf.apply(l.personB()));
        g.writeFieldName("weight");
        g.writeNumber(NodeAttribute.decimal(l.weight()));
        g.writeNumberField("crime_evidence", l.crimeEvidence());
        g.writeNumberField("intel_evidence", l.intelEvidence());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CSV edge list: {@code source,target,weight,crime_evidence,intel_evidence}, weights with four
   * decimals and a dot as in links.csv, one row per link. i2 Analyst's Notebook imports it with an import
   * specification of two entity columns and a link.
   *
   * @param out where to write
   */
  public void csvEdges(Writer out) {
    try {
      out.write("source,target,weight,crime_evidence,intel_evidence\n");
      for (Link l : links) {
        List<String> row = new ArrayList<>();
        row.add(csv(idOf.apply(l.personA())));
        row.add(csv(idOf.apply(l.personB())));
        row.add(org.vcanalytics.core.Decimals.fixed4(l.weight()));
        row.add(Long.toString(l.crimeEvidence()));
        row.add(Long.toString(l.intelEvidence()));
        out.write(String.join(",", row));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CSV cell: quoted when it holds a comma, quote or line break, and neutralised when a spreadsheet
   * would run it as a formula (OWASP: a text that begins with {@code = + - @}, tab or carriage return
   * gets a leading single quote; a number such as {@code -5} is left as it is).
   */
  static String csv(String text) {
    String s = org.vcanalytics.core.load.SafeText.spreadsheetCell(text);
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
