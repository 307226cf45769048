package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a participant lives on, from the browser (issue 23, so that a förbund's year can be kept
 * without curl): at admission with the first contact, at closing, and at the follow-up after
 * closing recorded from the list of those due; each as the coordinator's SUS export then reads it.
 */
class SupportPagesTest {

  static TestServer server;
  static StoredModeTest.Org org;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    org = StoredModeTest.organisation(server, "support-pages");
    BrowserTest.user(org.admin(), org.id(), "h-5", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String row(int i, String source, String degree, String amount) {
    return "&support."
        + i
        + ".source="
        + source
        + "&support."
        + i
        + ".degree="
        + degree
        + "&support."
        + i
        + ".amount="
        + amount;
  }

  @Test
  void support_at_admission_closing_and_six_months_after_reaches_the_coordinators_export()
      throws Exception {
    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(org.id(), "h-5", BrowserTest.PASSWORD, "").statusCode());
    String csrf = PagesTest.csrf(h.get("/app").body());
    String enrol = "csrf=" + csrf + "&participant=s-1&service=steget-fram&admitted=2025-09-01";

    var bad = h.post("/app/participant/enrol", enrol + row(0, "SJUKPENNING", "150", "x"));
    assertEquals(422, bad.statusCode());
    assertTrue(
        bad.body().contains("«Omfattning, % (rad 1)» ska vara större än 0 och högst 100"),
        "named as the form names it, in its percent: " + bad.body());
    assertTrue(
        bad.body().contains("«Kr i månaden (om känt) (rad 1)»: «x» är inget heltal"), bad.body());
    assertTrue(
        h.get("/app/participants/s-1").statusCode() != 200
            || !h.get("/app/participants/s-1").body().contains("2025-09-01"),
        "nothing admitted");

    assertEquals(
        303,
        h.post(
                "/app/participant/enrol",
                enrol
                    + "&firstContact=2025-09-03"
                    + row(0, "FORSORJNINGSSTOD", "100", "")
                    + row(1, "SJUKPENNING", "50", "9800"))
            .statusCode());
    String enrolment = PageClient.openEnrolment(h.get("/app/participants/s-1").body());
    assertEquals(
        303,
        h.post(
                "/app/register/close",
                "csrf="
                    + csrf
                    + "&enrolment="
                    + enrolment
                    + "&closed=2026-05-01&outcome=EMPLOYMENT"
                    + row(0, "EMPLOYMENT", "75", "21000")
                    + row(1, "SJUKPENNING", "25", ""))
            .statusCode());

    String due = h.get("/app/follow-ups").body();
    Matcher link = Pattern.compile("href=\"(/app/follow-ups/record\\?[^\"]+)\"").matcher(due);
    assertTrue(link.find(), due);
    String form = h.get(link.group(1).replace("&amp;", "&")).body();
    assertTrue(form.contains("s-1") && form.contains("6 månader efter"), form);
    String base = "csrf=" + csrf + "&enrolment=" + enrolment + "&monthsAfter=6&date=2026-11-05";
    var notReached =
        h.post("/app/follow-ups/record", base + "&status=NOT_REACHED" + row(0, "NONE", "100", ""));
    assertEquals(422, notReached.statusCode(), "someone not reached has no support recorded");
    assertEquals(
        303,
        h.post(
                "/app/follow-ups/record",
                base + "&status=EMPLOYMENT" + row(0, "EMPLOYMENT", "100", ""))
            .statusCode());
    assertFalse(h.get("/app/follow-ups").body().contains("s-1"), "done, no longer due");

    String csv = org.handledare().get(org.at("/support.csv?from=2025-01-01&to=2026-11-22")).body();
    assertTrue(csv.contains("FORSORJNINGSSTOD 1 + SJUKPENNING 0,5"), csv);
    assertTrue(csv.contains("EMPLOYMENT 0,75 + SJUKPENNING 0,25"), csv);
    assertTrue(csv.contains("2026-11-05 EMPLOYMENT: EMPLOYMENT 1"), csv);
  }
}
