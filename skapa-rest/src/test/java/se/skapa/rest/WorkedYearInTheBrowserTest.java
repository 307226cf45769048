package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The förbund's year of {@code docs/examples/forbund-2025} kept from the browser alone, step by
 * step as {@code docs/web.md} walks through it, a screenshot of every step (year-*.png) and
 * axe-core on every page: the admin sets the förbund up, a handledare admits, measures, records a
 * job and closes with what the participant lives on, follows up after closing, enters the survey
 * and the fidelity reviews, and the coordinator reads the year.
 */
class WorkedYearInTheBrowserTest {

  static final String ORG = "exempelbygden";
  static final String NAME = "Samordningsförbundet Exempelbygden";
  static TestServer server;
  static String base;
  Browser b;

  @BeforeAll
  static void start() {
    assertTrue(Browser.installed(), "the browser tests need Debian's chromium and chromium-driver");
    server = TestServer.stored(ServerConfig.forTests());
    base = "http://127.0.0.1:" + server.server.port();
    PageClient.organisation(server, ORG, NAME);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void open() {
    b = Browser.open();
  }

  @AfterEach
  void close() {
    b.close();
  }

  @Test
  void a_forbunds_year_from_the_browser_alone() throws Exception {
    // 1. The admin signs in by the förbund's name and is told what to do first.
    signIn(NAME, "admin");
    b.driver.get(base + "/app/admin");
    assertTrue(b.find("#next").isDisplayed());
    assertTrue(text().contains("Lägg upp organisationens verksamheter"), text());
    b.accessible("admin landing");
    b.shot("year-01-admin");

    // 2. Two services and a handledare's account.
    for (String[] s :
        List.of(new String[] {"ips", "IPS"}, new String[] {"steget-fram", "Steget fram"})) {
      b.find("#service-id").sendKeys(s[0]);
      b.find("#service-name").sendKeys(s[1]);
      b.find("form[action='/app/admin/services'] button").click();
      b.landOn("/app/admin/services");
    }
    b.find("#user-name").sendKeys("h-1");
    b.find("#user-password").sendKeys(BrowserTest.PASSWORD);
    b.find("input[name='roles'][value='handledare']").click();
    b.find("form[action='/app/admin/users'] button").click();
    b.landOn("/app/admin/users");
    assertTrue(text().contains("h-1") && text().contains("Steget fram"), text());
    b.shot("year-02-services-and-accounts");

    // 3. The förbund's own settings: the accessibility contact, the rhythm, the follow-ups.
    b.driver.get(base + "/app/admin/settings");
    b.find("#contact").sendKeys("tillganglighet@exempelbygden.se");
    b.accessible("settings");
    b.find("form[action='/app/admin/settings'] button").click();
    b.landOn("/app/admin/settings");
    assertTrue(text().contains("Sparat"), text());
    b.shot("year-03-settings");

    // 4. The plan's targets for the year, on the reports page.
    b.driver.get(base + "/app/reports?period=2026");
    b.find("#target-SHARE_WORK_OR_STUDIES").clear();
    b.find("#target-SHARE_WORK_OR_STUDIES").sendKeys("40");
    b.find("form[action='/app/reports/targets'] button").click();
    b.landOn("/app/reports");
    b.find("form.signout button").click();
    b.landOn("/login");

    // 5. A handledare admits EX-001 to IPS with what they live on.
    signIn(NAME, "h-1");
    b.find("#admit-participant").sendKeys("EX-001");
    new Select(b.find("#admit-service")).selectByVisibleText("IPS");
    date("#admit-date", "2026-01-12");
    b.find("#admit-form details summary").click();
    date("#admit-contact", "2026-01-14");
    b.find("#admit-form input[name='actionPlan']").click();
    new Select(b.find("#admit-s0-source")).selectByVisibleText("Försörjningsstöd");
    b.accessible("start page with the admission's details open");
    b.shot("year-04-admit");
    b.find("#admit-form button[type=submit]").click();
    b.landOn("/app/participants/EX-001");

    // 6. Two SKAPA conversations, in January and April.
    for (String[] c :
        List.of(new String[] {"2026-01-20", "3", "3"}, new String[] {"2026-04-15", "6", "4"})) {
      b.driver.findElement(By.cssSelector("a.button")).click();
      b.landOn("/app/participants/EX-001/new");
      date("#date", c[0]);
      rate(Integer.parseInt(c[1]), Integer.parseInt(c[2]));
      b.find("form.stack button[type=submit]").click();
      b.landOn("/app/participants/EX-001");
    }
    assertTrue(b.find("figure").isDisplayed());
    b.shot("year-05-two-conversations");

    // 7. A job started while enrolled, then the closing with what they live on now.
    date("#job-started", "2026-04-27");
    b.find("#job-hours").sendKeys("20");
    b.find("form[action='/app/register/job'] button").click();
    b.landOn("/app/participants/EX-001");
    date("#close-closed", "2026-05-04");
    new Select(b.find("#close-outcome")).selectByValue("EMPLOYMENT");
    new Select(b.find("#close-s0-source")).selectByVisibleText("Lön från arbete");
    b.find("#close-s0-degree").clear();
    b.find("#close-s0-degree").sendKeys("50");
    new Select(b.find("#close-s1-source")).selectByVisibleText("Försörjningsstöd");
    b.find("#close-s1-degree").clear();
    b.find("#close-s1-degree").sendKeys("50");
    b.find("form[action='/app/register/close'] button").click();
    b.landOn("/app/participants/EX-001");
    assertTrue(text().contains("Anställning"), text());
    b.accessible("participant closed");
    b.shot("year-06-closed");

    // 8. Six months after closing: the follow-up is due, and is recorded.
    b.driver.get(base + "/app/follow-ups");
    assertTrue(text().contains("EX-001") && text().contains("6 månader"), text());
    b.shot("year-07-follow-ups-due");
    b.driver.findElement(By.partialLinkText("Registrera uppföljningen")).click();
    b.landOn("/app/follow-ups/record");
    new Select(b.find("#ac-status")).selectByValue("EMPLOYMENT");
    new Select(b.find("#ac-s0-source")).selectByVisibleText("Lön från arbete");
    b.accessible("follow-up after closing");
    b.shot("year-08-follow-up");
    b.find("form[action='/app/follow-ups/record'] button").click();
    b.landOn("/app/follow-ups");
    assertTrue(text().contains("Sparat") && !text().contains("EX-001"), text());

    // 9. The survey: offered, and a paper form typed in.
    b.driver.get(base + "/app/survey?service=ips&period=2026");
    b.find("#offered").clear();
    b.find("#offered").sendKeys("1");
    b.find("form[action='/app/survey/offered'] button").click();
    b.landOn("/app/survey");
    for (WebElement radio :
        b.driver.findElements(
            By.cssSelector("form[action='/app/survey/response'] input[type=radio][value='4']"))) {
      radio.click();
    }
    b.find("form[action='/app/survey/response'] button").click();
    b.landOn("/app/survey");
    b.shot("year-09-survey");

    // 10. Two IPS fidelity reviews, February and October, compared side by side.
    review("2026-02-10", 3);
    review("2026-10-21", 4);
    b.driver.get(base + "/app/fidelity?service=ips");
    assertTrue(
        b.find("#fidelity-compare").getText().contains("+25"),
        b.find("#fidelity-compare").getText());
    b.accessible("fidelity reviews compared");
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView()", b.find("#compare-heading"));
    b.shot("year-10-fidelity-compared");
    b.driver.findElement(By.partialLinkText("Historik")).click();
    b.landOn("/app/fidelity/history");
    assertTrue(text().contains("fastställd"), text());
    b.accessible("a fidelity review's history");

    // 11. The year's report for IPS: one admitted, one to work, against the förbund's targets.
    b.driver.get(base + "/app/reports?service=ips&period=2026");
    assertTrue(text().contains("Arbete eller studier"), text());
    b.accessible("the year's report");
    b.shot("year-11-report");
  }

  void signIn(String org, String username) {
    b.driver.get(base + "/login");
    b.find("#org").sendKeys(org);
    b.find("#username").sendKeys(username);
    b.find("#password").sendKeys(BrowserTest.PASSWORD);
    b.find("form.stack button").click();
    b.landOn("/app");
  }

  String text() {
    return b.find("main").getText();
  }

  void date(String css, String value) {
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].value = arguments[1]", b.find(css), value);
  }

  /** Every self-rating at one score and the handledare's belief at another. */
  void rate(int self, int belief) {
    for (WebElement radio :
        b.driver.findElements(
            By.cssSelector("input[type=radio][name^='p.'][value='" + self + "']"))) {
      radio.click();
    }
    b.find("input[name='h.handledare-belief'][value='" + belief + "']").click();
  }

  /** A final review with every item at one score. */
  void review(String day, int score) {
    b.driver.get(base + "/app/fidelity/review?service=ips");
    date("#date", day);
    b.find("#reviewers").sendKeys("h-1");
    for (WebElement radio :
        b.driver.findElements(
            By.cssSelector("input[type=radio][name^='item.'][value='" + score + "']"))) {
      radio.click();
    }
    b.find("button[name=status][value=final]").click();
    b.landOn("/app/fidelity");
  }
}
