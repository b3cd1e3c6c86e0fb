package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class NetworkExportTest {

  static final LocalDate D = LocalDate.of(2024, 6, 1);

  static PersonNetwork small() {
    IntelLog log = IntelLog.builder().id("I1").recordedOn(D).grade(IntelGrade.of("3x5x2", "2", "C")).build();
    return PersonNetwork.of(
        Set.of("P3"),
        List.of(
            Link.of("P1", "P2", List.of(LinkEvidence.crime("C1", D), LinkEvidence.intelligence(log, 0.36))),
            Link.of("P2", "P3", List.of(LinkEvidence.intelligence(log, 0.36)))));
  }

  static final List<NodeAttribute> ATTRIBUTES =
      List.of(NodeAttribute.text("category"), NodeAttribute.decimal("harm"), NodeAttribute.integer("proximity"));

  /** P1 has harm 988.78284 (written 988.7828) and proximity 0; P2 has proximity 1; P3 neither. */
  static NetworkExport export() {
    return NetworkExport.of(small())
        .withNodeAttributes(
            ATTRIBUTES,
            id -> switch (id) {
              case "P1" -> Map.of("category", "HIGH_HARM", "harm", 988.78284, "proximity", 0);
              case "P2" -> Map.of("category", "NONE", "proximity", 1);
              default -> Map.of("category", "NONE");
            });
  }

  /**
   * Ids and attributes holding characters XML 1.0 cannot carry (here U+0001, U+001B, U+FFFF and a lone
   * surrogate) must still give well-formed GraphML and GEXF: a strict parser reads both.
   */
  @Test
  void controlCharactersKeepTheXmlWellFormed() throws Exception {
    IntelLog log = IntelLog.builder().id("I1").recordedOn(D).grade(IntelGrade.of("3x5x2", "2", "C")).build();
    PersonNetwork net =
        PersonNetwork.of(
            Set.of(),
            List.of(Link.of("P\u0001<a>", "P\u001b[2J", List.of(LinkEvidence.intelligence(log, 0.36)))));
    NetworkExport x =
        NetworkExport.of(net)
            .withNodeAttributes(
                List.of(NodeAttribute.text("note")), id -> Map.of("note", "bad \uFFFF \uD800 & \u0000 end"));
    for (boolean gexf : new boolean[] {false, true}) {
      StringWriter w = new StringWriter();
      if (gexf) {
        x.gexf(w);
      } else {
        x.graphml(w);
      }
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
      assertThat(d.getDocumentElement()).isNotNull();
      assertThat(w.toString()).contains("P\\x01&lt;a&gt;", "\\uFFFF", "\\uD800", "\\x00");
    }
  }

  @Test
  void csvEdgesNeutraliseFormulas() {
    IntelLog log = IntelLog.builder().id("I1").recordedOn(D).grade(IntelGrade.of("3x5x2", "2", "C")).build();
    PersonNetwork net =
        PersonNetwork.of(
            Set.of(), List.of(Link.of("=HYPERLINK(\"x\")", "P2", List.of(LinkEvidence.intelligence(log, 0.36)))));
    StringWriter w = new StringWriter();
    NetworkExport.of(net).csvEdges(w);
    assertThat(w.toString()).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain("\n=");
  }

  @Test
  void graphmlIsXmlWithAttributes() throws Exception {
    StringWriter w = new StringWriter();
    export().graphml(w);
    Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
    // Each edge's weight: its own data, else the weight key's default. P1-P2: a crime (1.0) and a 2/C
    // log (0.36), 1 - 0 x 0.64 = 1.0; P2-P3: the log alone, 0.36.
    Map<String, String> keys = new java.util.HashMap<>();
    Map<String, String> defaults = new java.util.HashMap<>();
    NodeList keyList = doc.getElementsByTagName("key");
    for (int i = 0; i < keyList.getLength(); i++) {
      Element k = (Element) keyList.item(i);
      keys.put(k.getAttribute("id"), k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
      NodeList d = k.getElementsByTagName("default");
      if (d.getLength() > 0) {
        defaults.put(k.getAttribute("id"), d.item(0).getTextContent());
      }
    }
    assertThat(data(doc, "edge", keys, defaults)).containsExactly(
        "P1-P2 crime_evidence=1 intel_evidence=1 weight=1.0",
        "P2-P3 crime_evidence=0 intel_evidence=1 weight=0.36");
    // Absent values are absent: P2 has no harm, P3 neither harm nor proximity.
    assertThat(data(doc, "node", keys, defaults)).containsExactly(
        "P1 category=HIGH_HARM harm=988.7828 proximity=0", "P2 category=NONE proximity=1", "P3 category=NONE");
  }

  /** Each element of a tag as "id (or source-target) name=value ..." in name order, defaults filled in. */
  private static List<String> data(Document doc, String tag, Map<String, String> keys, Map<String, String> defaults) {
    List<String> out = new java.util.ArrayList<>();
    NodeList elements = doc.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      Map<String, String> values = new java.util.TreeMap<>();
      defaults.forEach((k, v) -> {
        if (keys.get(k).startsWith(tag + ":")) {
          values.put(keys.get(k).substring(tag.length() + 1), v);
        }
      });
      NodeList d = e.getElementsByTagName("data");
      for (int j = 0; j < d.getLength(); j++) {
        String key = keys.get(((Element) d.item(j)).getAttribute("key"));
        assertThat(key).startsWith(tag + ":");
        values.put(key.substring(tag.length() + 1), d.item(j).getTextContent());
      }
      StringBuilder b = new StringBuilder(tag.equals("edge") ? e.getAttribute("source") + "-" + e.getAttribute("target") : e.getAttribute("id"));
      values.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void gexfForGephi() throws Exception {
    StringWriter w = new StringWriter();
    export().gexf(w);
    Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
    NodeList edges = doc.getElementsByTagName("edge");
    List<String> seen = new java.util.ArrayList<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      seen.add(e.getAttribute("source") + "-" + e.getAttribute("target") + " " + e.getAttribute("weight"));
    }
    // P1-P2: 1 - 0 x 0.64 = 1.0; P2-P3: 0.36 (as in the GraphML).
    assertThat(seen).containsExactly("P1-P2 1.0", "P2-P3 0.36");
    assertThat(w.toString()).contains("title=\"intel_evidence\"").contains("value=\"HIGH_HARM\"");
  }

  @Test
  void cytoscapeJsonAndCsvEdges() throws Exception {
    StringWriter w = new StringWriter();
    export().cytoscapeJson(w);
    JsonNode root = new ObjectMapper().readTree(w.toString());
    assertThat(root.at("/elements/nodes")).hasSize(3);
    assertThat(root.at("/elements/nodes/0/data/category").asText()).isEqualTo("HIGH_HARM");
    // P1-P2: a crime (1.0) and a 2/C log (0.36): 1 - 0 x 0.64 = 1.0.
    assertThat(root.at("/elements/edges/0/data/weight").asDouble()).isEqualTo(1.0);
    assertThat(root.at("/elements/edges/0/data/crime_evidence").asInt()).isEqualTo(1);
    assertThat(root.at("/elements/edges/1/data/intel_evidence").asInt()).isEqualTo(1);

    StringWriter csv = new StringWriter();
    NetworkExport.of(small()).csvEdges(csv);
    assertThat(csv.toString())
        .isEqualTo(
            "source,target,weight,crime_evidence,intel_evidence\n"
                + "P1,P2,1.0000,1,1\n"
                + "P2,P3,0.3600,0,1\n");
  }

  @Test
  void pseudonymsAreKeyedAndStable() {
    byte[] key = "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    Pseudonymiser p = Pseudonymiser.hmacSha256(key);
    // HMAC-SHA-256 of "P1" under this key (Python: hmac.new(key, b"P1", hashlib.sha256).hexdigest())
    // is 0d198a608108c65a6667b92b...: "p" and its first 20 hex digits.
    assertThat(p.pseudonym("P1")).isEqualTo("p0d198a608108c65a6667");
    assertThat(Pseudonymiser.hmacSha256(key).pseudonym("P1")).isEqualTo(p.pseudonym("P1"));
    assertThat(p.pseudonym("P1")).isNotEqualTo(p.pseudonym("P2"));
    assertThat(Pseudonymiser.hmacSha256("another key, also long".getBytes(StandardCharsets.UTF_8)).pseudonym("P1"))
        .isNotEqualTo(p.pseudonym("P1"));
    StringWriter csv = new StringWriter();
    NetworkExport.of(small()).pseudonymised(p).csvEdges(csv);
    assertThat(csv.toString()).doesNotContain("P1").contains(p.pseudonym("P1"));
  }

  /**
   * The same network, built from its people, links and evidence in the opposite order with
   * attributes in a map of the opposite order, is written byte for byte the same in every format.
   */
  @Test
  void sameNetworkSameBytes() {
    IntelLog log = IntelLog.builder().id("I1").recordedOn(D).grade(IntelGrade.of("3x5x2", "2", "C")).build();
    PersonNetwork reversed =
        PersonNetwork.of(
            new java.util.LinkedHashSet<>(List.of("P3", "P2", "P1")),
            List.of(
                Link.of("P3", "P2", List.of(LinkEvidence.intelligence(log, 0.36))),
                Link.of("P2", "P1", List.of(LinkEvidence.intelligence(log, 0.36), LinkEvidence.crime("C1", D)))));
    NetworkExport other =
        NetworkExport.of(reversed)
            .withNodeAttributes(
                ATTRIBUTES,
                id -> {
                  Map<String, Object> m = new java.util.LinkedHashMap<>();
                  if (id.equals("P1")) {
                    m.put("proximity", 0);
                    m.put("harm", 988.78284);
                    m.put("category", "HIGH_HARM");
                  } else {
                    if (id.equals("P2")) {
                      m.put("proximity", 1);
                    }
                    m.put("category", "NONE");
                  }
                  return m;
                });
    for (String format : List.of("graphml", "gexf", "cytoscape", "csv")) {
      assertThat(write(other, format)).as(format).isEqualTo(write(export(), format));
    }
  }

  private static String write(NetworkExport x, String format) {
    StringWriter w = new StringWriter();
    switch (format) {
      case "graphml" -> x.graphml(w);
      case "gexf" -> x.gexf(w);
      case "cytoscape" -> x.cytoscapeJson(w);
      default -> x.csvEdges(w);
    }
    return w.toString();
  }
}
