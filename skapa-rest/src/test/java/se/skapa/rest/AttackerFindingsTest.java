package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an independent attack on the running server found (issue 25), each held by a request that
 * failed before the fix.
 */
class AttackerFindingsTest {

  static TestServer server;
  static TestServer admin;
  static final String ORG = "/api/v1/organisations/attacked";

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer.Reply created =
        server.post("/api/v1/organisations", "{\"id\":\"attacked\",\"name\":\"Attacked\"}");
    admin = server.as(created.json().at("/adminKey/key").asText());
    assertEquals(201, admin.post(ORG + "/services", "{\"id\":\"s\",\"name\":\"S\"}").status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_nul_in_a_json_text_is_a_422_naming_the_field_never_database_unavailable() {
    TestServer.Reply r = admin.post(ORG + "/services", "{\"id\":\"t\",\"name\":\"T\\u0000x\"}");
    assertEquals(422, r.status(), r.body());
    assertEquals("/name", r.json().at("/errors/0/pointer").asText());
    assertEquals("nul", r.json().at("/errors/0/rule").asText());
    assertEquals(200, admin.get(ORG + "/services").status(), "and nothing was stored");
    assertFalse(admin.get(ORG + "/services").body().contains("\"t\""));
  }

  @Test
  void a_nul_in_a_query_value_is_a_400_naming_the_parameter() {
    TestServer.Reply r = admin.raw("GET", ORG + "/services/s/cohort?instrument=%00", null, null);
    assertEquals(400, r.status(), r.body());
    assertEquals("/instrument", r.json().at("/errors/0/pointer").asText());
  }

  @Test
  void a_nul_in_a_csv_cell_is_refused_at_its_line() {
    String csv =
        "service;participant;instrument;respondent;date;job-belief\n"
            + "s;p-1;skapa;PARTICIPANT;2025-01-10;4\n"
            + "s;p-2\u0000;skapa;PARTICIPANT;2025-01-10;4\n";
    TestServer.Reply r =
        admin.sendBytes(
            "POST",
            ORG + "/imports/measurements",
            csv.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(422, r.status(), r.body());
    assertEquals("/lines/3", r.json().at("/errors/0/pointer").asText());
  }

  @Test
  void an_unknown_charset_is_a_415_on_every_route_that_reads_a_body_the_sign_in_included()
      throws Exception {
    TestServer.Reply api =
        server.raw(
            "POST", "/api/v1/fidelity/ips-25/score", "{}", "application/json; charset=x-nonesuch");
    assertEquals(415, api.status(), api.body());
    assertTrue(api.body().contains("x-nonesuch"));
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.server.port() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=x-nonesuch")
                    .POST(HttpRequest.BodyPublishers.ofString("username=a"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(415, login.statusCode(), login.body());
  }

  @Test
  void the_language_switch_never_redirects_off_the_server() throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String back :
        new String[] {
          "/%09/evil.com", "//evil.com", "/%5Cevil.com", "https://evil.com", "/%0A/evil.com"
        }) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + server.server.port() + "/lang/en?back=" + back))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(303, r.statusCode());
      assertEquals("/", r.headers().firstValue("Location").orElse(""), back);
    }
  }

  @Test
  void options_lists_only_the_methods_a_path_has_and_trace_is_not_allowed() {
    TestServer.Reply keys = server.raw("OPTIONS", ORG + "/keys", null, null);
    assertEquals(204, keys.status());
    assertEquals("GET, OPTIONS, POST", keys.headers().firstValue("Allow").orElse(""));
    TestServer.Reply one = server.raw("OPTIONS", ORG + "/keys/x", null, null);
    assertEquals("DELETE, OPTIONS", one.headers().firstValue("Allow").orElse(""));
    assertEquals(405, server.raw("TRACE", "/api/v1/instruments", null, null).status());
  }

  @Test
  void a_personnummer_is_refused_in_an_idempotency_key_and_a_survey_question_key() {
    TestServer handledare =
        server.as(
            admin
                .post(ORG + "/keys", "{\"holder\":\"h-1\",\"roles\":[\"handledare\"]}")
                .json()
                .at("/key")
                .asText());
    TestServer.Reply r =
        handledare.send(
            "POST",
            ORG + "/measurements",
            "{\"instrument\":\"skapa\",\"service\":\"s\",\"participant\":\"p-9\",\"date\":\"2025-03-01\","
                + "\"respondent\":\"PARTICIPANT\",\"scores\":{\"job-belief\":3}}",
            "Idempotency-Key",
            "850312-1231");
    assertEquals(422, r.status(), r.body());
    assertEquals("personnummer", r.json().at("/errors/0/rule").asText());
    assertFalse(r.body().contains("850312"), "never echoed");
    TestServer.Reply q =
        admin.send(
            "PUT",
            ORG + "/surveys/questions",
            "{\"questions\":[{\"key\":\"8503121231\",\"sv\":\"Fråga\",\"en\":\"Question\"}]}");
    assertEquals(422, q.status(), q.body());
    assertFalse(q.body().contains("8503121231"), "never echoed");
  }

  @Test
  void readiness_says_the_database_answers() {
    TestServer.Reply r = server.get("/health/ready");
    assertEquals(200, r.status());
    assertEquals("UP", r.json().at("/database").asText());
  }

  @Test
  void a_forbunds_year_imports_beyond_the_json_body_limit_and_a_file_past_its_own_limit_is_a_413() {
    StringBuilder csv =
        new StringBuilder("service;participant;instrument;respondent;date;job-belief\n");
    for (int i = 0; i < 30_000; i++) {
      csv.append("s;imp-")
          .append(letters(i))
          .append(";skapa;PARTICIPANT;2025-01-")
          .append(String.format("%02d", 1 + i % 28))
          .append(";")
          .append(1 + i % 10)
          .append("\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(file.length > ServerConfig.DEFAULT_MAX_BODY_BYTES, "larger than a JSON body may be");
    TestServer handledare =
        server.as(
            admin
                .post(ORG + "/keys", "{\"holder\":\"h-imp\",\"roles\":[\"handledare\"]}")
                .json()
                .at("/key")
                .asText());
    TestServer.Reply dry =
        handledare.sendBytes("POST", ORG + "/imports/measurements?dryRun=true", file, "text/csv");
    assertEquals(200, dry.status(), TestServer.abbreviate(dry.body()));
    ServerConfig small =
        ServerConfig.fromEnvironment(Map.of("SKAPA_PORT", "0", "SKAPA_MAX_IMPORT_BYTES", "2048"));
    try (TestServer tight = TestServer.stored(small)) {
      TestServer.Reply created =
          tight.post("/api/v1/organisations", "{\"id\":\"tight\",\"name\":\"Tight\"}");
      TestServer owner = tight.as(created.json().at("/adminKey/key").asText());
      TestServer.Reply refused =
          owner.raw(
              "POST",
              "/api/v1/organisations/tight/imports/measurements",
              csv.toString(),
              "text/csv");
      assertEquals(413, refused.status());
      assertTrue(refused.body().contains("SKAPA_MAX_IMPORT_BYTES"), refused.body());
    }
  }

  /** A number as letters only: a run of digits could take the shape of a personnummer. */
  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    do {
      b.insert(0, (char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }

  @Test
  void a_list_over_its_cap_is_refused_before_it_is_bound_naming_the_list() {
    ServerConfig big = ServerConfig.forTests().withMaxBodyBytes(64L * 1024 * 1024);
    try (TestServer stateless = TestServer.stored(big)) {
      StringBuilder body = new StringBuilder("{\"instrument\":\"skapa\",\"measurements\":[");
      // Elements the binder would refuse one by one: only a count before binding names the list.
      String one = "1";
      for (int i = 0; i <= 200_000; i++) {
        body.append(i == 0 ? "" : ",").append(one);
      }
      TestServer.Reply r =
          stateless
              .as(TestServer.KEY)
              .send(
                  "POST",
                  "/api/v1/progression/cohort",
                  body.append("]}").toString(),
                  "application/json",
                  false);
      assertEquals(
          422, r.status(), r.body().length() > 400 ? r.body().substring(0, 400) : r.body());
      assertEquals("/measurements", r.json().at("/errors/0/pointer").asText());
      assertEquals("size", r.json().at("/errors/0/rule").asText());
      assertTrue(r.body().contains("200 000") || r.body().contains("200000"), r.body());
    }
    TestServer.Reply support =
        admin.send(
            "POST",
            ORG + "/enrolments",
            "{\"participant\":\"p-cap\",\"service\":\"s\",\"admitted\":\"2025-10-01\",\"support\":["
                + "{\"benefit\":\"OTHER\",\"degree\":0.1},".repeat(20)
                + "{\"benefit\":\"NONE\",\"degree\":0.1}]}",
            "application/json",
            false);
    assertEquals(422, support.status(), support.body());
    assertEquals("/support", support.json().at("/errors/0/pointer").asText());
  }
}
