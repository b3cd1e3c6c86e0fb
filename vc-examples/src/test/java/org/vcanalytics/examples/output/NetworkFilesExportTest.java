package org.vcanalytics.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.examples.cli.VcCommand;
import org.vcanalytics.examples.pipeline.AnalyseEndToEndTest;
import org.vcanalytics.examples.synthetic.SyntheticForce;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code vc analyse}'s network.graphml, network.gexf and network.cyjs on a generated force (400
 * people, three years, seed 7): the three hold the same people and links, worked out again here from
 * people.csv and links.csv (by default the High Harm people, every link touching one and its other
 * end; with {@code --export-network category} the same around everyone in a category; with {@code
 * --export-network whole} everyone and every link); numbers are typed as numbers and each node's
 * harm is people.csv's.
 */
class NetworkFilesExportTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @TempDir static Path tmp;
  static Path highHarm;
  static Path category;
  static Path whole;

  @BeforeAll
  static void analyse() {
    Path force = tmp.resolve("force");
    SyntheticForce.generate(force, new SyntheticForce.Settings(400, 3, 7, AS_OF));
    highHarm = tmp.resolve("high-harm");
    category = tmp.resolve("category");
    whole = tmp.resolve("whole");
    assertThat(VcCommand.execute("analyse", "--data", force.toString(), "--as-of", AS_OF.toString(),
        "--out", highHarm.toString())).isZero();
    assertThat(VcCommand.execute("analyse", "--data", force.toString(), "--as-of", AS_OF.toString(),
        "--out", category.toString(), "--export-network", "category")).isZero();
    assertThat(VcCommand.execute("analyse", "--data", force.toString(), "--as-of", AS_OF.toString(),
        "--out", whole.toString(), "--export-network", "whole")).isZero();
  }

  /** A network file read back: node id → attribute → text, and "a-b" → weight text. */
  record Graph(Map<String, Map<String, String>> nodes, Map<String, String> weights, Map<String, String> types) {}

  static Document xml(Path f) throws Exception {
    DocumentBuilderFactory x = DocumentBuilderFactory.newInstance();
    x.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return x.newDocumentBuilder().parse(f.toFile());
  }

  /** Each element of a tag by its id, with its children of a tag as name → value. */
  static Map<String, Map<String, String>> elements(
      Document d, String tag, Function<Element, String> id, String child,
      Function<Element, String> name, Function<Element, String> value) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    NodeList es = d.getElementsByTagName(tag);
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      Map<String, String> v = new HashMap<>();
      NodeList cs = e.getElementsByTagName(child);
      for (int j = 0; j < cs.getLength(); j++) {
        v.put(name.apply((Element) cs.item(j)), value.apply((Element) cs.item(j)));
      }
      out.put(id.apply(e), v);
    }
    return out;
  }

  static String ends(Element e) {
    return e.getAttribute("source") + "-" + e.getAttribute("target");
  }

  static Graph graphml(Path f) throws Exception {
    Document d = xml(f);
    Map<String, String> names = new HashMap<>();
    Map<String, String> types = new TreeMap<>();
    String weightDefault = null;
    NodeList keys = d.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
      types.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
      if (k.getAttribute("attr.name").equals("weight") && k.getElementsByTagName("default").getLength() > 0) {
        weightDefault = k.getElementsByTagName("default").item(0).getTextContent();
      }
    }
    Function<Element, String> name = x -> names.get(x.getAttribute("key"));
    Map<String, String> weights = new TreeMap<>();
    String otherwise = weightDefault;
    elements(d, "edge", NetworkFilesExportTest::ends, "data", name, Element::getTextContent)
        .forEach((k, v) -> weights.put(k, v.getOrDefault("weight", otherwise)));
    return new Graph(
        elements(d, "node", e -> e.getAttribute("id"), "data", name, Element::getTextContent), weights, types);
  }

  static Graph gexf(Path f) throws Exception {
    Document d = xml(f);
    Map<String, String> titles = new HashMap<>();
    Map<String, String> types = new TreeMap<>();
    NodeList blocks = d.getElementsByTagName("attributes");
    for (int i = 0; i < blocks.getLength(); i++) {
      Element b = (Element) blocks.item(i);
      NodeList as = b.getElementsByTagName("attribute");
      for (int j = 0; j < as.getLength(); j++) {
        Element a = (Element) as.item(j);
        titles.put(b.getAttribute("class") + ":" + a.getAttribute("id"), a.getAttribute("title"));
        types.put(b.getAttribute("class") + ":" + a.getAttribute("title"), a.getAttribute("type"));
      }
    }
    Map<String, String> weights = new TreeMap<>();
    NodeList es = d.getElementsByTagName("edge");
    for (int i = 0; i < es.getLength(); i++) {
      weights.put(ends((Element) es.item(i)), ((Element) es.item(i)).getAttribute("weight"));
    }
    return new Graph(
        elements(d, "node", e -> e.getAttribute("id"), "attvalue", x -> titles.get("node:" + x.getAttribute("for")),
            x -> x.getAttribute("value")),
        weights, types);
  }

  static Graph cytoscape(Path f) throws IOException {
    JsonNode root = new ObjectMapper().readTree(f.toFile());
    Map<String, Map<String, String>> nodes = new TreeMap<>();
    Map<String, String> types = new TreeMap<>();
    for (JsonNode n : root.at("/elements/nodes")) {
      Map<String, String> v = new HashMap<>();
      n.get("data").fields().forEachRemaining(e -> {
        if (!e.getKey().equals("id")) {
          v.put(e.getKey(), e.getValue().asText());
          types.merge("node:" + e.getKey(), e.getValue().getNodeType().name(), (a, b) -> a.equals(b) ? a : a + "|" + b);
        }
      });
      nodes.put(n.at("/data/id").asText(), v);
    }
    Map<String, String> weights = new TreeMap<>();
    for (JsonNode e : root.at("/elements/edges")) {
      assertThat(e.at("/data/weight").isNumber()).isTrue();
      weights.put(e.at("/data/source").asText() + "-" + e.at("/data/target").asText(), e.at("/data/weight").asText());
    }
    return new Graph(nodes, weights, types);
  }

  /** The people and links the files must hold, worked out from people.csv and links.csv. */
  static void holdsWhatTheScopeSays(Path out, String scope) throws Exception {
    boolean wholeScope = scope.equals("whole");
    List<Map<String, String>> people = AnalyseEndToEndTest.read(out.resolve("people.csv"));
    List<Map<String, String>> links = AnalyseEndToEndTest.read(out.resolve("links.csv"));
    Map<String, Map<String, String>> byId = new HashMap<>();
    Set<String> inCategory = new TreeSet<>();
    Set<String> centre = new TreeSet<>();
    for (Map<String, String> p : people) {
      byId.put(p.get("person_id"), p);
      if (!p.get("category").equals("NONE")) {
        inCategory.add(p.get("person_id"));
      }
      if (scope.equals("category") ? !p.get("category").equals("NONE") : p.get("category").equals("HIGH_HARM")) {
        centre.add(p.get("person_id"));
      }
    }
    Set<String> expectedPeople = new TreeSet<>(wholeScope ? byId.keySet() : centre);
    Map<String, String> expectedLinks = new TreeMap<>();
    for (Map<String, String> l : links) {
      String a = l.get("person_a");
      String b = l.get("person_b");
      if (wholeScope || centre.contains(a) || centre.contains(b)) {
        expectedPeople.add(a);
        expectedPeople.add(b);
        expectedLinks.put(a + "-" + b, new BigDecimal(l.get("weight")).stripTrailingZeros().toPlainString());
      }
    }
    // The force must show what a neighbourhood leaves out: a link between two people outside its centre.
    if (!wholeScope) {
      assertThat(centre).isNotEmpty();
      assertThat(links).anySatisfy(l -> assertThat(centre).doesNotContain(l.get("person_a"), l.get("person_b")));
      assertThat(expectedPeople.size()).isGreaterThan(centre.size());
    }
    JsonNode files = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/network/files");
    assertThat(files.get("scope").asText()).isEqualTo(scope);
    assertThat(files.get("people").asInt()).isEqualTo(expectedPeople.size());
    assertThat(files.get("links").asInt()).isEqualTo(expectedLinks.size());
    assertThat(files.get("people_in_a_category").asInt())
        .isEqualTo((int) expectedPeople.stream().filter(inCategory::contains).count());
    for (Graph g : List.of(graphml(out.resolve("network.graphml")), gexf(out.resolve("network.gexf")),
        cytoscape(out.resolve("network.cyjs")))) {
      assertThat(g.nodes().keySet()).containsExactlyElementsOf(expectedPeople);
      assertThat(g.weights().keySet()).containsExactlyElementsOf(expectedLinks.keySet());
      // Weights as links.csv has them, to four decimals, with no floating noise: 0.36, not 0.36000000000000004.
      g.weights().forEach((k, w) -> {
        assertThat(new BigDecimal(w).stripTrailingZeros().toPlainString()).as(k).isEqualTo(expectedLinks.get(k));
        assertThat(w.length()).as(k).isLessThanOrEqualTo(6);
      });
      g.nodes().forEach((id, v) -> {
        Map<String, String> p = byId.get(id);
        assertThat(v.get("category")).isEqualTo(p.get("category"));
        assertThat(v.get("in_category")).isEqualTo(Boolean.toString(inCategory.contains(id)));
        assertThat(new BigDecimal(v.get("harm"))).isEqualByComparingTo(new BigDecimal(p.get("harm")));
        assertThat(new BigDecimal(v.get("harm_recency"))).isEqualByComparingTo(new BigDecimal(p.get("harm_recency")));
        assertThat(v.get("vc_events")).isEqualTo(p.get("vc_events"));
        assertThat(v.get("proximity")).isEqualTo(p.get("proximity").isEmpty() ? null : p.get("proximity"));
      });
    }
  }

  @Test
  void byDefaultTheNeighbourhoodOfTheHighHarmPeople() throws Exception {
    holdsWhatTheScopeSays(highHarm, "high-harm");
    assertThat(Files.readString(highHarm.resolve("options.json"))).contains("\"network\" : \"high-harm\"");
  }

  @Test
  void withExportNetworkCategoryTheNeighbourhoodOfThePeopleInACategory() throws Exception {
    holdsWhatTheScopeSays(category, "category");
  }

  @Test
  void withExportNetworkWholeEveryoneAndEveryLink() throws Exception {
    holdsWhatTheScopeSays(whole, "whole");
    assertThat(Files.readString(whole.resolve("options.json"))).contains("\"network\" : \"whole\"");
  }

  @Test
  void anUnknownScopeIsRefusedBeforeAnythingIsWritten() {
    Path out = tmp.resolve("refused");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", AS_OF.toString(),
        "--out", out.toString(), "--export-network", "all")).isEqualTo(2);
    assertThat(out.resolve("network.graphml")).doesNotExist();
  }

  @Test
  void numbersAreTypedAsNumbersInEachFormat() throws Exception {
    assertThat(graphml(category.resolve("network.graphml")).types())
        .containsEntry("node:harm", "double").containsEntry("node:harm_recency", "double")
        .containsEntry("node:proximity", "int").containsEntry("node:vc_events", "int")
        .containsEntry("node:in_category", "boolean").containsEntry("node:category", "string")
        .containsEntry("edge:weight", "double").containsEntry("edge:crime_evidence", "long")
        .containsEntry("edge:intel_evidence", "long");
    assertThat(gexf(category.resolve("network.gexf")).types())
        .containsEntry("node:harm", "double").containsEntry("node:proximity", "integer")
        .containsEntry("node:in_category", "boolean").containsEntry("edge:intel_evidence", "long");
    assertThat(cytoscape(category.resolve("network.cyjs")).types())
        .containsEntry("node:harm", "NUMBER").containsEntry("node:harm_recency", "NUMBER")
        .containsEntry("node:proximity", "NUMBER").containsEntry("node:vc_events", "NUMBER")
        .containsEntry("node:in_category", "BOOLEAN").containsEntry("node:category", "STRING");
  }
}
