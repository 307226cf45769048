package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, installed by .ci/run) for the browser tests, with what each
 * of them does with it: find, tab to, wait to land, check with axe-core, take a screenshot.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("skapa.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("skapa.chromedriver", "/usr/bin/chromedriver");

  /**
   * Set -Dskapa.screenshots=docs/images (from the repository root: ../docs/images) to refresh the
   * documented screenshots.
   */
  static final Path SHOTS = Path.of(System.getProperty("skapa.screenshots", "target/screenshots"));

  final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /** {@return true when Debian's chromium and chromium-driver are installed} */
  static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
  }

  static Browser open() {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1800",
        "--lang=sv-SE");
    WebDriver driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(),
            options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver);
  }

  @Override
  public void close() {
    driver.quit();
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Waits for a navigation a click or a key started to land: a click returns before the next page
   * may have.
   */
  void landOn(String pathEnd) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(d -> d.getCurrentUrl().replaceFirst("[?#].*$", "").endsWith(pathEnd));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "expected to land on "
              + pathEnd
              + " but am on "
              + driver.getCurrentUrl()
              + ": "
              + find("main").getText());
    }
  }

  /** Presses Tab until {@code target} has the focus: proof that the keyboard reaches it. */
  WebElement tabTo(WebElement target) {
    for (int i = 0; i < 300; i++) {
      if (driver.switchTo().activeElement().equals(target)) {
        return target;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("the keyboard never reaches " + target);
  }

  /** axe-core, inside this browser, on the page as it is now: no WCAG 2.1 A or AA violation. */
  void accessible(String what) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> violations = results.getViolations();
    assertTrue(
        violations.isEmpty(),
        what
            + " ("
            + driver.getCurrentUrl()
            + ") breaks WCAG: "
            + violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    assertTrue(
        results.getPasses().size() > 5, "axe ran: " + results.getPasses().size() + " rules passed");
  }

  void shot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
