package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own settings (issue 23): the accessibility statement's contact, the interval
 * between conversations, the follow-ups after closing and a small-numbers threshold never below the
 * server's, set by the API and on the admin's page, and each doing what it says.
 */
class SettingsTest {

  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static final String CHOSEN =
      "{\"accessibilityContact\":\"tillganglighet@kalix.se\",\"measurementIntervalMonths\":2,"
          + "\"afterClosingMonths\":[12,3],\"smallNumbers\":8}";

  @Test
  void a_raised_threshold_withholds_from_analysts_what_the_servers_would_show() {
    StoredModeTest.Org org = StoredModeTest.organisation(server, "settings-kalix");
    JsonNode before = org.handledare().get(org.at("/settings")).json();
    assertEquals(5, before.get("smallNumbersInForce").asInt());
    assertEquals(5, before.get("smallNumbersFloor").asInt());
    assertFalse(before.has("smallNumbers"), "the server's, not one of its own: " + before);
    assertEquals("[6,12]", before.get("afterClosingMonths").toString());

    for (int p = 0; p < 7; p++) {
      RegisterFactsRoutesTest.enrol(org, "s-" + p);
    }
    String outcomes = "/services/steget-fram/ips-outcomes?quarter=2026-Q1";
    assertEquals(7, org.analyst().get(org.at(outcomes)).json().at("/served/value").asInt());

    TestServer.Reply below =
        org.admin()
            .send(
                "PUT",
                org.at("/settings"),
                CHOSEN.replace("\"smallNumbers\":8", "\"smallNumbers\":3"));
    assertEquals(422, below.status(), below.body());
    assertEquals("/smallNumbers", below.json().at("/errors/0/pointer").asText());
    assertEquals(
        5,
        org.admin().get(org.at("/settings")).json().get("smallNumbersInForce").asInt(),
        "nothing written");
    assertEquals(403, org.handledare().send("PUT", org.at("/settings"), CHOSEN).status());

    TestServer.Reply set = org.admin().send("PUT", org.at("/settings"), CHOSEN);
    assertEquals(200, set.status(), set.body());
    assertEquals("[3,12]", set.json().get("afterClosingMonths").toString());
    assertEquals(8, set.json().get("smallNumbersInForce").asInt());

    JsonNode a = org.analyst().get(org.at(outcomes)).json();
    assertEquals("< 8", a.at("/served/withheld").asText(), a.toString());
    assertTrue(a.get("suppression").asText().contains("< 8"), a.toString());
    assertEquals(
        7,
        org.handledare().get(org.at(outcomes)).json().at("/served/value").asInt(),
        "a handledare, who may see people's data, is held to no threshold");
  }

  @Test
  void the_admin_sets_them_on_a_page_and_the_statement_and_the_follow_ups_keep_to_them()
      throws Exception {
    StoredModeTest.Org org = StoredModeTest.organisation(server, "settings-page");
    String orgId = org.id();
    BrowserTest.user(org.admin(), orgId, "a-1", "admin");
    BrowserTest.user(org.admin(), orgId, "h-1", "handledare");
    // Closed four months ago: the six-month follow-up is not due for two months.
    String e = RegisterFactsRoutesTest.enrol(org, "f-1");
    TestServer.Reply closed =
        org.handledare()
            .post(
                org.at("/enrolments/" + e + "/closing"),
                "{\"closed\":\"2026-07-20\",\"outcome\":\"NONE\"}");
    assertTrue(closed.status() < 300, closed.body());

    PageClient a = new PageClient(server);
    assertEquals(303, a.signIn(orgId, "a-1", BrowserTest.PASSWORD, "").statusCode());
    String landing = a.get("/app/admin").body();
    assertTrue(landing.contains("Nästa steg") && landing.contains("Fyll i kontakten"), landing);
    String page = a.get("/app/admin/settings").body();
    assertTrue(page.contains("value=\"6, 12\""), page);
    String csrf = PagesTest.csrf(page);

    var refused =
        a.post(
            "/app/admin/settings",
            "csrf=" + csrf + "&contact=&interval=9&afterClosing=6%2C+x&smallNumbers=1");
    assertEquals(422, refused.statusCode());
    assertTrue(
        refused.body().contains("«Månader mellan SKAPA-samtal» ska vara minst 1 och högst 6"),
        "named by the page's label, every fault at once: " + refused.body());
    assertTrue(refused.body().contains("«x» är inget heltal"), refused.body());
    assertTrue(refused.body().contains("ska vara minst 2 och högst 100"), refused.body());

    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(orgId, "h-1", BrowserTest.PASSWORD, "").statusCode());
    assertFalse(h.get("/app/follow-ups").body().contains("f-1"), "due in January");
    assertEquals(403, h.get("/app/admin/settings").statusCode());

    var saved =
        a.post(
            "/app/admin/settings",
            "csrf="
                + csrf
                + "&contact="
                + PageClient.enc("tillganglighet@kalix.se")
                + "&interval=2&afterClosing=3%2C+12&smallNumbers=");
    assertEquals(303, saved.statusCode(), saved.body());
    assertTrue(a.get("/app/admin/settings").body().contains("value=\"3, 12\""));
    assertTrue(
        a.get("/tillganglighet").body().contains("tillganglighet@kalix.se"),
        "the statement names the organisation's contact");
    assertFalse(
        new PageClient(server).get("/tillganglighet").body().contains("tillganglighet@kalix.se"),
        "not to a visitor of no organisation");
    assertFalse(a.get("/app/admin").body().contains("Fyll i kontakten"), "a step done is gone");

    String due = h.get("/app/follow-ups").body();
    assertTrue(due.contains("f-1") && due.contains("3 månader"), "three months after: " + due);
  }
}
