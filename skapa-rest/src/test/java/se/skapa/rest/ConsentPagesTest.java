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
 * A participant's consent that two services share their data, recorded and withdrawn from the
 * participant's page: before it the other service's handledare sees nothing of them, while it holds
 * they do, and from its withdrawal nothing more.
 */
class ConsentPagesTest {

  static TestServer server;
  static StoredModeTest.Org org;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    org = StoredModeTest.organisation(server, "consent-pages");
    // The organisation has Steget fram and Vuxenutbildning; each handledare works in one.
    for (String[] u : new String[][] {{"h-a", "steget-fram"}, {"h-b", "vux"}}) {
      assertEquals(
          201,
          org.admin()
              .post(
                  org.at("/users"),
                  "{\"username\":\""
                      + u[0]
                      + "\",\"password\":\""
                      + BrowserTest.PASSWORD
                      + "\",\"roles\":[\"handledare\"],\"services\":[\""
                      + u[1]
                      + "\"]}")
              .status());
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_consent_opens_one_services_participant_to_the_other_until_it_is_withdrawn()
      throws Exception {
    PageClient a = new PageClient(server);
    assertEquals(303, a.signIn(org.id(), "h-a", BrowserTest.PASSWORD, "").statusCode());
    String csrf = PagesTest.csrf(a.get("/app").body());
    assertEquals(
        303,
        a.post(
                "/app/participant/enrol",
                "csrf=" + csrf + "&participant=c-1&service=steget-fram&admitted=2026-03-02")
            .statusCode());
    PageClient b = new PageClient(server);
    assertEquals(303, b.signIn(org.id(), "h-b", BrowserTest.PASSWORD, "").statusCode());
    assertEquals(404, b.get("/app/participants/c-1").statusCode(), "secrecy between services");

    var one =
        a.post("/app/participants/c-1/consent", "csrf=" + csrf + "&services=vux&given=2026-11-01");
    assertEquals(422, one.statusCode(), "a consent to share names two services");
    assertEquals(
        303,
        a.post(
                "/app/participants/c-1/consent",
                "csrf=" + csrf + "&services=steget-fram&services=vux&given=2026-11-01")
            .statusCode());
    String page = a.get("/app/participants/c-1").body();
    assertTrue(page.contains("Steget fram, Vuxenutbildning"), page);
    assertEquals(200, b.get("/app/participants/c-1").statusCode(), "shared while it holds");

    Matcher id = Pattern.compile("name=\"consent\" value=\"([0-9a-f-]{36})\"").matcher(page);
    assertTrue(id.find(), page);
    assertEquals(
        303,
        a.post("/app/participants/c-1/consent/withdraw", "csrf=" + csrf + "&consent=" + id.group(1))
            .statusCode());
    assertFalse(
        a.get("/app/participants/c-1").body().contains("name=\"consent\" value="),
        "withdrawn: nothing left to withdraw");
    assertEquals(404, b.get("/app/participants/c-1").statusCode(), "nothing shared from the day");
  }
}
