package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    admin.post(
        "/api/v1/organisations/" + ORG + "/services",
        "{\"id\":\"steget-fram\",\"name\":\"Steget fram\"}");
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
}
