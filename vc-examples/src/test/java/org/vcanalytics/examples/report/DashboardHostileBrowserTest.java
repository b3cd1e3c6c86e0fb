package org.vcanalytics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vcanalytics.examples.cli.VcCommand;

/**
 * Markup in the data stays text. A copy of examples/sample-package where a person id, a crime id, an
 * area's name (areas.geojson's {@code name}) and an offence title hold an HTML element with a handler
 * and a closing script tag: after loading and after opening that area and that person nothing has run,
 * no element was made of them, and the text is on the screen as typed. (Ids may be any text without
 * control characters — docs/data-contract.md — so {@code <} and {@code "} are allowed in them.)
 * The dashboard shows the Home Office title of an offence, not the package's {@code offence_title}, so
 * that title only has to do no harm; it is not looked for on the screen.
 */
class DashboardHostileBrowserTest {
  static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\"></script><script>window.__pwned=2</script>";
  static final String PERSON = "P003" + HOSTILE;
  static final String CRIME = "C001" + HOSTILE;
  static final String AREA_NAME = "Sample NPU One " + HOSTILE;

  @TempDir static Path tmp;
  static Path report;
  static Path plain;
  static Browser browser;

  @BeforeAll
  static void analyseAndStart() throws IOException {
    browser = Browser.start();
    Path data = tmp.resolve("hostile-package");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of("../examples/sample-package"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".csv")) {
          Files.writeString(data.resolve(name), hostileCsv(f), StandardCharsets.UTF_8);
        } else if (name.equals("areas.geojson")) {
          String json = Files.readString(f, StandardCharsets.UTF_8);
          assertThat(json).contains("\"name\": \"Sample NPU One\"");
          Files.writeString(data.resolve(name), json.replace("\"name\": \"Sample NPU One\"",
              "\"name\": \"" + AREA_NAME.replace("\\", "\\\\").replace("\"", "\\\"") + "\""), StandardCharsets.UTF_8);
        } else {
          Files.copy(f, data.resolve(name));
        }
      }
    }
    Path out = tmp.resolve("out");
    assertThat(VcCommand.execute("validate", "--data", data.toString())).as("the hostile package is valid").isZero();
    assertThat(VcCommand.execute("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString())).isZero();
    report = out.resolve("report.html");
    List<Map<String, String>> people = Browser.csv(out.resolve("people.csv"));
    assertThat(people).anyMatch(p -> p.get("person_id").equals(PERSON) && p.get("category").equals("HIGH_HARM"));
    Path plainOut = tmp.resolve("plain");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31",
        "--out", plainOut.toString())).isZero();
    plain = plainOut.resolve("report.html");
  }

  /** The CSV file with P003, C001 and the title "Assault with injury" made hostile (quoted as CSV needs). */
  static String hostileCsv(Path f) throws IOException {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    StringBuilder b = new StringBuilder();
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(f.toFile())) {
      while (it.hasNext()) {
        String[] row = it.next();
        List<String> cells = new ArrayList<>();
        for (String c : row) {
          String v = switch (c) {
            case "P003" -> PERSON;
            case "C001" -> CRIME;
            case "Assault with injury" -> "Assault with injury " + HOSTILE;
            default -> c;
          };
          cells.add(v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        b.append(String.join(",", cells)).append('\n');
      }
    }
    return b.toString();
  }

  @AfterAll
  static void quit() {
    Browser.quit(browser);
  }

  @BeforeEach
  void open() {
    browser.open(report);
    assertHarmless("loading the page");
  }

  @Test
  void theDataCannotCloseItsScriptElement() {
    long scripts = (Long) browser.js("return document.scripts.length");
    browser.open(plain);
    assertThat(browser.js("return document.scripts.length")).as("script elements of the plain sample's page").isEqualTo(scripts);
    browser.assertClean("loading the plain sample");
    browser.open(report);
    assertThat(browser.js("return vcDashboard.data.people.rows.map(r => r[0])")).asList().contains(PERSON);
    assertThat(browser.js("return vcDashboard.data.events.rows.map(r => r[0])")).asList().contains(CRIME);
  }

  @Test
  void theAreaNameIsTextInTheTablePanelAndTooltip() {
    browser.nav("hotspots");
    browser.hotspots("npu", "ALL", "year", "2024");
    WebElement row = browser.driver.findElement(By.cssSelector("table#map-table tr[data-area='NPU1']"));
    assertThat(row.findElement(By.cssSelector("td.name")).getText()).isEqualTo(AREA_NAME);
    assertHarmless("showing the table of npu");
    row.findElement(By.cssSelector("td.name")).click();
    browser.waitShown("area-panel");
    assertThat(browser.driver.findElement(By.cssSelector("#area-panel h3.area-name")).getText()).isEqualTo(AREA_NAME);
    assertHarmless("opening the area");
    // Hover every area of the map: the tooltip names it as text.
    Object shown = browser.js("const c = echarts.getInstanceByDom(document.getElementById('map'));"
        + "if (!c) return 'no chart'; const opt = c.getOption(); let n = 0;"
        + "(opt.series || []).forEach((s, si) => (s.data || []).forEach((d, di) => {"
        + " c.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: di}); n++; }));"
        + "return n");
    assertThat(shown).as("map items hovered").isNotEqualTo("no chart");
    assertHarmless("hovering the map");
  }

  @Test
  void thePersonAndTheCrimeIdAreText() {
    browser.searchPerson(PERSON);
    browser.waitShown("person-panel");
    assertThat(browser.driver.findElement(By.cssSelector("#person-panel .person-id")).getText()).isEqualTo(PERSON);
    assertThat(browser.driver.findElement(By.cssSelector("#person-panel .explanation")).getText()).contains(PERSON);
    assertHarmless("opening the person");
    assertThat(browser.js("return vcDashboard.egoNodes()")).asList().contains(PERSON);
    browser.nav("networks");
    assertHarmless("the networks screen");
    browser.nav("events");
    assertThat(browser.text("return document.getElementById('events-table').textContent")).contains(CRIME);
    assertThat(browser.driver.findElements(By.cssSelector("table#events-table tr[data-crime]")).stream()
        .map(e -> e.getDomAttribute("data-crime"))).contains(CRIME);
    assertHarmless("the events screen");
    for (String s : List.of("factors", "home")) {
      browser.nav(s);
      assertHarmless("the " + s + " screen");
    }
  }

  /** Nothing ran, no element came of the data, no console error, no request. */
  void assertHarmless(String after) {
    assertThat(browser.js("return typeof window.__pwned")).as("window.__pwned after " + after).isEqualTo("undefined");
    assertThat(browser.js("return document.querySelectorAll('img[src=\"x\"]').length")).as("img[src=x] after " + after).isEqualTo(0L);
    assertThat(browser.js("return [...document.scripts].filter(s => s.textContent.includes('__pwned') && s.id !== 'vc-data').length"))
        .as("scripts made of the data after " + after).isEqualTo(0L);
    browser.assertClean(after);
  }
}
