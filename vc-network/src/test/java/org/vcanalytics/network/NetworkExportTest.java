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

  static NetworkExport export() {
    return NetworkExport.of(small())
        .withNodeAttributes(
            List.of("category", "harm"),
            id -> id.equals("P1") ? Map.of("category", "HIGH_HARM", "harm", "988.7828") : Map.of("category", "NONE"));
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
            .withNodeAttributes(List.of("note"), id -> Map.of("note", "bad \uFFFF \uD800 & \u0000 end"));
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
    assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
    assertThat(w.toString()).contains("HIGH_HARM").contains("attr.name=\"weight\"").contains("1.0");
  }

  @Test
  void gexfForGephi() throws Exception {
    StringWriter w = new StringWriter();
    export().gexf(w);
    Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
    assertThat(w.toString()).contains("intel_evidence").contains("HIGH_HARM");
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
                + "P1,P2,1.000000,1,1\n"
                + "P2,P3,0.360000,0,1\n");
  }

  @Test
  void pseudonymsAreKeyedAndStable() {
    byte[] key = "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    Pseudonymiser p = Pseudonymiser.hmacSha256(key);
    assertThat(p.pseudonym("P1")).isEqualTo(Pseudonymiser.hmacSha256(key).pseudonym("P1")).matches("p[0-9a-f]{20}");
    assertThat(p.pseudonym("P1")).isNotEqualTo(p.pseudonym("P2"));
    assertThat(Pseudonymiser.hmacSha256("another key, also long".getBytes(StandardCharsets.UTF_8)).pseudonym("P1"))
        .isNotEqualTo(p.pseudonym("P1"));
    StringWriter csv = new StringWriter();
    NetworkExport.of(small()).pseudonymised(p).csvEdges(csv);
    assertThat(csv.toString()).doesNotContain("P1").contains(p.pseudonym("P1"));
  }

  @Test
  void sameNetworkSameBytes() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    export().graphml(a);
    export().graphml(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }
}
