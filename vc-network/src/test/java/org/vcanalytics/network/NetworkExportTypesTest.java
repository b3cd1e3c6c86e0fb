package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
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

/**
 * Numbers are declared and written as numbers in every format, so Gephi and Cytoscape can size
 * nodes by harm; weights carry no floating noise; an absent value is absent.
 *
 * <p>The worked example: P1–P2 rests on three 3x5x2 logs graded 1/C (1.0 × 0.6 = 0.6), 2/B (0.6 ×
 * 0.8 = 0.48) and 3/A (0.2 × 1.0 = 0.2), so its weight is 1 − (0.4 × 0.52 × 0.8) = 1 − 0.1664 =
 * 0.8336, which in floating point is not exactly 0.8336; P2–P3 rests on one 2/C log, 0.6 × 0.6 =
 * 0.36. P1 has harm 1234.56789 (written 1234.5679), harm_recency 2 (written 2.0), 3 VC events,
 * proximity 0 and is in a category; P2 has harm 0.7000000000000001 (written 0.7), proximity 1; P3 has
 * no harm and no proximity.
 */
class NetworkExportTypesTest {

  static final LocalDate D = LocalDate.of(2024, 6, 1);

  static IntelLog log(String id, String source, String assessment) {
    return IntelLog.builder().id(id).recordedOn(D).grade(IntelGrade.of("3x5x2", source, assessment)).build();
  }

  static final List<NodeAttribute> ATTRIBUTES =
      List.of(NodeAttribute.text("category"), NodeAttribute.flag("in_category"), NodeAttribute.decimal("harm"),
          NodeAttribute.decimal("harm_recency"), NodeAttribute.integer("vc_events"), NodeAttribute.integer("proximity"));

  static NetworkExport export() {
    PersonNetwork net =
        PersonNetwork.of(
            Set.of(),
            List.of(
                Link.of("P1", "P2", List.of(
                    LinkEvidence.intelligence(log("I1", "1", "C"), 0.6),
                    LinkEvidence.intelligence(log("I2", "2", "B"), 0.6 * 0.8),
                    LinkEvidence.intelligence(log("I3", "3", "A"), 0.2))),
                Link.of("P2", "P3", List.of(LinkEvidence.intelligence(log("I4", "2", "C"), 0.36)))));
    Map<String, Map<String, Object>> values =
        Map.of(
            "P1", Map.of("category", "HIGH_HARM", "in_category", true, "harm", 1234.56789, "harm_recency", 2,
                "vc_events", 3, "proximity", 0),
            "P2", Map.of("category", "NONE", "in_category", false, "harm", 0.1 * 7, "vc_events", 0, "proximity", 1),
            "P3", Map.of("category", "NONE", "in_category", false, "harm", Double.NaN, "vc_events", 0));
    return NetworkExport.of(net).withNodeAttributes(ATTRIBUTES, values::get);
  }

  @Test
  void theWorkedExampleHasFloatingNoise() {
    double w = 1 - (1 - 0.6) * (1 - 0.48) * (1 - 0.2);
    assertThat(0.1 * 7).isNotEqualTo(0.7);
    assertThat(Double.toString(0.1 * 7)).isEqualTo("0.7000000000000001");
    assertThat(NodeAttribute.decimal(w)).isEqualTo("0.8336");
    assertThat(NodeAttribute.decimal(0.1 * 7)).isEqualTo("0.7");
    assertThat(NodeAttribute.decimal(2)).isEqualTo("2.0");
    assertThat(NodeAttribute.decimal(-0.00001)).isEqualTo("0.0");
    assertThat(NodeAttribute.decimal(12345678.9)).isEqualTo("12345678.9");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void graphmlDeclaresNumbersAndWritesThemPlainly() throws Exception {
    StringWriter w = new StringWriter();
    export().graphml(w);
    Document doc = parse(w.toString());
    Map<String, String> types = new HashMap<>(); // "node:harm" -> "double"
    Map<String, String> names = new HashMap<>(); // key id -> "node:harm"
    NodeList keys = doc.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      String name = k.getAttribute("for") + ":" + k.getAttribute("attr.name");
      types.put(name, k.getAttribute("attr.type"));
      names.put(k.getAttribute("id"), name);
    }
    assertThat(types).containsEntry("node:category", "string").containsEntry("node:in_category", "boolean")
        .containsEntry("node:harm", "double").containsEntry("node:harm_recency", "double")
        .containsEntry("node:vc_events", "int").containsEntry("node:proximity", "int")
        .containsEntry("edge:weight", "double").containsEntry("edge:crime_evidence", "long")
        .containsEntry("edge:intel_evidence", "long");
    java.util.function.Function<Element, String> name =
        x -> names.get(x.getAttribute("key")).replaceFirst("^[a-z]+:", "");
    Map<String, Map<String, String>> nodes = values(doc, "node", "data", name, Element::getTextContent);
    assertThat(nodes.get("P1")).containsEntry("harm", "1234.5679").containsEntry("harm_recency", "2.0")
        .containsEntry("vc_events", "3").containsEntry("proximity", "0").containsEntry("in_category", "true");
    assertThat(Double.parseDouble(nodes.get("P1").get("harm"))).isEqualTo(1234.5679);
    assertThat(nodes.get("P2")).containsEntry("harm", "0.7").containsEntry("proximity", "1");
    // Absent stays absent: P3's harm is NaN and its proximity is not given.
    assertThat(nodes.get("P3")).doesNotContainKeys("harm", "harm_recency", "proximity").containsEntry("vc_events", "0");
    Map<String, Map<String, String>> edges = values(doc, "edge", "data", name, Element::getTextContent);
    assertThat(edges.get("P1-P2")).containsEntry("weight", "0.8336").containsEntry("intel_evidence", "3");
    assertThat(edges.get("P2-P3")).containsEntry("weight", "0.36");
  }

  /** Each element of a tag by node id or "source-target", its children of a tag as name → value. */
  private static Map<String, Map<String, String>> values(
      Document doc, String tag, String child, java.util.function.Function<Element, String> name,
      java.util.function.Function<Element, String> value) {
    Map<String, Map<String, String>> out = new HashMap<>();
    NodeList elements = doc.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      String id = tag.equals("edge") ? e.getAttribute("source") + "-" + e.getAttribute("target") : e.getAttribute("id");
      Map<String, String> values = new HashMap<>();
      NodeList d = e.getElementsByTagName(child);
      for (int j = 0; j < d.getLength(); j++) {
        values.put(name.apply((Element) d.item(j)), value.apply((Element) d.item(j)));
      }
      out.put(id, values);
    }
    return out;
  }

  @Test
  void gexfDeclaresNumbersAndWritesThemPlainly() throws Exception {
    StringWriter w = new StringWriter();
    export().gexf(w);
    Document doc = parse(w.toString());
    Map<String, String> types = new HashMap<>(); // "node:harm" -> "double"
    Map<String, String> titles = new HashMap<>(); // "node:0" -> "node:harm"
    NodeList blocks = doc.getElementsByTagName("attributes");
    for (int i = 0; i < blocks.getLength(); i++) {
      Element b = (Element) blocks.item(i);
      NodeList as = b.getElementsByTagName("attribute");
      for (int j = 0; j < as.getLength(); j++) {
        Element a = (Element) as.item(j);
        types.put(b.getAttribute("class") + ":" + a.getAttribute("title"), a.getAttribute("type"));
        titles.put(b.getAttribute("class") + ":" + a.getAttribute("id"), a.getAttribute("title"));
      }
    }
    assertThat(types).containsEntry("node:harm", "double").containsEntry("node:proximity", "integer")
        .containsEntry("node:vc_events", "integer").containsEntry("node:in_category", "boolean")
        .containsEntry("node:category", "string").containsEntry("edge:intel_evidence", "long");
    Map<String, Map<String, String>> nodes =
        values(doc, "node", "attvalue", v -> titles.get("node:" + v.getAttribute("for")), v -> v.getAttribute("value"));
    assertThat(nodes.get("P1")).containsEntry("harm", "1234.5679").containsEntry("proximity", "0");
    assertThat(nodes.get("P2")).containsEntry("harm", "0.7");
    assertThat(nodes.get("P3")).doesNotContainKeys("harm", "proximity");
    NodeList es = doc.getElementsByTagName("edge");
    List<String> weights = new java.util.ArrayList<>();
    for (int i = 0; i < es.getLength(); i++) {
      weights.add(((Element) es.item(i)).getAttribute("weight"));
    }
    assertThat(weights).containsExactly("0.8336", "0.36");
  }

  @Test
  void cytoscapeNumbersAreJsonNumbers() throws Exception {
    StringWriter w = new StringWriter();
    export().cytoscapeJson(w);
    JsonNode root = new ObjectMapper().readTree(w.toString());
    JsonNode p1 = root.at("/elements/nodes/0/data");
    assertThat(p1.get("id").asText()).isEqualTo("P1");
    assertThat(p1.get("harm").isNumber()).isTrue();
    assertThat(p1.get("harm").doubleValue()).isEqualTo(1234.5679);
    assertThat(p1.get("vc_events").isIntegralNumber()).isTrue();
    assertThat(p1.get("proximity").intValue()).isZero();
    assertThat(p1.get("in_category").isBoolean()).isTrue();
    assertThat(p1.get("category").isTextual()).isTrue();
    assertThat(root.at("/elements/nodes/2/data").has("harm")).isFalse();
    assertThat(root.at("/elements/nodes/2/data").has("proximity")).isFalse();
    assertThat(root.at("/elements/edges/0/data/weight").isNumber()).isTrue();
    assertThat(w.toString()).contains("\"weight\" : 0.8336", "\"harm\" : 0.7,").doesNotContain("0000000");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingTheAttributeNotTheValue() {
    NetworkExport x =
        NetworkExport.of(List.of("P1"), List.of())
            .withNodeAttributes(List.of(NodeAttribute.decimal("harm")), id -> Map.of("harm", "988.7828"));
    assertThatThrownBy(() -> x.cytoscapeJson(new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'harm' is DOUBLE")
        .hasMessageNotContaining("988");
    assertThatThrownBy(() -> NetworkExport.of(List.of("P1"), List.of(Link.of("P1", "P2", List.of(LinkEvidence.crime("C1", D))))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
