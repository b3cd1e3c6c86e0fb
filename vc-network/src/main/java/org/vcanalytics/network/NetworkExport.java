package org.vcanalytics.network;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.vcanalytics.core.Link;

/**
 * Writes a network, or a part of it, for visual tools: GraphML (yEd, Gephi, Cytoscape), GEXF
 * (Gephi), Cytoscape JSON (Cytoscape, Cytoscape.js) and a CSV edge list (i2 Analyst's Notebook,
 * spreadsheets). Nodes carry the attributes the caller gives (category, harm, typologies, proximity,
 * ...) and links their weight and evidence counts. Person ids can be replaced by keyed pseudonyms.
 *
 * <pre>{@code
 * NetworkExport.of(net.ego("P001", 2, 300))
 *     .withNodeAttributes(List.of("category", "harm"), id -> Map.of("category", ..., "harm", ...))
 *     .pseudonymised(Pseudonymiser.hmacSha256(key))
 *     .graphml(writer);
 * }</pre>
 *
 * <p>Output is deterministic: nodes in person id order, links by their two ends.
 */
public final class NetworkExport {

  /** The link attributes every export carries. */
  public static final List<String> LINK_ATTRIBUTES = List.of("weight", "crime_evidence", "intel_evidence");

  private final List<String> people;
  private final List<Link> links;
  private final List<String> attributeNames;
  private final Function<String, Map<String, String>> attributes;
  private final Function<String, String> idOf;

  private NetworkExport(
      List<String> people,
      List<Link> links,
      List<String> attributeNames,
      Function<String, Map<String, String>> attributes,
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
   * @param names the node attribute names, in column order
   * @param values each person's values by name (a missing name is written empty)
   * @return a copy with node attributes
   */
  public NetworkExport withNodeAttributes(List<String> names, Function<String, Map<String, String>> values) {
    for (String n : names) {
      if (n.equals("id") || LINK_ATTRIBUTES.contains(n)) {
        throw new IllegalArgumentException("'" + n + "' is a reserved attribute name");
      }
    }
    return new NetworkExport(people, links, List.copyOf(names), Objects.requireNonNull(values), idOf);
  }

  /** @param p the keyed pseudonymiser @return a copy that writes pseudonyms instead of ids */
  public NetworkExport pseudonymised(Pseudonymiser p) {
    return new NetworkExport(people, links, attributeNames, attributes, p::pseudonym);
  }

  /**
   * A link as an edge of the exported graph, with its id ({@code e0}, {@code e1}, ... in link order).
   * Compared by identity: the graph's own maps then never hash a link's fields.
   */
  private static final class Edge {
    final Link link;
    final String id;

    Edge(Link link, String id) {
      this.link = link;
      this.id = id;
    }
  }

  private Graph<String, Edge> graph() {
    Graph<String, Edge> g =
        GraphTypeBuilder.<String, Edge>undirected()
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .weighted(true)
            .buildGraph();
    people.forEach(g::addVertex);
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      Edge e = new Edge(l, "e" + i);
      g.addEdge(l.personA(), l.personB(), e);
      g.setEdgeWeight(e, l.weight());
    }
    return g;
  }

  private Map<String, Attribute> nodeAttributes(String person) {
    Map<String, String> values = attributes.apply(person);
    Map<String, Attribute> out = new LinkedHashMap<>();
    for (String n : attributeNames) {
      out.put(n, DefaultAttribute.createAttribute(xml(values.getOrDefault(n, ""))));
    }
    return out;
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

  private Function<String, String> xmlIds() {
    return id -> xml(idOf.apply(id));
  }

  /** The evidence counts; the weight goes in each format's own weight field. */
  private static Map<String, Attribute> linkAttributes(Edge e) {
    return linkAttributes(e.link);
  }

  private static Map<String, Attribute> linkAttributes(Link l) {
    Map<String, Attribute> out = new LinkedHashMap<>();
    out.put("crime_evidence", DefaultAttribute.createAttribute(l.crimeEvidence()));
    out.put("intel_evidence", DefaultAttribute.createAttribute(l.intelEvidence()));
    return out;
  }

  /** @param out where to write GraphML */
  public void graphml(Writer out) {
    GraphMLExporter<String, Edge> x = new GraphMLExporter<>(xmlIds());
    for (String n : attributeNames) {
      x.registerAttribute(n, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    x.setExportEdgeWeights(true);
    x.registerAttribute("crime_evidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.LONG);
    x.registerAttribute("intel_evidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.LONG);
    x.setVertexAttributeProvider(this::nodeAttributes);
    x.setEdgeIdProvider(e -> e.id);
    x.setEdgeAttributeProvider(NetworkExport::linkAttributes);
    x.exportGraph(graph(), out);
  }

  /** @param out where to write GEXF 1.2 */
  public void gexf(Writer out) {
    GEXFExporter<String, Edge> x = new GEXFExporter<>(xmlIds(), e -> e.id);
    for (String n : attributeNames) {
      x.registerAttribute(n, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    x.registerAttribute("crime_evidence", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.LONG);
    x.registerAttribute("intel_evidence", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.LONG);
    x.setCreator("vc-network");
    x.setVertexAttributeProvider(this::nodeAttributes);
    x.setEdgeAttributeProvider(NetworkExport::linkAttributes);
    x.exportGraph(graph(), out);
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
   * Cytoscape desktop imports as "Cytoscape.js JSON" and Cytoscape.js reads directly.
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
        Map<String, String> values = attributes.apply(p);
        for (String n : attributeNames) {
          g.writeStringField(n, values.getOrDefault(n, ""));
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
        g.writeNumberField("weight", l.weight());
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
   * A CSV edge list: {@code source,target,weight,crime_evidence,intel_evidence}, weights with six
   * decimals and a dot, one row per link. i2 Analyst's Notebook imports it with an import
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
        row.add(org.vcanalytics.core.Decimals.fixed(l.weight(), 6));
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
