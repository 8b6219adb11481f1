package org.puente.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (nothing downloads a browser),
 * signed in to the user's own agency's portal through its realm's login page. Saves screenshots and
 * runs axe-core (from npm) on the page it shows.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS =
      Path.of(System.getProperty("puente.screenshots", "e2e/target/screenshots"));
  private static final Path AXE =
      Path.of(System.getProperty("puente.axe", "e2e/node_modules/axe-core/axe.min.js"));

  final WebDriver driver;

  /** The portal this browser signed in to: the user's own agency's gateway. */
  final String base;

  private final WebDriverWait wait;

  /** Waits for a navigation, during which the driver may answer with any transient error. */
  private final FluentWait<WebDriver> navigation;

  private Browser(String base) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("puente.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--disable-background-networking",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("puente.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .withLogOutput(java.io.OutputStream.nullOutputStream())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    navigation =
        new FluentWait<WebDriver>(driver)
            .withTimeout(Duration.ofSeconds(30))
            .pollingEvery(Duration.ofMillis(50))
            .ignoring(WebDriverException.class);
  }

  /**
   * A fresh browser (no cookies) signed in as the demo user at its own agency's portal (through its
   * own agency's realm), on the portal's dashboard.
   */
  static Browser signedInAs(String username) {
    Browser browser = new Browser(Stack.gatewayOf(username));
    browser.driver.get(browser.base + "/");
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.driver.findElement(By.id("username")).sendKeys(username);
    browser.driver.findElement(By.id("password")).sendKeys("demo");
    browser.driver.findElement(By.id("kc-login")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user")));
    return browser;
  }

  /** Opens a portal path and waits for the page. */
  Browser open(String path) {
    driver.get(base + path);
    waitForPage();
    return this;
  }

  void waitForPage() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
  }

  /**
   * Clicks (a link or a form's button) and waits for the next page to replace this one. The old
   * page is marked on its window object, which a navigation replaces; asking an old element whether
   * it went stale instead fails now and then, when Chromium answers mid-navigation with an "unknown
   * error" rather than a stale reference.
   */
  Browser click(String css) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.puenteLeft = true");
    find(css).click();
    navigation.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return window.puenteLeft === undefined"
                        + " && document.readyState === 'complete'")));
    waitForPage();
    return this;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  boolean has(String css) {
    return !all(css).isEmpty();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The dashboard's section titled by the heading with this id (exactly one). */
  WebElement panel(String heading) {
    List<WebElement> sections = all("section[aria-labelledby='" + heading + "']");
    assertTrue(sections.size() == 1, "one section " + heading + " at " + base + ": " + sections);
    return sections.get(0);
  }

  /** Whether the section says its data did not come (its source away or refusing). */
  boolean unavailable(String heading) {
    return !panel(heading).findElements(By.cssSelector(".unavailable")).isEmpty();
  }

  /** The page's HTTP status as the portal states it on a problem page, or 200. */
  int status() {
    List<WebElement> problem = all("#problem");
    return problem.isEmpty() ? 200 : Integer.parseInt(problem.get(0).getAttribute("data-status"));
  }

  /** Saves the page as target/screenshots/{name}.png. */
  Browser screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** axe-core on the page as shown: no serious or critical violation (WCAG 2.x A and AA rules). */
  Browser accessible(String name) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    try {
      js.executeScript(Files.readString(AXE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> results =
        (Map<String, Object>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                    + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact:"
                    + " v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))}))"
                    + ".catch(e => done({error: String(e)}));");
    assertTrue(results.get("error") == null, name + ": axe failed: " + results.get("error"));
    List<String> serious = new ArrayList<>();
    for (Object v : (List<?>) results.get("violations")) {
      Map<?, ?> violation = (Map<?, ?>) v;
      Object impact = violation.get("impact");
      if ("serious".equals(impact) || "critical".equals(impact)) {
        serious.add(
            impact
                + " "
                + violation.get("id")
                + " ("
                + violation.get("help")
                + "): "
                + violation.get("nodes"));
      }
    }
    assertTrue(
        serious.isEmpty(), name + ": accessibility violations:\n" + String.join("\n", serious));
    return this;
  }

  /**
   * A tablet's width (768 px) from now on, as at a reception station: pages are to fit it without
   * scrolling sideways ({@link #scrollsSideways()}).
   */
  Browser narrow() {
    return resize(768, 1000);
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** Resizes the window (a tablet: 768 wide) and waits until the page has laid itself out again. */
  Browser resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    navigation.until(
        d ->
            ((Number)
                        ((JavascriptExecutor) d)
                            .executeScript("return document.documentElement.clientWidth"))
                    .intValue()
                <= width);
    return this;
  }

  /** Whether the page is wider than the window, so the reader would scroll it sideways. */
  boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth"));
  }
}
