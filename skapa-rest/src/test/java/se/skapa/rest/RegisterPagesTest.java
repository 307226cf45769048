package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register from the participant's page (issue 23): admitted from the start page, studies begun
 * while enrolled and an intervention beside the conversations, each named as a person reads it; a
 * personnummer in an intervention's name is refused and stores nothing.
 */
class RegisterPagesTest {

  static final String ORG = "ame-register-pages";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer admin = PageClient.organisation(server, ORG);
    PageClient.service(admin, ORG, "steget-fram", "Steget fram");
    BrowserTest.user(admin, ORG, "h-4", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_participant_closed_six_months_ago_is_due_for_follow_up() throws Exception {
    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(ORG, "h-4", BrowserTest.PASSWORD, "").statusCode());
    String csrf = PagesTest.csrf(h.get("/app").body());
    assertTrue(h.get("/app/follow-ups").body().contains("Inga uppföljningar är dags"));
    h.post(
        "/app/participant/enrol",
        "csrf=" + csrf + "&participant=p-c&service=steget-fram&admitted=2025-09-01");
    String enrolment = PageClient.openEnrolment(h.get("/app/participants/p-c").body());
    assertEquals(
        303,
        h.post(
                "/app/register/close",
                "csrf="
                    + csrf
                    + "&enrolment="
                    + enrolment
                    + "&closed=2026-05-01&outcome=EMPLOYMENT")
            .statusCode());
    String due = h.get("/app/follow-ups").body();
    assertTrue(due.contains("p-c") && due.contains("6 månader"), due);
  }

  @Test
  void studies_and_an_intervention_are_recorded_from_the_page() throws Exception {
    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(ORG, "h-4", BrowserTest.PASSWORD, "").statusCode());
    String csrf = PagesTest.csrf(h.get("/app").body());
    assertEquals(
        303,
        h.post(
                "/app/participant/enrol",
                "csrf=" + csrf + "&participant=p-r&service=steget-fram&admitted=2026-02-01")
            .statusCode());
    String page = h.get("/app/participants/p-r").body();
    String enrolment = PageClient.openEnrolment(page);
    assertEquals(
        303,
        h.post(
                "/app/register/study",
                "csrf="
                    + csrf
                    + "&enrolment="
                    + enrolment
                    + "&started=2026-03-01&kind=KOMVUX&extentPercent=50")
            .statusCode());
    assertEquals(
        303,
        h.post(
                "/app/participants/p-r/intervention",
                "csrf="
                    + csrf
                    + "&service=steget-fram&name="
                    + PageClient.enc("Arbetsträning")
                    + "&group=JOB_FOCUSED&start=2026-02-10&provider="
                    + PageClient.enc("Kommunens arbetsmarknadsenhet"))
            .statusCode());
    assertEquals(
        422,
        h.post(
                "/app/participants/p-r/intervention",
                "csrf="
                    + csrf
                    + "&service=steget-fram&name="
                    + PageClient.enc("Samtal med 19121212-1212")
                    + "&group=HEALTH&start=2026-02-10&provider=")
            .statusCode(),
        "a personnummer is refused");
    page = h.get("/app/participants/p-r").body();
    assertTrue(
        page.contains("Arbetsträning") && page.contains("Kommunens arbetsmarknadsenhet"), page);
    assertTrue(!page.contains("19121212"), "the refused name is nowhere: " + page);
  }
}
