package org.vcanalytics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class of the dashboard: Debian's {@code /usr/bin/chromium} through
 * {@code /usr/bin/chromedriver}, both given explicitly so that Selenium Manager never looks for (or
 * downloads) a driver or a browser. Without them the tests are skipped, saying why; with the system
 * property {@value #REQUIRE} true (.ci/run sets it) they fail instead.
 *
 * <p>It keeps the browser's console (to find errors) and its network log (to show that nothing is
 * fetched from outside the file).
 */
final class Browser implements AutoCloseable {
  /** The system property that turns a missing Chromium from a skip into a failure. */
  static final String REQUIRE = "vc.requireBrowser";
  /** The system property naming the folder the screenshots go to (none taken without it). */
  static final String SCREENSHOTS = "vc.screenshots";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The URL schemes of a page that fetches nothing: the file itself, inline data, about:blank. */
  static final Pattern LOCAL = Pattern.compile("^(file|data|blob|about):.*", Pattern.DOTALL);

  private static final ObjectMapper JSON = new ObjectMapper();

  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;
  private final List<String> urls = new ArrayList<>();

  private final AtomicBoolean closed = new AtomicBoolean();
  /** Quits the browser even when the test JVM ends without {@code @AfterAll} (a killed run leaves no Chromium). */
  private final Thread hook = new Thread(this::close, "quit chromium");

  private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts the browser, or skips (fails, with {@value #REQUIRE}) when Chromium is not installed. */
  static Browser start() {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        String why = p + " is missing: the dashboard's browser tests need Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver)";
        if (Boolean.getBoolean(REQUIRE)) {
          fail(why + ", and " + REQUIRE + "=true requires them");
        }
        abort("skipped: " + why + " (-D" + REQUIRE + "=true makes this a failure)");
      }
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("vc-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, o);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.get("about:blank");   // leave Chromium's new-tab page (its chrome:// requests are not the dashboard's)
    return new Browser(driver, service, profile);
  }

  /** Opens the file and waits until the dashboard has started ({@code window.vcDashboard}). */
  void open(Path html) {
    driver.manage().logs().get(LogType.PERFORMANCE);   // what came before belongs to the page before
    driver.manage().logs().get(LogType.BROWSER);
    urls.clear();
    driver.get(html.toUri().toString());
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(
          js("return document.readyState === 'complete' && typeof window.vcDashboard === 'object'")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the dashboard " + html + " did not start (no window.vcDashboard); console errors: "
          + consoleErrors(), e);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  String text(String script, Object... args) {
    Object o = js(script, args);
    return o == null ? null : o.toString();
  }

  /** Whether the element of this id exists and is shown. */
  boolean displayed(String id) {
    List<WebElement> e = driver.findElements(By.id(id));
    return !e.isEmpty() && e.get(0).isDisplayed();
  }

  /** Clicks the navigation link of a screen and waits until the screen shows. */
  void nav(String screen) {
    driver.findElement(By.cssSelector("a[data-screen='" + screen + "']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> displayed("screen-" + screen));
  }

  /** Chooses the option whose value, or else whose text, is {@code want} (a period's value may be its index). */
  void choose(String selectId, String want) {
    Select s = new Select(driver.findElement(By.id(selectId)));
    List<String> seen = new ArrayList<>();
    for (WebElement o : s.getOptions()) {
      String value = o.getDomProperty("value");
      seen.add(value + "=" + o.getText().trim());
      if (want.equals(value)) {
        s.selectByValue(value);
        return;
      }
    }
    for (WebElement o : s.getOptions()) {
      if (want.equals(o.getText().trim())) {
        s.selectByValue(o.getDomProperty("value"));
        return;
      }
    }
    throw new AssertionError("select#" + selectId + " has no option " + want + ": " + seen);
  }

  /** The hotspots screen's controls, as an analyst sets them (measure: violent crimes; no comparison). */
  void hotspots(String level, String typology, String periodType, String period) {
    choose("ctl-level", level);
    choose("ctl-measure", "events");
    choose("ctl-compare", "none");
    choose("ctl-typology", typology);
    choose("ctl-period-type", periodType);
    choose("ctl-period", period);
  }

  /** Types an id into the people screen's search and presses its button. */
  void searchPerson(String id) {
    nav("people");
    WebElement search = driver.findElement(By.id("person-search"));
    js("arguments[0].scrollIntoView({block: 'center'})", search);   // clear of the sticky navigation bar
    search.clear();
    search.sendKeys(id);
    search.sendKeys(Keys.TAB);   // leave the field: its list of suggestions closes
    driver.findElement(By.id("person-go")).click();
  }

  /** Waits (up to 5 s) until the element of this id shows. */
  void waitShown(String id) {
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> displayed(id));
  }

  /** The console's errors (level SEVERE) since the last call; reading them empties the log. */
  List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  /**
   * Every URL the page asked for since it was opened: the browser's network log (requests, web sockets)
   * and the page's own resource timing.
   */
  List<String> requestedUrls() {
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode m = JSON.readTree(e.getMessage()).path("message");
        String method = m.path("method").asText();
        if (method.equals("Network.requestWillBeSent") || method.equals("Network.webSocketCreated")) {
          JsonNode p = m.path("params");
          urls.add(p.path("request").path("url").asText(p.path("url").asText()));
        }
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    List<String> all = new ArrayList<>(urls);
    Object timing = js("return performance.getEntriesByType('resource').map(e => e.name)"
        + ".concat(performance.getEntriesByType('navigation').map(e => e.name))");
    if (timing instanceof List<?> l) {
      l.forEach(n -> all.add(String.valueOf(n)));
    }
    return all;
  }

  /** Fails when the console has errors or a request left the file. */
  void assertClean(String after) {
    assertThat(consoleErrors()).as("console errors after " + after).isEmpty();
    assertThat(requestedUrls()).as("requests after " + after + " (only file:, data:, blob:, about:)")
        .allMatch(u -> LOCAL.matcher(u).matches());
  }

  /**
   * With {@value #SCREENSHOTS}: a PNG of a 1200x800 view into that folder (a relative folder is the
   * project's), after scrolling the element of {@code scrollTo} (an id, or null) to the {@code block}
   * position ({@code start}, {@code center}, {@code end}).
   */
  void screenshot(String name, String scrollTo, String block) {
    String dir = System.getProperty(SCREENSHOTS, "");
    if (dir.isBlank()) {
      return;
    }
    Path folder = Path.of(dir);
    if (!folder.isAbsolute()) {
      folder = Path.of("").toAbsolutePath().getParent().resolve(folder);   // surefire runs in vc-examples/
    }
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(1200, 800));
      long chrome = ((Number) js("return window.outerHeight - window.innerHeight")).longValue();
      driver.manage().window().setSize(new Dimension(1200, 800 + (int) chrome));
      js("window.dispatchEvent(new Event('resize'));"
          + "for (const c of document.querySelectorAll('[_echarts_instance_]')) { const i = echarts.getInstanceByDom(c); if (i) i.resize(); }");
      if (scrollTo != null) {
        js("document.getElementById(arguments[0]).scrollIntoView({block: arguments[1]});"
            + "if (arguments[1] === 'start') window.scrollBy(0, -60)", scrollTo, block);   // below the sticky bar
      }
      js("return new Promise(r => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 300))");
      Files.createDirectories(folder);
      Files.write(folder.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: this is the hook
    }
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(profile);
    }
  }

  /** Quits the browser of a test class, if it was started (for {@code @AfterAll}). */
  static void quit(Browser b) {
    if (b != null) {
      b.close();
    }
  }

  static void delete(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }

  /** A CSV file's rows as maps by header (the outputs of vc analyse). */
  static List<Map<String, String>> csv(Path file) {
    try {
      return org.vcanalytics.examples.pipeline.AnalyseEndToEndTest.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
