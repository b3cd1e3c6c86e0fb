package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;

/**
 * The library's GraphML and GEXF writers ({@link GraphXml}) write, byte for byte, what jgrapht-io's
 * exporters write for the same network — the way the files were written before the library streamed
 * them itself. Random networks of up to 12 people whose ids and texts draw on every kind of character
 * the escapes treat differently: markup characters, tab, line feed, carriage return, C0 and C1
 * controls, U+2028, U+FFFE and U+FFFF, lone and paired surrogates, accented letters; attributes of
 * every type, some absent, some empty; no attributes at all; no people.
 */
class GraphXmlProperties {

  private static final String[] PIECES = {
    "P", "7", "a", "é", "☃", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "\u0001", "\u001B", "\u007F",
    "\u0085", "\u009F", "\u00A0", "\u2028", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDC00",
    "\uD83D\uDE00", "]]>", "--", " ", ""
  };

  private static final List<NodeAttribute> ALL_TYPES =
      List.of(
          NodeAttribute.text("category"), NodeAttribute.flag("in_category"), NodeAttribute.integer("vc_events"),
          NodeAttribute.longInteger("links"), NodeAttribute.decimal("harm"), NodeAttribute.text("typologies"));

  @Property(tries = 300)
  void sameBytesAsJgrapht(@ForAll long seed) {
    Random r = new Random(seed);
    TreeSet<String> ids = new TreeSet<>();
    int people = r.nextInt(13);
    while (ids.size() < people) {
      ids.add(text(r, 1 + r.nextInt(4)) + ids.size());
    }
    List<String> sorted = new ArrayList<>(ids);
    IntelLog log = IntelLog.builder().id("I1").recordedOn(LocalDate.of(2024, 1, 1))
        .grade(IntelGrade.of("3x5x2", "2", "C")).build();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        if (r.nextInt(4) == 0) {
          List<LinkEvidence> evidence = new ArrayList<>();
          for (int k = r.nextInt(3); k >= 0; k--) {
            evidence.add(r.nextBoolean()
                ? LinkEvidence.crime("C" + k, LocalDate.of(2024, 1, 1))
                : LinkEvidence.intelligence(log, RandomNetworks.WEIGHTS[r.nextInt(RandomNetworks.WEIGHTS.length)]));
          }
          links.add(Link.of(sorted.get(i), sorted.get(j), evidence));
        }
      }
    }
    List<NodeAttribute> names = r.nextInt(5) == 0 ? List.of() : ALL_TYPES;
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (String p : sorted) {
      Map<String, Object> v = new HashMap<>();
      maybe(r, v, "category", text(r, r.nextInt(5)));
      maybe(r, v, "in_category", r.nextBoolean());
      maybe(r, v, "vc_events", r.nextInt(2000) - 1000);
      maybe(r, v, "links", r.nextLong());
      maybe(r, v, "harm", r.nextInt(3) == 0 ? 0.0 : r.nextDouble() * 5000);
      maybe(r, v, "typologies", r.nextBoolean() ? "" : "KNIFE;VAW");
      values.put(p, v);
    }
    NetworkExport x = NetworkExport.of(sorted, links).withNodeAttributes(names, values::get);

    StringWriter graphml = new StringWriter();
    x.graphml(graphml);
    StringWriter gexf = new StringWriter();
    x.gexf(gexf);

    assertThat(graphml.toString()).isEqualTo(Reference.graphml(sorted, links, names, values));
    assertThat(gexf.toString()).isEqualTo(Reference.gexf(sorted, links, names, values));
  }

  private static void maybe(Random r, Map<String, Object> v, String name, Object value) {
    if (r.nextInt(4) != 0) {
      v.put(name, value);
    }
  }

  private static String text(Random r, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /** The files as jgrapht-io's exporters write them, set up as the library used to set them up. */
  static final class Reference {
    private Reference() {}

    private static Graph<String, String> graph(List<String> people, List<Link> links, Map<String, Link> byId) {
      Graph<String, String> g =
          GraphTypeBuilder.<String, String>undirected().allowingMultipleEdges(false).allowingSelfLoops(false)
              .weighted(true).buildGraph();
      people.forEach(g::addVertex);
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        g.addEdge(l.personA(), l.personB(), "e" + i);
        g.setEdgeWeight("e" + i, NetworkExport.weight(l));
        byId.put("e" + i, l);
      }
      return g;
    }

    private static Map<String, Attribute> nodeAttributes(
        List<NodeAttribute> names, Map<String, Object> values) {
      Map<String, Attribute> out = new LinkedHashMap<>();
      for (NodeAttribute a : names) {
        String t = a.text(values.get(a.name()));
        if (t != null) {
          out.put(a.name(), new DefaultAttribute<>(NetworkExport.xml(t), AttributeType.create(a.type().graphml())));
        }
      }
      return out;
    }

    private static Map<String, Attribute> linkAttributes(Link l) {
      Map<String, Attribute> out = new LinkedHashMap<>();
      out.put("crime_evidence", DefaultAttribute.createAttribute(l.crimeEvidence()));
      out.put("intel_evidence", DefaultAttribute.createAttribute(l.intelEvidence()));
      return out;
    }

    static String graphml(
        List<String> people, List<Link> links, List<NodeAttribute> names, Map<String, Map<String, Object>> values) {
      GraphMLExporter<String, String> x = new GraphMLExporter<>(NetworkExport::xml);
      for (NodeAttribute a : names) {
        x.registerAttribute(a.name(), GraphMLExporter.AttributeCategory.NODE, AttributeType.create(a.type().graphml()));
      }
      x.setExportEdgeWeights(true);
      x.registerAttribute("crime_evidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.LONG);
      x.registerAttribute("intel_evidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.LONG);
      Map<String, Link> byId = new HashMap<>();
      Graph<String, String> g = graph(people, links, byId);
      x.setVertexAttributeProvider(p -> nodeAttributes(names, values.get(p)));
      x.setEdgeIdProvider(e -> e);
      x.setEdgeAttributeProvider(e -> linkAttributes(byId.get(e)));
      StringWriter w = new StringWriter();
      x.exportGraph(g, w);
      return w.toString();
    }

    static String gexf(
        List<String> people, List<Link> links, List<NodeAttribute> names, Map<String, Map<String, Object>> values) {
      Map<String, Link> byId = new HashMap<>();
      Graph<String, String> g = graph(people, links, byId);
      GEXFExporter<String, String> x = new GEXFExporter<>(NetworkExport::xml, e -> e);
      for (NodeAttribute a : names) {
        x.registerAttribute(a.name(), GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.create(a.type().gexf()));
      }
      x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
      x.registerAttribute("crime_evidence", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.LONG);
      x.registerAttribute("intel_evidence", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.LONG);
      x.setCreator("vc-network");
      x.setVertexAttributeProvider(p -> nodeAttributes(names, values.get(p)));
      x.setEdgeAttributeProvider(e -> linkAttributes(byId.get(e)));
      StringWriter w = new StringWriter();
      x.exportGraph(g, w);
      return w.toString();
    }
  }
}
