package org.vcanalytics.examples.report;

import org.vcanalytics.examples.pipeline.Bias;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.PipelineOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.PersonHarm;

/** report.html of the sample package: order, content, self-containment, well-formedness, same bytes. */
class ReportTest {

  static PipelineResult result;

  @TempDir Path tmp;

  @BeforeAll
  static void run() {
    LoadResult loaded = VcPackage.load(Path.of("../examples/sample-package"));
    result =
        Pipeline.run(loaded.dataset(), loaded.report(), LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
  }

  String report() throws IOException {
    Path f = Report.write(result, tmp.resolve("out/report.html"));
    assertThat(f).isRegularFile();
    return Files.readString(f);
  }

  @Test
  void theAdvisoryComesBeforeEverythingElse() throws IOException {
    String html = report();
    String body = html.substring(html.indexOf("<body>") + "<body>".length()).strip();
    assertThat(body).startsWith("<div class=\"advisory\"");
    int end = body.indexOf("</div>");
    String advisory = body.substring(0, end);
    assertThat(advisory)
        .contains("2024-12-31")
        .contains("recorded police data")
        .contains("never replace, professional judgement")
        .contains("predict nothing")
        .contains("for authorised use only");
    // Nothing of substance before it: the first heading of the body is the advisory's.
    assertThat(body.indexOf("<h2>Advisory")).isLessThan(body.indexOf("<h1>"));
  }

  @Test
  void everySectionIsThereInOrder() throws IOException {
    String html = report();
    List<String> headings =
        List.of(
            "<h2>Advisory",
            "<h1>Violent crime analysis as of 2024-12-31</h1>",
            "<h2>1. Summary</h2>",
            "<h2>2. Violent crime over time</h2>",
            "<h2>3. Map of violent crime by area</h2>",
            "<h2>4. Top areas</h2>",
            "<h2>5. Categories and the High Harm list</h2>",
            "<h2>6. Network around High Harm people</h2>",
            "<h2>7. Contributing factors</h2>",
            "<h2>8. Bias review: who is in each category</h2>",
            "<footer");
    int at = -1;
    for (String h : headings) {
      int i = html.indexOf(h);
      assertThat(i).as(h).isGreaterThan(at);
      at = i;
    }
  }

  @Test
  void theSummaryGivesTheCounts() throws IOException {
    String html = report();
    assertThat(html)
        .contains("PHYSICAL_VIOLENCE")
        .contains("crimes.csv")
        .contains("<th>Crimes up to the as-of date</th><td class=\"n\">4</td>")
        .contains("<th>of which violent</th><td class=\"n\">3</td>");
    for (String t : List.of("KNIFE", "GUN", "YOUTH", "OCG", "DOMESTIC", "VAW", "ROBBERY_PERSONAL")) {
      assertThat(html).contains(">" + t + "</td>");
    }
    for (Category c : Category.values()) {
      assertThat(html).contains(">" + c.name() + "</td>");
    }
  }

  @Test
  void theHighHarmPersonAndTheirExplanationAreListed() throws IOException {
    String html = report();
    PersonHarm p003 = result.harm().person("P003").orElseThrow();
    assertThat(p003.category()).isEqualTo(Category.HIGH_HARM);
    String list = html.substring(html.indexOf("<h3>High Harm people</h3>"), html.indexOf("<section id=\"network\">"));
    assertThat(list).contains("<td class=\"id\">P003</td>").contains(ReportFormat.esc(p003.explanation()));
    assertThat(list).contains(ReportFormat.fixed4(p003.harmRecency()));
    // The network picture draws P003 and labels them.
    String net = html.substring(html.indexOf("<section id=\"network\">"), html.indexOf("<section id=\"factors\">"));
    assertThat(net).contains("<svg").contains(">P003</text>");
  }

  @Test
  void theMapAndChartsAreDrawnFromTheFigures() throws IOException {
    String html = report();
    String map = html.substring(html.indexOf("<section id=\"map\">"), html.indexOf("<section id=\"top-areas\">"));
    // The sample package's finest level with polygons is lsoa, with one area and one crime in 2024.
    assertThat(map).contains("level <strong>lsoa</strong>").contains("<path ").contains("E01000001");
    String trends = html.substring(html.indexOf("<section id=\"trends\">"), html.indexOf("<section id=\"map\">"));
    assertThat(trends).contains("<svg").contains("<rect").contains("<polyline");
    assertThat(html).contains("<h3>Level lsoa</h3>").contains("<h3>Level npu</h3>");
    // Factor prevalence: counts beside percentages.
    String factors = html.substring(html.indexOf("<section id=\"factors\">"));
    assertThat(factors).contains("MENTAL_HEALTH").containsPattern("\\d+ of \\d+<br><span class=\"pct\">\\d+\\.\\d%");
  }

  /**
   * The sample package as of 2024-12-31 (docs/bias.md): HIGH_HARM = P003 (F, 39), INVOLVED = P001
   * (M, 25), CONNECTED nobody, five people in the data (F 2, M 2, U 1).
   */
  @Test
  void theBiasReviewShowsEachCategoryBesideTheData() throws IOException {
    String html = report();
    String bias = html.substring(html.indexOf("<section id=\"bias\">"), html.indexOf("<footer"));
    assertThat(bias).contains(ReportFormat.esc(ReportBias.CAVEAT))
        .contains("where the police look and who reports").contains("a question to review")
        .contains("not a finding about people");
    assertThat(bias).contains("<h3>By recorded sex</h3>").contains("<h3>By age band on 2024-12-31</h3>");
    // F: HIGH_HARM 1 of 1 = 100.0%; INVOLVED 0 of 1 = 0.0%; CONNECTED empty: —; the data 2 of 5 = 40.0%.
    assertThat(bias).contains("<tr><td>F</td><td class=\"n\">1<br><span class=\"pct\">100.0%</span></td>"
        + "<td class=\"n\">0<br><span class=\"pct\">0.0%</span></td>"
        + "<td class=\"n\">0<br><span class=\"pct\">—</span></td>"
        + "<td class=\"n\">2<br><span class=\"pct\">40.0%</span></td></tr>");
    // 18-25: P001 (INVOLVED): 1 of 1; the data 1 of 5 = 20.0%.
    assertThat(bias).contains("<tr><td>18-25</td><td class=\"n\">0<br><span class=\"pct\">0.0%</span></td>"
        + "<td class=\"n\">1<br><span class=\"pct\">100.0%</span></td>");
    // Per 1,000 residents, level npu: NPU2 (8,000) holds P001: 1 / 8,000 x 1,000 = 0.125 -> 0.13.
    assertThat(bias).contains("Level <strong>npu</strong>")
        .contains("<tr><td>NPU2</td><td>Sample NPU Two</td><td class=\"n\">8,000</td>"
            + "<td class=\"n\">0 <span class=\"pct\">(0.00)</span></td>"
            + "<td class=\"n\">1 <span class=\"pct\">(0.13)</span></td>")
        .contains("<tr><td>NO_HOME</td><td>no home point recorded</td><td class=\"n\">—</td>");
    assertThat(html).contains("<li><a href=\"#bias\">Bias review</a></li>");
  }

  @Test
  void theBiasReviewEscapesAreaNames() {
    String name = "<i>Ward & \"Co\"</i>";
    String square = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1000,0],[1000,1000],[0,1000],[0,0]]]}";
    org.vcanalytics.core.VcDataset data = org.vcanalytics.core.VcDataset.builder()
        .addPerson(org.vcanalytics.core.Person.builder().id("P1").home(org.vcanalytics.core.GridPoint.of(500, 500)).build())
        .addArea(new org.vcanalytics.core.Area("npu", "N1", name, java.util.OptionalLong.of(100),
            org.vcanalytics.core.Area.Crs.BRITISH_NATIONAL_GRID, square))
        .build();
    PipelineResult r = Pipeline.run(data, new org.vcanalytics.core.load.LoadReport(List.of(), List.of(), List.of()),
        LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
    String html = Report.html(r);
    String bias = html.substring(html.indexOf("<section id=\"bias\">"), html.indexOf("<footer"));
    // P1 lives in N1 (100 residents): everyone 1 / 100 x 1,000 = 10.00 per 1,000.
    assertThat(bias).contains("<td>N1</td><td>&lt;i&gt;Ward &amp; &quot;Co&quot;&lt;/i&gt;</td>")
        .contains("1 <span class=\"pct\">(10.00)</span>").doesNotContain("<i>");
  }

  @Test
  void nothingIsFetchedFromTheNetwork() throws IOException {
    String html = report();
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
    assertThat(html).doesNotContainPattern("<script[^>]*\\ssrc=");
    assertThat(html).doesNotContainPattern("<link[^>]*\\shref=");
    assertThat(html).doesNotContainPattern("<img[^>]*\\ssrc=");
    assertThat(html).doesNotContainPattern("url\\(");
    assertThat(html).doesNotContain("@import");
  }

  @Test
  void tagsBalance() throws IOException {
    String html = report();
    for (String tag : List.of("svg", "section", "table", "figure", "div", "g", "tr", "td", "p", "ul", "title", "text")) {
      int open = count(html, Pattern.compile("<" + tag + "[\\s>]"));
      int close = count(html, Pattern.compile("</" + tag + ">"));
      assertThat(close).as(tag).isEqualTo(open);
    }
    // Properly nested, not just balanced: a stack over the elements that need closing.
    Matcher m = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>").matcher(html);
    Deque<String> stack = new ArrayDeque<>();
    List<String> empty = List.of("meta", "br", "link", "img", "hr", "input");
    while (m.find()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      if (empty.contains(name) || !m.group(4).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        stack.push(name);
      } else {
        assertThat(stack).as("closing " + name + " at " + m.start()).isNotEmpty();
        assertThat(stack.pop()).as("closing " + name + " at " + m.start()).isEqualTo(name);
      }
    }
    assertThat(stack).isEmpty();
    // No raw control characters or unescaped ampersands in text.
    assertThat(html).doesNotContainPattern("&(?![a-z]+;|#\\d+;)");
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws IOException {
    Path a = Report.write(result, tmp.resolve("a.html"));
    Path b = Report.write(result, tmp.resolve("b.html"));
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    // And from a second run of the pipeline.
    LoadResult loaded = VcPackage.load(Path.of("../examples/sample-package"));
    PipelineResult again =
        Pipeline.run(loaded.dataset(), loaded.report(), LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
    assertThat(Report.html(again)).isEqualTo(Files.readString(a));
  }

  @Test
  void numbersHaveADotWhateverTheLocale() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String html = report();
      PersonHarm p003 = result.harm().person("P003").orElseThrow();
      String harm = ReportFormat.fixed4(p003.harm());
      assertThat(harm).contains(".");
      assertThat(html).contains(">" + harm + "</td>");
      assertThat(html).doesNotContainPattern("\\d,\\d{4}</td>");
      // SVG coordinates never carry a decimal comma.
      assertThat(html).doesNotContainPattern("(cx|cy|x|y|x1|y1|x2|y2|r|width|height)=\"-?\\d+,\\d");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void mapClassesStayFiveWhenManyAreasShareACount() {
    List<Long> counts = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      counts.add(i < 200 ? 1L : i < 260 ? 2L : 3L + (i - 260));
    }
    counts.add(0L);
    assertThat(ReportMap.classBreaks(counts)).hasSize(5).startsWith(1L, 2L).endsWith(42L).isSorted();
    assertThat(ReportMap.classBreaks(List.of(0L, 0L))).isEmpty();
    assertThat(ReportMap.classBreaks(List.of(0L, 3L, 1L, 3L))).containsExactly(1L, 3L);
  }

  @Test
  void textIsEscaped() {
    assertThat(ReportFormat.esc("<script>alert('x')</script> & \"q\"")).isEqualTo(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  private static int count(String s, Pattern p) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
