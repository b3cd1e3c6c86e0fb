package org.vcanalytics.examples.report;

import org.vcanalytics.examples.pipeline.ReportOptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.PersonHarm;

/**
 * The dashboard's file without a browser: the data it holds is exactly the CSV files', it is safe
 * inside its script element, it fetches nothing, it is the same bytes every time, and the shared
 * one holds no person. (DashboardBrowserTest drives it in Chromium.)
 */
class DashboardTest {
  static PipelineResult result;
  static Path out;

  @TempDir static Path tmp;

  @BeforeAll
  static void run() {
    LoadResult loaded = VcPackage.load(Path.of("../examples/sample-package"));
    result = Pipeline.run(
        loaded.dataset(), loaded.report(), LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
    out = tmp.resolve("out");
    Outputs.write(result, out);
  }

  static List<Map<String, String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] head = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < head.length; i++) {
        row.put(head[i], v[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void aValueCannotCloseTheScriptElement() throws IOException {
    String hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 \"q\"";
    StringWriter w = new StringWriter();
    JsonGenerator g = DashboardJson.generator(w);
    g.writeStartObject();
    g.writeStringField("name", hostile);
    g.writeEndObject();
    g.flush();
    String json = w.toString();
    // Every <, > and & is \\u003C, \\u003E, \\u0026; the line separators are escaped too.
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
        .doesNotContain("\u2028").doesNotContain("\u2029")
        .contains("\\u003C/script\\u003E");
    assertThat(new ObjectMapper().readTree(json).path("name").asText()).isEqualTo(hostile);
  }

  @Test
  void theFiguresAreExactlyHotspotsCsv() throws IOException {
    JsonNode d = DashboardFiles.data(out.resolve("report.html"));
    Map<String, List<String>> areas = new HashMap<>();
    for (JsonNode l : d.path("levels")) {
      List<String> ids = new ArrayList<>();
      l.path("areas").forEach(a -> ids.add(a.path("id").asText()));
      ids.add("UNASSIGNED");
      areas.put(l.path("level").asText(), ids);
    }
    Map<String, String> types = Map.of("month", "month", "quarter", "quarter", "year", "year", "fy", "fy");
    // key level|area|period|typology -> events,harm,offenders,victims,rate,share,rank as the CSV writes them
    Map<String, String> shown = new HashMap<>();
    d.path("figures").fields().forEachRemaining(lv -> lv.getValue().fields().forEachRemaining(ty ->
        ty.getValue().fields().forEachRemaining(pt -> {
          JsonNode labels = d.path("periods").path(types.get(pt.getKey()));
          for (JsonNode row : pt.getValue()) {
            String key = lv.getKey() + "|" + areas.get(lv.getKey()).get(row.get(0).asInt()) + "|"
                + labels.get(row.get(1).asInt()).asText() + "|" + ty.getKey();
            List<String> v = new ArrayList<>();
            for (int i = 2; i < 9; i++) {
              v.add(row.get(i).isNull() ? "" : row.get(i).asText());
            }
            shown.put(key, String.join(",", v));
          }
        })));
    List<Map<String, String>> rows = csv(out.resolve("hotspots.csv"));
    assertThat(rows).isNotEmpty();
    for (Map<String, String> r : rows) {
      String key = r.get("level") + "|" + r.get("area_id") + "|" + r.get("period") + "|" + r.get("typology");
      // Jackson reads 312.9067 back as a double and prints it the same; 0.0500 would print 0.05, so
      // compare numbers as numbers where the CSV pads with zeros.
      String[] v = shown.get(key).split(",", -1);
      assertThat(v[0]).as(key).isEqualTo(r.get("vc_events"));
      assertThat(new java.math.BigDecimal(v[1])).as(key).isEqualByComparingTo(r.get("harm"));
      assertThat(v[2]).as(key).isEqualTo(r.get("offenders"));
      assertThat(v[3]).as(key).isEqualTo(r.get("victims"));
      assertThat(v[4].isEmpty()).as(key).isEqualTo(r.get("rate_per_1000").isEmpty());
      assertThat(new java.math.BigDecimal(v[5])).as(key).isEqualByComparingTo(r.get("share_of_force"));
      assertThat(v[6]).as(key).isEqualTo(r.get("rank"));
    }
    assertThat(shown).hasSameSizeAs(rows);
  }

  @Test
  void theFileFetchesNothing() throws IOException {
    String html = Files.readString(out.resolve("report.html"));
    // ECharts itself is checked by the browser test (no request leaves the file); its code holds
    // strings such as '<img src="' for its save-as-image button, so it is left out here.
    String echarts = Dashboard.resource(Dashboard.ECHARTS);
    assertThat(html).contains(echarts);
    html = html.replace(echarts, "");
    assertThat(html).doesNotContainPattern("<script[^>]*\\ssrc=").doesNotContainPattern("<link[^>]*href=")
        .doesNotContainPattern("<img[^>]*\\ssrc=").doesNotContainPattern("url\\(\\s*['\"]?https?:")
        .doesNotContainPattern("@import");
    assertThat(html).startsWith("<!DOCTYPE html>");
  }

  @Test
  void theSameResultGivesTheSameBytesInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String a = Report.html(result);
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String b = Report.html(result);
      assertThat(b).isEqualTo(a);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theLimitsKeepTheFirstPeopleAndTheLatestEvents() {
    JsonNode d = DashboardFiles.data(Dashboard.html(result, new ReportOptions(2, 3, 10), null));
    List<PersonHarm> in = new ArrayList<>(result.harm().people());
    in.removeIf(p -> p.category() == Category.NONE);
    in.sort(Comparator.comparing(PersonHarm::category)
        .thenComparing(Comparator.comparingDouble(PersonHarm::harmRecency).reversed())
        .thenComparing(PersonHarm::personId));
    JsonNode people = d.path("people");
    assertThat(people.path("total_in_category").asInt()).isEqualTo(in.size());
    assertThat(people.path("shown").asInt()).isEqualTo(2);
    assertThat(people.path("rows").get(0).get(0).asText()).isEqualTo(in.get(0).personId());
    assertThat(people.path("rows").get(1).get(0).asText()).isEqualTo(in.get(1).personId());
    assertThat(people.path("rows").get(0).get(10).asText()).isEqualTo(in.get(0).explanation());
    JsonNode events = d.path("events");
    assertThat(events.path("total").asInt()).isEqualTo(result.classification().violentCrimes().size());
    assertThat(events.path("shown").asInt()).isEqualTo(3);
    // most recent first: the dates never rise
    String previous = "9999-12-31";
    for (JsonNode e : events.path("rows")) {
      assertThat(e.get(1).asText()).isLessThanOrEqualTo(previous);
      previous = e.get(1).asText();
    }
    // every node of the held network that is not a person shown is the other end of a held link
    JsonNode net = d.path("network");
    assertThat(net.path("nodes").get(0).asText()).isEqualTo(in.get(0).personId());
    assertThat(net.path("ego_cap").asInt()).isEqualTo(10);
  }

  @Test
  void theSharedDashboardHoldsNoPerson() throws IOException {
    Path share = tmp.resolve("share-report.html");
    List<List<String>> figures = List.of(
        List.of("lsoa", "E01000001", "2024", "ALL", "[c]", "[c]", "[c]", "[c]", "[c]"));
    Report.writeShared(result, figures, List.of(), "[c]", "rules in words", share);
    String html = Files.readString(share);
    JsonNode d = DashboardFiles.data(html);
    assertThat(d.path("mode").asText()).isEqualTo("shared");
    for (String absent : List.of("people", "events", "network", "grid", "input", "crimes", "travel", "categories")) {
      assertThat(d.has(absent)).as(absent).isFalse();
    }
    String json = DashboardFiles.json(html);
    for (PersonHarm p : result.harm().people()) {
      assertThat(json).doesNotContain("\"" + p.personId() + "\"");
    }
    assertThat(d.path("shared_note").asText()).isEqualTo("rules in words");
    // the suppressed figure is there, its values null
    assertThat(d.path("figures").path("lsoa").path("ALL").path("year").get(0).get(2).isNull()).isTrue();
  }
}
