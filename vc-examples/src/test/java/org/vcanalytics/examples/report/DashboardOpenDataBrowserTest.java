package org.vcanalytics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.vcanalytics.examples.cli.VcCommand;
import org.vcanalytics.examples.policeuk.PoliceUkRules;

/**
 * The dashboard of the bundled police.uk sample in headless Chromium: the first screen says the
 * police.uk rules, there are no people or networks screens (police.uk has no people), events carry
 * the month only, and nothing errs or is fetched.
 */
class DashboardOpenDataBrowserTest {
  @TempDir static Path tmp;
  static Browser browser;
  static Path out;

  @BeforeAll
  static void analyse() {
    browser = Browser.start();
    out = tmp.resolve("out");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/police-uk-sample", "--as-of", "2018-12-31",
        "--out", out.toString())).isZero();
  }

  @AfterAll
  static void quit() {
    Browser.quit(browser);
  }

  @Test
  void noPeopleScreensAndTheRulesFirst() {
    browser.open(out.resolve("report.html"));
    browser.assertClean("loading the police.uk dashboard");
    String caveats = browser.text("return document.getElementById('caveats').textContent");
    for (String c : PoliceUkRules.caveats()) {
      assertThat(caveats).contains(c);
    }
    assertThat(browser.driver.findElements(By.cssSelector("a[data-screen=people]"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("a[data-screen=networks]"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("screen-people"))).isEmpty();
    assertThat(browser.js("return vcDashboard.openPerson('x')")).isEqualTo(false);
    browser.nav("events");
    String date = browser.text("const d = document.querySelector('#events-table td.date'); return d ? d.textContent : ''");
    assertThat(date).matches("\\d{4}-\\d{2}");   // the month: police.uk gives no day
    browser.assertClean("the events of the police.uk dashboard");
  }
}
