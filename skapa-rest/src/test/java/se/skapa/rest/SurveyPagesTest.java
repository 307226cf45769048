package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The participant survey in the browser (issue 23): the organisation's own targets (they were fixed
 * in code to Södra Norrbotten's), how many were offered it, paper forms entered one at a time and
 * stored once however often a form is sent.
 */
class SurveyPagesTest {

  static final String ORG = "ame-survey";
  static TestServer server;
  static TestServer admin;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    admin = PageClient.organisation(server, ORG);
    PageClient.service(admin, ORG, "steget-fram", "Steget fram");
    BrowserTest.user(admin, ORG, "h-8", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String form(String csrf, String rest) {
    return "csrf=" + csrf + "&service=steget-fram&period=2026&" + rest;
  }

  @Test
  void an_admin_sets_the_targets_and_a_handledare_enters_the_offer_and_a_paper_form()
      throws Exception {
    PageClient a = new PageClient(server);
    assertEquals(303, a.signIn(ORG, "admin", BrowserTest.PASSWORD, "").statusCode());
    String page = a.get("/app/survey?service=steget-fram&period=2026").body();
    assertTrue(page.contains("Södra Norrbottens mål 2026 (standard)"), page);
    String csrf = PagesTest.csrf(page);
    assertEquals(
        303,
        a.post("/app/survey/targets", form(csrf, "offered=90&responseRate=50&satisfied=75,5"))
            .statusCode());
    page = a.get("/app/survey?service=steget-fram&period=2026").body();
    assertTrue(page.contains("organisationens egna mål") && page.contains("≥ 90 %"), page);
    assertTrue(
        admin
            .get("/api/v1/organisations/" + ORG + "/surveys/targets")
            .json()
            .get("own")
            .asBoolean(),
        "the API says whose targets they are");
    assertEquals(
        422,
        a.post("/app/survey/targets", form(csrf, "offered=190&responseRate=50&satisfied=75"))
            .statusCode(),
        "a share above 100 % is refused");

    assertEquals(
        303,
        a.post(
                "/app/survey/questions",
                form(
                    csrf,
                    "own.0.key=own-pace&own.0.sv="
                        + PageClient.enc("Jag får arbeta i min egen takt")
                        + "&own.0.en="
                        + PageClient.enc("I can work at my own pace")
                        + "&own.1.key=&own.1.sv=&own.1.en="))
            .statusCode());
    assertTrue(
        a.get("/app/survey?service=steget-fram&period=2026")
            .body()
            .contains("<legend>Jag får arbeta i min egen takt</legend>"),
        "the organisation's own question is asked on the paper form");

    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(ORG, "h-8", BrowserTest.PASSWORD, "").statusCode());
    String hp = h.get("/app/survey?service=steget-fram&period=2026").body();
    String hc = PagesTest.csrf(hp);
    assertTrue(!hp.contains("t-offered"), "the targets are the admin's to set");
    assertEquals(
        403,
        h.post("/app/survey/targets", form(hc, "offered=10&responseRate=10&satisfied=10"))
            .statusCode());
    assertEquals(
        403,
        h.post("/app/survey/questions", form(hc, "own.0.key=x&own.0.sv=x&own.0.en=x")).statusCode(),
        "the questions are the admin's to set");
    assertEquals(303, h.post("/app/survey/offered", form(hc, "offered=4")).statusCode());
    String answer = form(hc, "batch=form-1&q.satisfied=5&q.respect=4&q.closer=");
    assertEquals(303, h.post("/app/survey/response", answer).statusCode());
    assertEquals(303, h.post("/app/survey/response", answer).statusCode(), "sent twice");
    hp = h.get("/app/survey?service=steget-fram&period=2026").body();
    assertTrue(hp.contains("25,0 % (1/4)"), "one answer of four offered, stored once: " + hp);
  }
}
