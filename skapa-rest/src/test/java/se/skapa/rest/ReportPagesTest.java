package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin sets a period's outcome targets on the reports page and reads the report against them.
 */
class ReportPagesTest {

  static final String ORG = "ame-report-pages";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer admin = PageClient.organisation(server, ORG);
    PageClient.service(admin, ORG, "steget-fram", "Steget fram");
    BrowserTest.user(admin, ORG, "h-7", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_periods_targets_are_set_on_the_page_and_the_report_is_held_against_them()
      throws Exception {
    PageClient a = new PageClient(server);
    assertEquals(303, a.signIn(ORG, "admin", BrowserTest.PASSWORD, "").statusCode());
    String page = a.get("/app/reports?service=steget-fram&period=2026").body();
    assertTrue(page.contains("Mål för perioden"), page);
    String form =
        "csrf="
            + PagesTest.csrf(page)
            + "&service=steget-fram&from=2026-01-01&to=2026-12-31"
            + "&cmp.SHARE_WORK_OR_STUDIES="
            + PageClient.enc("≥")
            + "&target.SHARE_WORK_OR_STUDIES=40";
    assertEquals(303, a.post("/app/reports/targets", form).statusCode());
    String report = a.get("/app/reports?service=steget-fram&period=2026").body();
    assertTrue(report.contains("≥ 40 %"), "the target in the report's table: " + report);
    assertEquals(
        422,
        a.post("/app/reports/targets", form.replace("=40", "=140")).statusCode(),
        "a share above 100 % is refused, naming it");
  }

  @Test
  void a_services_year_links_its_survey_fidelity_and_files_and_draws_work_beside_fidelity()
      throws Exception {
    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(ORG, "h-7", BrowserTest.PASSWORD, "").statusCode());
    String year = h.get("/app/reports?service=steget-fram&period=2026").body();
    for (String link :
        List.of(
            "/app/survey?service=steget-fram&amp;period=2026",
            "/app/fidelity?service=steget-fram",
            "/services/steget-fram/ips-outcomes.csv?from=2026-01-01&amp;to=2026-12-31",
            "/services/steget-fram/support.csv?from=2026-01-01&amp;to=2026-12-31")) {
      assertTrue(year.contains(link), link + " in " + year);
    }
    Matcher chart = Pattern.compile("id=\"ips-timeline\" src=\"([^\"]+)\"").matcher(year);
    assertTrue(chart.find(), year);
    var svg = h.get(chart.group(1).replace("&amp;", "&"));
    assertEquals(200, svg.statusCode(), "the chart is read with the page's session");
    assertTrue(
        svg.body().contains("IPS-resultat per kvartal"), "in the page's language: " + svg.body());
    assertFalse(
        h.get("/app/reports?service=steget-fram&from=2026-01-15&to=2026-03-31")
            .body()
            .contains("ips-timeline"),
        "no quarter is whole: no chart");
    assertFalse(h.get("/app/reports?period=2026").body().contains("ips-timeline"), "a service's");
  }
}
