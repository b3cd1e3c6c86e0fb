package org.vcanalytics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vcanalytics.examples.cli.VcCommand;

/**
 * The dashboard of examples/sample-package as of 2024-12-31 in a real (headless) Chromium, opened from
 * disk: what the analyst sees and clicks gives exactly the figures of the CSV files beside it, nothing
 * is fetched, nothing goes to the console as an error; the shared edition holds no people. (The
 * pictures of docs/img come from DashboardScreenshotsTest, on the demo.)
 */
class DashboardBrowserTest {
  /** 32 fixed bytes for --share-key (the pseudonyms do not matter here, only that share/ is written). */
  static final byte[] KEY = {
    (byte) 0x9f, 0x1c, 0x5e, (byte) 0xa2, 0x37, (byte) 0xd4, 0x08, 0x6b, (byte) 0xe1, 0x52, (byte) 0xc9, 0x2d, 0x74,
    (byte) 0x8a, 0x13, (byte) 0xf6, 0x4b, (byte) 0xb0, 0x69, 0x2e, (byte) 0xd7, 0x05, (byte) 0x98, 0x3c, (byte) 0xef,
    0x41, 0x1a, (byte) 0x86, 0x7d, (byte) 0xc3, 0x50, 0x27};
  static final String AS_OF = "2024-12-31";

  @TempDir static Path tmp;
  static Path out;
  static Browser browser;
  static List<Map<String, String>> hotspots;
  static List<Map<String, String>> people;
  static List<Map<String, String>> links;

  @BeforeAll
  static void analyseAndStart() throws IOException {
    browser = Browser.start();
    out = tmp.resolve("out");
    Path key = tmp.resolve("share.key");
    Files.write(key, KEY);
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", AS_OF,
        "--out", out.toString(), "--share-key", key.toString())).isZero();
    hotspots = Browser.csv(out.resolve("hotspots.csv"));
    people = Browser.csv(out.resolve("people.csv"));
    links = Browser.csv(out.resolve("links.csv"));
  }

  @AfterAll
  static void quit() {
    Browser.quit(browser);
  }

  @BeforeEach
  void open() {
    browser.open(out.resolve("report.html"));
    browser.assertClean("loading report.html");
  }

  @Test
  void firstScreenShowsTheAdvisoryWithTheAsOfDateFirst() {
    assertThat(browser.displayed("screen-home")).isTrue();
    for (String s : List.of("hotspots", "events", "people", "networks", "factors")) {
      assertThat(browser.displayed("screen-" + s)).as("screen " + s + " hidden at first").isFalse();
    }
    WebElement advisory = browser.driver.findElement(By.id("advisory"));
    assertThat(advisory.isDisplayed()).isTrue();
    String text = advisory.getText();
    assertThat(text).contains(AS_OF).contains(Report.ADVISORY);
    assertThat(text.indexOf(AS_OF)).as("the as-of date before the advisory's words").isLessThan(text.indexOf(Report.ADVISORY));
    // Nothing on the page comes before it: it is at the top, above the title, the navigation and the screens.
    Number top = (Number) browser.js("return document.getElementById('advisory').getBoundingClientRect().top");
    assertThat(top.doubleValue()).isBetween(0.0, 200.0);
    for (String other : List.of("nav", "main", "screen-home")) {
      Number y = (Number) browser.js("const e = document.getElementById(arguments[0]); return e ? e.getBoundingClientRect().top : 1e9", other);
      assertThat(y.doubleValue()).as(other + " below the advisory").isGreaterThan(top.doubleValue());
    }
    assertThat(browser.text("return document.getElementById('definition').textContent")).isNotBlank();
    assertThat(browser.text("return document.getElementById('caveats').textContent")).isNotBlank();
    assertThat(browser.driver.findElements(By.cssSelector("#input-table tr"))).isNotEmpty();
  }

  @Test
  void mapAndTableShowExactlyTheFiguresOfHotspotsCsv() {
    browser.nav("hotspots");
    List<String> levels = levels();
    assertThat(levels).contains("npu", "lsoa");
    Map<String, Map<String, Number>> knife = new LinkedHashMap<>();
    for (String typology : List.of("KNIFE", "ALL")) {
      for (String year : List.of("2024", "2023")) {
        for (String level : levels) {
          browser.hotspots(level, typology, "year", year);
          assertThat(browser.consoleErrors()).as("console errors after choosing " + level + " " + typology + " " + year).isEmpty();
          String what = level + ", " + typology + ", " + year;
          eventually(this::mapTable, expectedTable(level, typology, year), "table#map-table of " + what);
          if (polygons(level)) {
            Map<String, Number> expected = expectedMap(level, typology, year);
            eventually(this::mapValues, expected, "vcDashboard.mapValues() of " + what);
            if (year.equals("2024")) {
              knife.put(level + " " + typology, expected);
            }
          }
        }
      }
    }
    // The choice changed what the map shows: knife crime is a part of all violent crime at npu level.
    assertThat(knife.get("npu KNIFE")).isNotEqualTo(knife.get("npu ALL"));
    browser.assertClean("choosing levels, typologies and years");
  }

  @Test
  void clickingAnAreaOpensItsPanelWithItsTenYearTrend() {
    browser.nav("hotspots");
    browser.hotspots("npu", "ALL", "year", "2024");
    WebElement row = browser.driver.findElement(By.cssSelector("table#map-table tr[data-area='NPU1']"));
    row.findElement(By.cssSelector("td.name")).click();
    assertPanel("npu", "NPU1", "Sample NPU One");
    browser.assertClean("clicking the row of NPU1");
    // The hook does the same, on another level; an area without a name in areas.geojson is named by its id.
    browser.hotspots("lsoa", "KNIFE", "year", "2024");
    assertThat(browser.js("return vcDashboard.openArea('E01000001')")).isNotEqualTo(Boolean.FALSE);
    assertPanel("lsoa", "E01000001", "E01000001");
    browser.assertClean("vcDashboard.openArea('E01000001')");
  }

  /** The panel's "where its offenders live": each home area with its count of travel.csv (journeys or people, as headed). */
  @Test
  void theAreaPanelsHomeAreasAreThoseOfTravelCsv() {
    browser.nav("hotspots");
    browser.hotspots("npu", "ALL", "year", "2024");
    browser.js("vcDashboard.openArea('NPU1')");
    browser.waitShown("area-panel");
    @SuppressWarnings("unchecked")
    List<List<String>> table = (List<List<String>>) browser.js(
        "const t = document.querySelector('#area-origins table'); if (!t) return [];"
            + "return [...t.querySelectorAll('tr')].map(tr => [...tr.children].map(c => c.textContent.trim()))");
    assertThat(table).as("#area-origins table of NPU1").hasSizeGreaterThan(1);
    boolean journeys = table.get(0).get(1).contains("journey");
    Map<String, String> expected = new TreeMap<>();
    for (Map<String, String> f : Browser.csv(out.resolve("travel.csv"))) {
      if (f.get("kind").equals("flow") && f.get("level").equals("npu") && f.get("area").endsWith(">NPU1")) {
        String home = f.get("area").substring(0, f.get("area").indexOf('>'));
        expected.put(home.equals("NPU2") ? "Sample NPU Two" : home.equals("NPU1") ? "Sample NPU One (this area)" : home,
            journeys ? f.get("count") : f.get("outside_or_people"));
      }
    }
    Map<String, String> shown = new TreeMap<>();
    table.subList(1, table.size()).forEach(r -> shown.put(r.get(0), r.get(1)));
    assertThat(shown).as("home areas of NPU1 under the heading '" + table.get(0).get(1) + "' (travel.csv: count = journeys,"
        + " outside_or_people = people)").isEqualTo(expected);
    browser.assertClean("the home areas of NPU1");
  }

  private void assertPanel(String level, String id, String name) {
    browser.waitShown("area-panel");
    assertThat(browser.text("return document.querySelector('#area-panel h3.area-name').textContent").trim()).isEqualTo(name);
    Map<String, String> expected = new TreeMap<>();
    for (String year : periods("year")) {
      expected.put(year, hotspots.stream()
          .filter(h -> h.get("level").equals(level) && h.get("area_id").equals(id) && h.get("period").equals(year)
              && h.get("typology").equals("ALL"))
          .map(h -> h.get("vc_events")).findFirst().orElse("0"));
    }
    eventually(() -> trend("ALL"), expected, "the ALL column of the trend table of " + id);
  }

  /** The periods are the ten years ending with the as-of period (docs: the dashboard contract), data or not. */
  @Test
  void thePeriodsAreTheTenYearsEndingWithTheAsOfYear() {
    assertThat(periods("year")).containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(periods("month")).hasSize(120).startsWith("2015-01").endsWith("2024-12");
    assertThat(periods("quarter")).hasSize(40).startsWith("2015-Q1").endsWith("2024-Q4");
    browser.nav("hotspots");
    assertThat(browser.js("return [...document.querySelectorAll('#ctl-period option')].map(o => o.textContent.trim()).sort()"))
        .isEqualTo(periods("year"));
  }

  @Test
  void theEventsCountIsTheMapsForTheSameFilter() {
    for (String typology : List.of("ALL", "KNIFE")) {
      browser.nav("hotspots");
      browser.hotspots("npu", typology, "year", "2024");
      Map<String, List<String>> table = mapTable();
      long all = table.values().stream().mapToLong(r -> Long.parseLong(r.get(0))).sum();
      long npu1 = mapValues().getOrDefault("NPU1", 0).longValue();
      assertThat(all).isEqualTo(hotspots.stream()
          .filter(h -> h.get("level").equals("npu") && h.get("typology").equals(typology) && h.get("period").equals("2024"))
          .mapToLong(h -> Long.parseLong(h.get("vc_events"))).sum()).isPositive();
      browser.nav("events");
      browser.choose("ev-typology", typology);
      browser.choose("ev-level", "npu");
      browser.choose("ev-period-type", "year");
      browser.choose("ev-period", "2024");
      browser.choose("ev-area", "ALL");
      eventually(this::eventsCount, all, "#events-count, " + typology + ", all areas of npu, 2024");
      if (Boolean.TRUE.equals(browser.js("return vcDashboard.data.events.shown === vcDashboard.data.events.total"))) {
        eventually(() -> (long) browser.driver.findElements(By.cssSelector("table#events-table tr[data-crime]")).size(),
            all, "rows of table#events-table (the list is not capped)");
      }
      browser.choose("ev-area", "NPU1");
      eventually(this::eventsCount, npu1, "#events-count, " + typology + ", NPU1, 2024");
      browser.assertClean("filtering events by " + typology);
    }
  }

  @Test
  void searchingAHighHarmPersonShowsTheExplanationAndTheEgoNetwork() {
    Map<String, String> p = people.stream().filter(x -> x.get("category").equals("HIGH_HARM")).findFirst().orElseThrow();
    String id = p.get("person_id");
    List<String> neighbours = links.stream()
        .filter(l -> l.get("person_a").equals(id) || l.get("person_b").equals(id))
        .map(l -> l.get("person_a").equals(id) ? l.get("person_b") : l.get("person_a")).collect(Collectors.toList());
    browser.searchPerson(id);
    browser.waitShown("person-panel");
    assertThat(browser.displayed("person-missing")).isFalse();
    assertThat(browser.text("return document.querySelector('#person-panel .person-id').textContent").trim()).isEqualTo(id);
    assertThat(browser.text("return document.querySelector('#person-panel .person-category').textContent")).contains("HIGH_HARM");
    assertThat(browser.text("return document.querySelector('#person-panel .explanation').textContent").trim())
        .isEqualTo(p.get("explanation"));
    assertThat(neighbours).as("the sample's High Harm person has links").isNotEmpty();
    eventually(() -> egoNodes().contains(id) && egoNodes().stream().anyMatch(neighbours::contains), true,
        "vcDashboard.egoNodes() holds " + id + " and one of " + neighbours);
    browser.choose("ego-depth", "1");
    eventually(() -> neighbours.containsAll(egoNodes().stream().filter(n -> !n.equals(id)).collect(Collectors.toList())),
        true, "at depth 1 the ego network is the person and their neighbours in links.csv: " + egoNodes());
    browser.assertClean("searching " + id);
    // Someone outside every category and every link: the page says why, and shows no panel.
    String none = people.stream().map(x -> x.get("person_id"))
        .filter(x -> people.stream().anyMatch(y -> y.get("person_id").equals(x) && y.get("category").equals("NONE")))
        .filter(x -> links.stream().noneMatch(l -> l.get("person_a").equals(x) || l.get("person_b").equals(x)))
        .findFirst().orElseThrow();
    browser.searchPerson(none);
    browser.waitShown("person-missing");
    assertThat(browser.displayed("person-panel")).isFalse();
    assertThat(browser.driver.findElement(By.id("person-missing")).getText()).contains(none);
    browser.assertClean("searching " + none);
  }

  @Test
  void theNetworksScreenListsPeopleThatOpenOnTheirScreen() {
    browser.nav("networks");
    assertThat(browser.driver.findElements(By.cssSelector("table#components-table tr"))).isNotEmpty();
    for (String table : List.of("top-degree-table", "vulnerable-table")) {
      browser.nav("networks");
      List<WebElement> rows = browser.driver.findElements(By.cssSelector("table#" + table + " tr[data-person]"));
      assertThat(rows).as("rows of table#" + table).isNotEmpty();
      String id = rows.get(0).getDomAttribute("data-person");
      assertThat(people).as(id + " of table#" + table + " is in people.csv").anyMatch(p -> p.get("person_id").equals(id));
      browser.js("arguments[0].scrollIntoView({block: 'center'})", rows.get(0));
      rows.get(0).click();
      browser.waitShown("screen-people");
      browser.waitShown("person-panel");
      assertThat(browser.text("return document.querySelector('#person-panel .person-id').textContent").trim()).isEqualTo(id);
      assertThat(egoNodes()).contains(id);
      browser.assertClean("opening " + id + " from table#" + table);
    }
  }

  @Test
  void theSharedDashboardHasNoPeopleEventsOrNetwork() throws IOException {
    Path shared = out.resolve("share").resolve("report.html");
    String html = Files.readString(shared, StandardCharsets.UTF_8);
    for (Map<String, String> p : people) {
      assertThat(html).as("share/report.html").doesNotContain(p.get("person_id"));
    }
    browser.open(shared);
    browser.assertClean("loading share/report.html");
    assertThat(browser.js("return vcDashboard.data.mode")).isEqualTo("shared");
    assertThat(browser.js("const d = vcDashboard.data; return [d.people, d.events, d.network].every(x => x === undefined)"))
        .isEqualTo(Boolean.TRUE);
    assertThat(browser.displayed("advisory")).isTrue();
    for (String s : List.of("people", "events", "networks")) {
      browser.js("vcDashboard.show(arguments[0])", s);
      assertThat(browser.displayed("screen-" + s)).as("screen " + s + " in the shared edition").isFalse();
      assertThat(browser.driver.findElements(By.cssSelector("a[data-screen='" + s + "']")).stream().filter(WebElement::isDisplayed))
          .as("a link to " + s).isEmpty();
    }
    for (String hook : List.of("person-search", "person-panel", "ego-chart", "events-table", "components-table")) {
      assertThat(browser.js("const e = document.getElementById(arguments[0]); return !e || !e.offsetParent", hook))
          .as("#" + hook + " absent or hidden").isEqualTo(Boolean.TRUE);
    }
    browser.js("vcDashboard.show('hotspots')");
    assertThat(browser.displayed("screen-hotspots")).isTrue();
    browser.assertClean("the screens of the shared edition");
  }

  // ---- the page ---------------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  List<String> levels() {
    return (List<String>) browser.js("return vcDashboard.data.levels.map(l => l.level)");
  }

  boolean polygons(String level) {
    return Boolean.TRUE.equals(browser.js("return vcDashboard.data.levels.find(l => l.level === arguments[0]).polygons", level));
  }

  @SuppressWarnings("unchecked")
  List<String> periods(String type) {
    return (List<String>) browser.js("return vcDashboard.data.periods[arguments[0]]", type);
  }

  @SuppressWarnings("unchecked")
  Map<String, Number> mapValues() {
    Map<String, Object> raw = (Map<String, Object>) browser.js("return vcDashboard.mapValues()");
    Map<String, Number> m = new TreeMap<>();
    raw.forEach((k, v) -> {
      if (v != null && ((Number) v).doubleValue() != 0) {
        m.put(k, ((Number) v).longValue() == ((Number) v).doubleValue() ? (Number) ((Number) v).longValue() : (Number) v);
      }
    });
    return m;
  }

  /** The rows of table#map-table: area id to events, harm, rate, rank, share as shown. */
  @SuppressWarnings("unchecked")
  Map<String, List<String>> mapTable() {
    List<List<String>> rows = (List<List<String>>) browser.js(
        "return [...document.querySelectorAll('table#map-table tr[data-area]')].map(tr => [tr.dataset.area]"
            + ".concat(['events', 'harm', 'rate', 'rank', 'share'].map(c => { const td = tr.querySelector('td.' + c);"
            + " return td ? td.textContent.trim() : null; })))");
    Map<String, List<String>> m = new TreeMap<>();
    rows.forEach(r -> m.put(r.get(0), new ArrayList<>(r.subList(1, r.size()))));
    return m;
  }

  Map<String, List<String>> expectedTable(String level, String typology, String period) {
    Map<String, List<String>> m = new TreeMap<>();
    for (Map<String, String> h : rows(level, typology, period)) {
      m.put(h.get("area_id"), List.of(h.get("vc_events"), h.get("harm"), h.get("rate_per_1000"), h.get("rank"), h.get("share_of_force")));
    }
    return m;
  }

  Map<String, Number> expectedMap(String level, String typology, String period) {
    Map<String, Number> m = new TreeMap<>();
    for (Map<String, String> h : rows(level, typology, period)) {
      if (!h.get("area_id").equals("UNASSIGNED")) {
        m.put(h.get("area_id"), Long.parseLong(h.get("vc_events")));
      }
    }
    return m;
  }

  List<Map<String, String>> rows(String level, String typology, String period) {
    return hotspots.stream().filter(h -> h.get("level").equals(level) && h.get("typology").equals(typology)
        && h.get("period").equals(period)).collect(Collectors.toList());
  }

  /** The area panel's trend table: period to the text of the typology's column. */
  @SuppressWarnings("unchecked")
  Map<String, String> trend(String typology) {
    List<List<String>> rows = (List<List<String>>) browser.js(
        "const t = document.querySelector('#area-panel table.area-trend-table'); if (!t) return [];"
            + "const head = [...t.querySelectorAll('tr')].find(tr => tr.querySelector('th') && ![...tr.children].some(c => c.tagName === 'TD'));"
            + "const col = head ? [...head.children].findIndex(c => c.textContent.trim() === arguments[0]) : -1;"
            + "return [...t.querySelectorAll('tr')].filter(tr => tr !== head && tr.children.length > col && col >= 0)"
            + ".map(tr => [tr.children[0].textContent.trim(), tr.children[col].textContent.trim()])", typology);
    Map<String, String> m = new TreeMap<>();
    rows.forEach(r -> m.put(r.get(0), r.get(1)));
    return m;
  }

  long eventsCount() {
    String t = browser.driver.findElement(By.id("events-count")).getText().replace(",", "");
    java.util.regex.Matcher x = java.util.regex.Pattern.compile("\\d+").matcher(t);
    return x.find() ? Long.parseLong(x.group()) : -1;
  }

  @SuppressWarnings("unchecked")
  List<String> egoNodes() {
    return (List<String>) browser.js("return vcDashboard.egoNodes()");
  }

  /** Waits (up to 5 s) for the page to show {@code expected}, then asserts it: a redraw may come a frame later. */
  static <T> void eventually(Supplier<T> actual, T expected, String what) {
    long until = System.nanoTime() + 5_000_000_000L;
    while (!Objects.equals(actual.get(), expected) && System.nanoTime() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(actual.get()).as(what).isEqualTo(expected);
  }
}
