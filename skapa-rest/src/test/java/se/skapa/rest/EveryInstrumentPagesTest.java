package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every instrument the server knows works on the pages (issue 23): a participant measured only on a
 * loaded, licensed instrument is on the handledare's list, has a page, and gets a new conversation
 * recorded on that instrument; a service's progression can be shown on it.
 */
class EveryInstrumentPagesTest {

  static final String ORG = "ame-instr";
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Files.copy(Path.of("../docs/examples/instruments/own-steps.json"), dir.resolve("own.json"));
    server = TestServer.stored(ServerConfig.forTests().withInstrumentsDir(dir));
    TestServer admin = PageClient.organisation(server, ORG);
    String base = "/api/v1/organisations/" + ORG;
    assertEquals(
        201,
        admin
            .post(base + "/services", "{\"id\":\"steget-fram\",\"name\":\"Steget fram\"}")
            .status());
    BrowserTest.user(admin, ORG, "h-3", "handledare");
    TestServer h =
        server.as(
            admin
                .post(base + "/keys", "{\"holder\":\"h-3\",\"roles\":[\"handledare\"]}")
                .json()
                .get("key")
                .asText());
    assertEquals(201, h.post(base + "/measurements", own("p-own", "2026-03-01")).status());
    assertEquals(201, h.post(base + "/measurements", own("p-both", "2026-02-01")).status());
    assertEquals(
        201,
        h.post(
                base + "/measurements",
                StoredModeTest.self("p-both", "2026-01-10", "{\"job-belief\":4}")
                    .replace("\"h-2\"", "\"h-3\""))
            .status());
  }

  static String own(String participant, String date) {
    return "{\"instrument\":\"own-steps\",\"service\":\"steget-fram\",\"participant\":\""
        + participant
        + "\",\"date\":\""
        + date
        + "\",\"respondent\":\"PARTICIPANT\",\"handledare\":\"h-3\","
        + "\"scores\":{\"motivation\":2,\"routine\":3}}";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_participant_measured_on_a_licensed_instrument_is_listed_shown_and_measured_again()
      throws Exception {
    PageClient c = new PageClient(server);
    assertEquals(303, c.signIn(ORG, "h-3", BrowserTest.PASSWORD, "").statusCode());
    String home = c.get("/app").body();
    assertTrue(home.contains("p-own") && home.contains("p-both"), "on the list: " + home);

    HttpResponse<String> page = c.get("/app/participants/p-own");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(
        page.body().contains("Egna steg") && page.body().contains("Motivation"), page.body());
    assertTrue(page.body().contains("/app/participants/p-own/new?instrument=own-steps"));

    String both = c.get("/app/participants/p-both").body();
    assertTrue(both.contains("Mätt med"), "a choice between the two: " + both);
    assertTrue(both.contains("aria-current=\"page\">Egna steg"), "the latest shown first");
    String skapa = c.get("/app/participants/p-both?instrument=skapa").body();
    assertTrue(skapa.contains("aria-current=\"page\">SKAPA"), skapa);

    String form = c.get("/app/participants/p-own/new").body();
    assertTrue(form.contains("name=\"p.motivation\""), "the licensed instrument's form: " + form);
    HttpResponse<String> recorded =
        c.post(
            "/app/participants/p-own/new?instrument=own-steps",
            "csrf="
                + PagesTest.csrf(form)
                + "&date=2026-05-01&service=steget-fram&p.motivation=4&p.routine=4&comment=");
    assertEquals(303, recorded.statusCode(), recorded.body());
    String after = c.get("/app/participants/p-own").body();
    assertTrue(after.contains("2026-05-01"), "the new conversation is on the page: " + after);

    String cohort = c.get("/app/services/steget-fram/cohort?instrument=own-steps").body();
    assertTrue(cohort.contains("Motivation"), cohort);
  }
}
