package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defects found trying the pages as a new user would (issue 23): the home page's "new measurement"
 * form was a GET (a personnummer typed by mistake went to the browser's history and proxy logs) and
 * redirected {@code löpnr-Åsa} to a Latin-1 URL that Jetty refused; "Ny mätning" chose the first
 * service alphabetically, not the participant's own.
 */
class HomeFormTest {

  static final String ORG = "ame-home";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer admin =
        server.as(
            server
                .post("/api/v1/organisations", "{\"id\":\"" + ORG + "\",\"name\":\"AME\"}")
                .json()
                .at("/adminKey/key")
                .asText());
    for (String s : new String[] {"a-forst", "steget-fram"}) {
      admin.post(
          "/api/v1/organisations/" + ORG + "/services",
          "{\"id\":\"" + s + "\",\"name\":\"" + s + "\"}");
    }
    BrowserTest.user(admin, ORG, "h-2", "handledare");
    TestServer h =
        server.as(
            admin
                .post(
                    "/api/v1/organisations/" + ORG + "/keys",
                    "{\"holder\":\"sys\",\"roles\":[\"handledare\"]}")
                .json()
                .get("key")
                .asText());
    assertEquals(
        201,
        h.post(
                "/api/v1/organisations/" + ORG + "/measurements",
                StoredModeTest.self("p-7", "2026-10-01", "{\"job-belief\":5}"))
            .status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static PageClient signedIn() throws Exception {
    PageClient c = new PageClient(server);
    HttpResponse<String> r = c.signIn(ORG, "h-2", BrowserTest.PASSWORD, "");
    assertEquals(303, r.statusCode(), r.body());
    return c;
  }

  @Test
  void the_home_form_posts_and_takes_a_swedish_key_to_its_page() throws Exception {
    PageClient c = signedIn();
    String home = c.get("/app").body();
    assertTrue(home.contains("<form method=\"post\" action=\"/app/participant\""), home);
    String csrf = PagesTest.csrf(home);
    HttpResponse<String> r =
        c.post(
            "/app/participant",
            "csrf="
                + csrf
                + "&participant="
                + URLEncoder.encode("löpnr-Åsa", StandardCharsets.UTF_8));
    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertEquals("/app/participants/l%C3%B6pnr-%C3%85sa/new", location);
    HttpResponse<String> page = c.get(location);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("löpnr-Åsa"), "the page names the participant as typed");

    HttpResponse<String> personnummer =
        c.post("/app/participant", "csrf=" + csrf + "&participant=19850312-1231");
    assertEquals(422, personnummer.statusCode());
    assertTrue(personnummer.headers().firstValue("Location").isEmpty(), "refused, not passed on");
  }

  @Test
  void a_new_measurement_is_filed_under_the_participants_own_service_by_default() throws Exception {
    String form = signedIn().get("/app/participants/p-7/new").body();
    assertTrue(
        form.contains("<option value=\"steget-fram\" selected>"),
        "p-7 was measured in steget-fram, not a-forst: " + form);
  }

  @Test
  void a_session_that_ended_says_so_and_signing_in_returns_to_the_page() throws Exception {
    PageClient c = new PageClient(server);
    HttpResponse<String> r =
        c.http.send(
            HttpRequest.newBuilder(URI.create(c.base + "/app/participants/p-7?m=1"))
                .header("Cookie", "skapa_session=ended-long-ago")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, r.statusCode());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertEquals("/login?expired&back=%2Fapp%2Fparticipants%2Fp-7%3Fm%3D1", location);
    String page = c.get(location).body();
    assertTrue(page.contains("inaktiv för länge"), "the sign-in page says why: " + page);
    assertTrue(page.contains("name=\"back\" value=\"/app/participants/p-7?m=1\""), page);
    HttpResponse<String> in =
        c.post(
            "/login",
            "csrf="
                + PagesTest.csrf(page)
                + "&org="
                + ORG
                + "&username=h-2&password="
                + URLEncoder.encode(BrowserTest.PASSWORD, StandardCharsets.UTF_8)
                + "&back="
                + URLEncoder.encode("/app/participants/p-7?m=1", StandardCharsets.UTF_8));
    assertEquals("/app/participants/p-7?m=1", in.headers().firstValue("Location").orElseThrow());
    assertEquals(
        "/app", se.skapa.rest.web.SignInPages.back("https://evil.example/app"), "never elsewhere");
    assertEquals("/app", se.skapa.rest.web.SignInPages.back("//evil.example/app"));
  }

  @Test
  void the_rating_gap_section_is_left_out_where_no_indicator_is_rated_by_both() throws Exception {
    String page = signedIn().get("/app/participants/p-7").body();
    assertTrue(page.contains("Tilltro till att få jobb"), page);
    assertTrue(
        !page.contains("Inga mätningar där båda skattat"),
        "the built-in instrument has no indicator both rate: no empty section that never fills");
  }
}
