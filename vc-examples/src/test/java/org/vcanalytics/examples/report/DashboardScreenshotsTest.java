package org.vcanalytics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.examples.cli.VcCommand;

/**
 * The pictures of docs/report.md and docs/hotspots.md, made from the bundled demo (the synthetic
 * force on Birmingham's geography) only when {@code -Dvc.screenshots=docs/img} is given:
 *
 * <pre>
 * mvn -B -q verify -pl vc-examples -am -Dtest=DashboardScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dvc.screenshots=docs/img
 * </pre>
 */
class DashboardScreenshotsTest {
  @TempDir static Path tmp;
  static Browser browser;
  static Path report;

  @BeforeAll
  static void demo() {
    assumeTrue(!System.getProperty(Browser.SCREENSHOTS, "").isBlank(), "pictures only with -D" + Browser.SCREENSHOTS);
    browser = Browser.start();
    assertThat(VcCommand.execute("demo", "--out", tmp.toString())).isZero();
    report = tmp.resolve("results/report.html");
  }

  @AfterAll
  static void quit() {
    Browser.quit(browser);
  }

  @Test
  void pictures() {
    browser.open(report);
    browser.screenshot("dashboard-home.png", null, null);

    browser.nav("hotspots");
    browser.hotspots("lsoa", "ALL", "year", "2024");
    String busiest = browser.text("const t = document.querySelector('#map-table tbody tr[data-area]');"
        + " return t ? t.getAttribute('data-area') : ''");
    browser.js("vcDashboard.openArea(arguments[0])", busiest);
    browser.waitShown("area-panel");
    browser.screenshot("dashboard-hotspots.png", "map", "start");
    browser.screenshot("dashboard-area.png", "area-panel", "start");

    browser.choose("ctl-grid-colour", "ehsa");
    browser.js("const g = document.getElementById('ctl-grid'); if (!g.checked) g.click();");
    browser.screenshot("dashboard-ehsa.png", "map", "start");

    browser.nav("people");
    @SuppressWarnings("unchecked")
    List<Object> first = (List<Object>) browser.js("return vcDashboard.data.people.rows[0]");
    browser.js("vcDashboard.openPerson(arguments[0])", first.get(0));
    browser.waitShown("person-panel");
    browser.screenshot("dashboard-person.png", "ego-chart", "end");

    browser.nav("networks");
    browser.screenshot("dashboard-networks.png", null, null);
    browser.assertClean("the pictures");
  }

  /** docs/open-data.md: the bundled police.uk sample (two months of City of London Police, OGL). */
  @Test
  void openDataPictures() {
    Path out = tmp.resolve("police-uk");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/police-uk-sample", "--as-of", "2018-12-31",
        "--out", out.toString())).isZero();
    browser.open(out.resolve("report.html"));
    browser.screenshot("open-data-home.png", null, null);
    browser.nav("hotspots");
    browser.js("const g = document.getElementById('ctl-grid'); if (!g.checked) g.click();");
    browser.choose("ctl-grid-colour", "count");
    browser.screenshot("open-data-hotspots.png", "map", "start");
    browser.assertClean("the open-data pictures");
  }
}
