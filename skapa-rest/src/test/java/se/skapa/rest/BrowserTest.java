package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person meets them: a real headless Chromium (Debian's, installed by .ci/run) on
 * the real server and its PostgreSQL. Every page visited is checked by axe-core against WCAG 2.1 A
 * and AA.
 */
class BrowserTest {

  static final String PASSWORD = "korv med bröd och senap";

  static TestServer server;
  static String base;
  static String bodenMeasurement;
  static String bodenAdmin;
  Browser chromium;
  WebDriver browser;
  final List<String> checked = new ArrayList<>();

  @BeforeAll
  static void start() {
    assertTrue(
        Browser.installed(),
        "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)");
    server = TestServer.stored(ServerConfig.forTests());
    base = "http://127.0.0.1:" + server.server.port();
    String admin = organisation("ame-boden", "AME Boden");
    bodenAdmin = admin;
    TestServer boden = server.as(admin);
    user(boden, "ame-boden", "h-2", "handledare");
    user(boden, "ame-boden", "a-1", "analyst");
    String lulea = organisation("ifo-lulea", "IFO Luleå");
    TestServer luleaAdmin = server.as(lulea);
    user(luleaAdmin, "ifo-lulea", "h-9", "handledare");
    String key =
        boden
            .post(
                "/api/v1/organisations/ame-boden/keys",
                "{\"holder\":\"sys\",\"roles\":[\"handledare\"]}")
            .json()
            .get("key")
            .asText();
    bodenMeasurement =
        server
            .as(key)
            .post(
                "/api/v1/organisations/ame-boden/measurements",
                StoredModeTest.self("p-secret", "2026-01-10", "{\"job-belief\":4}"))
            .json()
            .get("id")
            .asText();
    server
        .as(key)
        .post(
            "/api/v1/organisations/ame-boden/measurements",
            StoredModeTest.self(
                "p-secret",
                "2026-04-10",
                "{\"job-belief\":6,\"health-coping\":5,\"cooperation\":7}"));
    // An intervention beside the conversations, for the participant page's register table.
    server
        .as(key)
        .post(
            "/api/v1/organisations/ame-boden/participants/p-100/interventions",
            "{\"service\":\"steget-fram\",\"group\":\"JOB_FOCUSED\",\"name\":\"Arbetsträning\","
                + "\"from\":\"2026-02-02\",\"provider\":\"Kommunens arbetsmarknadsenhet\"}");
    // A few more participants, so that the service's progression has a group to average.
    // An analyst reads whole released years only: 2025 has a group of five.
    for (int p = 1; p <= 5; p++) {
      for (int k = 0; k < 2; k++) {
        server
            .as(key)
            .post(
                "/api/v1/organisations/ame-boden/measurements",
                StoredModeTest.self(
                    "p-group-" + p,
                    k == 0 ? "2025-02-0" + p : "2025-06-0" + p,
                    "{\"health-coping\":"
                        + (3 + k + p % 2)
                        + ",\"job-belief\":"
                        + (2 + 2 * k)
                        + ",\"cooperation\":"
                        + (4 + k)
                        + "}"));
      }
    }
    // Admissions and closings in 2025, for the reports page: six admitted, four closed.
    String[] outcomes = {"EMPLOYMENT", "EMPLOYMENT", "STUDIES", "NONE"};
    for (int i = 0; i < 6; i++) {
      String id =
          server
              .as(key)
              .post(
                  "/api/v1/organisations/ame-boden/enrolments",
                  "{\"participant\":\"r-"
                      + i
                      + "\",\"service\":\"steget-fram\",\"admitted\":\"2025-01-1"
                      + i
                      + "\",\"firstContact\":\"2025-01-2"
                      + i
                      + "\",\"actionPlan\":true}")
              .json()
              .get("id")
              .asText();
      if (i < outcomes.length) {
        server
            .as(key)
            .post(
                "/api/v1/organisations/ame-boden/enrolments/" + id + "/closing",
                "{\"closed\":\"2025-0" + (5 + i) + "-01\",\"outcome\":\"" + outcomes[i] + "\"}");
      }
    }
    for (int p = 1; p <= 4; p++) {
      for (int k = 0; k < 2; k++) {
        int v = 2 + p % 3 + 3 * k;
        server
            .as(key)
            .post(
                "/api/v1/organisations/ame-boden/measurements",
                StoredModeTest.self(
                    "p-group-" + p,
                    k == 0 ? "2026-02-0" + p : "2026-06-0" + p,
                    "{\"health-coping\":"
                        + v
                        + ",\"everyday-coping\":"
                        + (v + 1)
                        + ",\"job-belief\":"
                        + v
                        + ",\"labour-market-knowledge\":"
                        + (v - 1)
                        + ",\"job-search\":"
                        + v
                        + ",\"cooperation\":"
                        + (v + 2)
                        + "}"));
      }
    }
  }

  static String organisation(String id, String name) {
    JsonNode created =
        server
            .post(
                "/api/v1/organisations",
                "{\"id\":\""
                    + id
                    + "\",\"name\":\""
                    + name
                    + "\",\"adminPassword\":\""
                    + PASSWORD
                    + "\"}")
            .json();
    server
        .as(created.at("/adminKey/key").asText())
        .post(
            "/api/v1/organisations/" + id + "/services",
            "{\"id\":\"steget-fram\",\"name\":\"Steget fram\"}");
    return created.at("/adminKey/key").asText();
  }

  static void user(TestServer admin, String org, String username, String role) {
    assertEquals(
        201,
        admin
            .post(
                "/api/v1/organisations/" + org + "/users",
                "{\"username\":\""
                    + username
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":[\""
                    + role
                    + "\"]}")
            .status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void open() {
    chromium = Browser.open();
    browser = chromium.driver;
  }

  @AfterEach
  void close() {
    chromium.close();
  }

  @Test
  void a_handledare_signs_in_with_the_kommuns_identity_provider() {
    no.nav.security.mock.oauth2.MockOAuth2Server idp =
        new no.nav.security.mock.oauth2.MockOAuth2Server();
    idp.start();
    try {
      TestServer.Reply set =
          server
              .as(bodenAdmin)
              .send(
                  "PUT",
                  "/api/v1/organisations/ame-boden/identity-provider",
                  "{\"issuer\":\""
                      + idp.issuerUrl("kommun")
                      + "\",\"clientId\":\"skapa\",\"staffClaim\":\"staff\","
                      + "\"rolesClaim\":\"roles\",\"roleValues\":{\"SKAPA.Handledare\":\"handledare\"},"
                      + "\"passwordsAllowed\":true}");
      assertEquals(200, set.status(), set.body());
      idp.enqueueCallback(
          new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(
              "kommun",
              "entra-object-id",
              "JWT",
              List.of("skapa"),
              java.util.Map.of("staff", "h-11", "roles", List.of("SKAPA.Handledare")),
              3600));
      browser.get(base + "/login?org=ame-boden");
      accessible("the sign-in page with the organisation's provider");
      browser.findElement(By.cssSelector("a[href^='/login/oidc']")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().endsWith("/app"));
      assertTrue(
          browser.getPageSource().contains("h-11"),
          "signed in as the staff key the provider vouched for");
    } finally {
      server
          .as(bodenAdmin)
          .send(
              "PUT",
              "/api/v1/organisations/ame-boden/identity-provider",
              "{\"issuer\":\"https://idp.invalid/\",\"clientId\":\"skapa\","
                  + "\"staffClaim\":\"staff\",\"passwordsAllowed\":true}");
      idp.shutdown();
    }
  }

  @Test
  void the_api_docs_render_under_their_content_security_policy() {
    browser.get(base + "/docs");
    // Swagger UI starts from the page's one inline script (allowed by its hash) and fetches the
    // document (connect-src 'self'); the title appears only when both ran.
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
    assertTrue(
        browser
            .findElement(By.cssSelector(".swagger-ui .info .title"))
            .getText()
            .contains("SKAPA API"));
  }

  @Test
  void a_handledare_records_two_measurements_sees_the_spider_change_corrects_one_and_signs_out()
      throws Exception {
    signIn("ame-boden", "h-2");
    accessible("home");
    find("#participant").sendKeys("p-100");
    find("form.inline button").click();
    landOn("/app/participants/p-100/new");
    accessible("form");
    fill("2026-03-01", 3, 2);
    find("form.stack button[type=submit]").click();
    landOn("/app/participants/p-100");
    String firstSpider = find("figure.spider").getAttribute("innerHTML");
    assertTrue(firstSpider.contains("<svg") && firstSpider.contains("role=\"img\""), firstSpider);

    find("a.button").click();
    landOn("/new");
    fill("2026-06-01", 7, 3);
    find("form.stack button[type=submit]").click();
    landOn("/app/participants/p-100");
    shot("web-participant");
    accessible("participant");
    String register = find("main").getText();
    assertTrue(
        register.contains("Arbete, studier och insatser")
            && register.contains("Jobbinriktade insatser")
            && register.contains("Arbetsträning (Kommunens arbetsmarknadsenhet)"),
        "the register beside the conversations: " + register);
    String secondSpider = find("figure.spider").getAttribute("innerHTML");
    // Shown at its drawn size (900 px, labels 12 px) in a wide window, not shrunk to 71 %.
    assertEquals(
        900,
        find("figure.spider svg").getSize().getWidth(),
        "the spider at the size its labels were drawn for");
    assertTrue(!secondSpider.equals(firstSpider), "the spider changes with the second measurement");
    assertTrue(
        secondSpider.contains("2026-03-01") && secondSpider.contains("2026-06-01"),
        "first and latest are drawn");
    String table = find("table.data").getText();
    assertTrue(table.contains("2026-03-01") && table.contains("2026-06-01"), table);

    browser
        .findElement(
            By.xpath("//tr[th='2026-03-01' and td='Självskattning']//a[contains(@href,'/edit')]"))
        .click();
    landOn("/edit");
    accessible("correction");
    browser.findElement(By.cssSelector("input[name='p.job-belief'][value='4']")).click();
    find("form.stack button[type=submit]").click();
    landOn("/app/participants/p-100");
    browser
        .findElement(
            By.xpath(
                "//tr[th='2026-03-01' and td='Självskattning']//a[contains(@href,'/history')]"))
        .click();
    landOn("/history");
    shot("web-history");
    accessible("history");
    String history = find("main").getText();
    assertTrue(history.contains("Version 2") && history.contains("h-2"), history);
    assertTrue(
        history.contains("Tilltro till att få jobb") || history.contains("job-belief"), history);

    browser.get(base + "/app");
    shot("web-home");
    find("form.signout button").click();
    landOn("/login");
    assertTrue(find("main").getText().contains("Du är utloggad"), find("main").getText());
    browser.get(base + "/app");
    assertTrue(
        browser.getCurrentUrl().replaceFirst("\\?.*$", "").endsWith("/login"),
        "signed out on the server: " + browser.getCurrentUrl());
    accessible("login");
  }

  @Test
  void an_analyst_sees_the_cohort_but_not_a_person_and_nobody_reaches_another_organisation()
      throws Exception {
    signIn("ame-boden", "a-1");
    browser.get(base + "/app/services/steget-fram/cohort");
    shot("web-cohort");
    accessible("cohort");
    assertTrue(
        find("main").getText().contains("Progression i verksamheten"), find("main").getText());
    assertTrue(
        find("figure.spider").getAttribute("innerHTML").contains("gruppens medelvärden"),
        "the group-average spider");
    assertTrue(
        find("main").getText().contains("Analytiker får sammanställningar för helt kalenderår"),
        "the release rule is stated: " + find("main").getText());
    assertEquals("2025", new Select(find("#period")).getFirstSelectedOption().getText());
    assertTrue(
        find("main").getText().contains("Kvalitetssignaler 2025-01-01 – 2025-12-31")
            && find("main").getText().contains("Deltagarmånader utan insats"),
        "BIP's organisational findings for the released year: " + find("main").getText());
    browser.get(base + "/app/participants/p-secret");
    assertTrue(
        find("main").getText().contains("Din roll ger inte tillgång"), find("main").getText());
    accessible("forbidden");
    find("form.signout button").click();
    landOn("/login");

    signIn("ifo-lulea", "h-9");
    browser.get(base + "/app/participants/p-secret");
    assertTrue(
        find("main").getText().contains("Finns inte"),
        "Boden's participant is not found from Luleå: " + find("main").getText());
    browser.get(base + "/app/measurements/" + bodenMeasurement + "/history");
    assertTrue(find("main").getText().contains("Finns inte"), find("main").getText());
  }

  @Test
  void
      an_admin_manages_services_accounts_and_keys_and_the_statement_and_english_pages_are_accessible()
          throws Exception {
    signIn("ame-boden", "admin");
    browser.get(base + "/app/admin");
    find("#service-id").sendKeys("vux");
    find("#service-name").sendKeys("Vuxenutbildning");
    find("#service-id").submit();
    landOn("/app/admin/services");
    assertTrue(find("main").getText().contains("Vuxenutbildning"), find("main").getText());
    find("#key-holder").sendKeys("journal-1");
    browser
        .findElement(By.cssSelector("form[action='/app/admin/keys'] input[value='handledare']"))
        .click();
    find("#key-holder").submit();
    landOn("/app/admin/keys");
    assertTrue(find("#new-key").getText().startsWith("skapa_"), "the new key is shown once");
    shot("web-admin");
    accessible("admin");
    browser.get(base + "/app/admin/audit?participant=p-secret&mine=on");
    assertTrue(
        find("main").getText().contains("p-secret"),
        "the trail filtered: " + find("main").getText());
    shot("web-audit");
    accessible("audit trail with filters");
    browser.get(base + "/app/survey?service=steget-fram&period=2026");
    assertTrue(
        find("#survey-measures").getText().contains("Svarsfrekvens"), find("main").getText());
    shot("web-survey");
    accessible("participant survey");
    browser.get(base + "/app/fidelity/review?service=steget-fram");
    assertTrue(find("main").getText().contains("arbetsspecialist"), find("main").getText());
    shot("web-fidelity-form");
    accessible("fidelity review form");
    browser.get(base + "/app/fidelity?service=steget-fram");
    accessible("fidelity reviews");
    browser.get(base + "/tillganglighet");
    accessible("accessibility statement");
    browser.findElement(By.cssSelector("a[hreflang='en']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> "en".equals(find("html").getAttribute("lang")));
    assertEquals("en", find("html").getAttribute("lang"));
    assertTrue(find("h1").getText().contains("Accessibility statement"), find("h1").getText());
    browser.get(base + "/app/admin");
    assertTrue(
        find("h1").getText().contains("Administration")
            && find("main").getText().contains("Services"),
        "English is remembered");
    accessible("admin (English)");
  }

  @Test
  void a_samordnare_reads_a_services_year_against_its_targets_and_downloads_the_pdf_and_csv()
      throws Exception {
    signIn("ame-boden", "admin");
    tabTo(browser.findElement(By.linkText("Rapporter"))).sendKeys(Keys.ENTER);
    landOn("/app/reports");
    assertEquals("Rapporter", find("h1").getText());
    assertTrue(
        find("main").getText().contains("Perioden är inte slut"),
        "the current quarter is said to be preliminary: " + find("main").getText());
    accessible("reports (preliminary quarter)");
    new Select(find("#service")).selectByVisibleText("Steget fram");
    new Select(find("#period")).selectByVisibleText("År 2025");
    tabTo(browser.findElement(By.cssSelector("form[action='/app/reports'] button")))
        .sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> find("#report-title").getText().contains("Helårsrapport 2025: Steget fram"));
    String main = find("main").getText();
    assertTrue(
        main.contains("Inskrivna under perioden 6")
            && main.contains("Arbete eller studier 3 4 75,0 %")
            && main.contains("avslutade under perioden"),
        "every share beside its denominator, in Swedish number form: " + main);
    assertTrue(!main.contains("Perioden är inte slut"), "2025 is over: " + main);
    shot("web-reports");
    accessible("reports (a service's year)");

    // The links are the API's own files, read with the page's session.
    String cookie = browser.manage().getCookieNamed("skapa_session").getValue();
    for (String link : List.of("#report-pdf", "#report-csv")) {
      String href = find(link).getAttribute("href");
      java.net.http.HttpResponse<byte[]> file =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                      .header("Cookie", "skapa_session=" + cookie)
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, file.statusCode(), href);
      String head = new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(
          link.endsWith("pdf") ? head.equals("%PDF") : head.startsWith("\u00ef\u00bb\u00bf"),
          link + " starts " + head);
      assertEquals(
          401,
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                  java.net.http.HttpResponse.BodyHandlers.discarding())
              .statusCode(),
          "without the session the file is not given");
    }
    // A session opens files, never the rest of the API.
    assertEquals(
        401,
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            base
                                + "/api/v1/organisations/ame-boden/report?from=2025-01-01&to=2025-12-31"))
                    .header("Cookie", "skapa_session=" + cookie)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding())
            .statusCode());
    find("form.signout button").click();
    landOn("/login");

    // An analyst chooses among released periods only, and is told the rule.
    signIn("ame-boden", "a-1");
    browser.get(base + "/app/reports");
    assertTrue(
        find("main").getText().contains("Analytiker får sammanställningar"),
        find("main").getText());
    assertTrue(browser.findElements(By.cssSelector("#from")).isEmpty(), "no dates of their own");
    assertEquals("År 2025", new Select(find("#period")).getFirstSelectedOption().getText());
    accessible("reports (analyst)");
  }

  @Test
  void the_whole_flow_works_with_the_keyboard_alone() throws Exception {
    browser.get(base + "/login");
    tabTo(find("#org")).sendKeys("ame-boden");
    tabTo(find("#username")).sendKeys("h-2");
    tabTo(find("#password")).sendKeys(PASSWORD + Keys.ENTER);
    landOn("/app");
    tabTo(find("#participant")).sendKeys("p-kbd" + Keys.ENTER);
    landOn("/app/participants/p-kbd/new");
    // A radio group is one tab stop; the arrow keys choose within it. Each group starts at "not
    // answered" (last), and the down arrow wraps round to the first score.
    for (String key : List.of("health-coping", "job-belief")) {
      WebElement none = find("input[name='p." + key + "'][value='']");
      tabTo(none);
      new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
    }
    tabTo(find("form.stack button[type=submit]")).sendKeys(Keys.ENTER);
    landOn("/app/participants/p-kbd");
    String table = find("table.data").getText();
    assertTrue(table.contains("Hantering av hälsa 1"), "chosen with the keyboard: " + table);
    tabTo(find("form.signout button")).sendKeys(Keys.ENTER);
    landOn("/login");
    assertTrue(find("main").getText().contains("Du är utloggad"));
  }

  @Test
  void a_whole_quarter_by_keyboard_admit_measure_a_job_close_and_the_quarterly_report()
      throws Exception {
    browser.get(base + "/login");
    tabTo(find("#org")).sendKeys("ame-boden");
    tabTo(find("#username")).sendKeys("h-2");
    tabTo(find("#password")).sendKeys(PASSWORD + Keys.ENTER);
    landOn("/app");
    tabTo(find("#admit-participant")).sendKeys("p-quarter" + Keys.ENTER);
    landOn("/app/participants/p-quarter");
    assertTrue(
        find("main").getText().contains("Inskriven men inte mätt än"), find("main").getText());
    accessible("participant admitted, not measured");

    tabTo(browser.findElement(By.cssSelector("a.button"))).sendKeys(Keys.ENTER);
    landOn("/app/participants/p-quarter/new");
    tabTo(find("input[name='p.job-belief'][value='']"));
    new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
    tabTo(find("form.stack button[type=submit]")).sendKeys(Keys.ENTER);
    landOn("/app/participants/p-quarter");

    tabTo(find("#job-hours")).sendKeys("20" + Keys.ENTER);
    landOn("/app/participants/p-quarter");
    assertTrue(
        find("main").getText().contains("Anställning på öppna marknaden"),
        "the job is in the register: " + find("main").getText());

    tabTo(find("#close-outcome")).sendKeys(Keys.ARROW_DOWN);
    tabTo(find("form[action='/app/register/close'] button")).sendKeys(Keys.ENTER);
    landOn("/app/participants/p-quarter");
    String register = find("section[aria-labelledby='register'] table").getText();
    assertTrue(register.contains("Anställning"), "closed with its outcome: " + register);
    assertTrue(
        browser.findElements(By.cssSelector("#close-outcome")).isEmpty(), "nothing left open");
    accessible("participant with the register filled");

    tabTo(browser.findElement(By.linkText("Rapporter"))).sendKeys(Keys.ENTER);
    landOn("/app/reports");
    String report = find("main").getText();
    assertTrue(report.contains("Kvartalsrapport"), report);
    assertTrue(
        report.contains("Arbetat under perioden"), "the job counts in the quarter: " + report);
    WebElement pdf = tabTo(find("#report-pdf"));
    String cookie = browser.manage().getCookieNamed("skapa_session").getValue();
    java.net.http.HttpResponse<byte[]> file =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdf.getAttribute("href")))
                    .header("Cookie", "skapa_session=" + cookie)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertEquals(
        "%PDF", new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    browser.get(base + "/app/import");
    accessible("import a file");
    browser.get(base + "/app/follow-ups");
    accessible("follow-ups after closing");
  }

  // --- helpers ---

  void signIn(String org, String username) {
    browser.get(base + "/login");
    find("#org").sendKeys(org);
    find("#username").sendKeys(username);
    find("#password").sendKeys(PASSWORD);
    find("form.stack button").click();
    landOn("/app");
  }

  void fill(String date, int selfScore, int belief) {
    WebElement day = find("#date");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", day, date);
    for (String key :
        List.of(
            "health-coping",
            "everyday-coping",
            "job-belief",
            "labour-market-knowledge",
            "job-search",
            "cooperation")) {
      browser
          .findElement(By.cssSelector("input[name='p." + key + "'][value='" + selfScore + "']"))
          .click();
    }
    browser
        .findElement(By.cssSelector("input[name='h.handledare-belief'][value='" + belief + "']"))
        .click();
  }

  void landOn(String pathEnd) {
    chromium.landOn(pathEnd);
  }

  WebElement find(String css) {
    return chromium.find(css);
  }

  WebElement tabTo(WebElement target) {
    return chromium.tabTo(target);
  }

  void accessible(String what) {
    chromium.accessible(what);
    checked.add(what);
  }

  void shot(String name) throws Exception {
    chromium.shot(name);
  }
}
