package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stored mode as a kommun meets it, over real HTTP on a real PostgreSQL; every exchange is held
 * against the OpenAPI document.
 */
class StoredModeTest {

  static TestServer server;
  static Org boden;

  /** One organisation with a service and a key per role. */
  record Org(
      String id,
      TestServer admin,
      TestServer handledare,
      TestServer analyst,
      String handledareKeyId) {
    String at(String path) {
      return "/api/v1/organisations/" + id + path;
    }
  }

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    boden = organisation(server, "ame-boden");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Org organisation(TestServer server, String id) {
    TestServer.Reply created =
        server.post("/api/v1/organisations", "{\"id\":\"" + id + "\",\"name\":\"AME " + id + "\"}");
    assertEquals(201, created.status(), created.body());
    TestServer admin = server.as(created.json().at("/adminKey/key").asText());
    String base = "/api/v1/organisations/" + id;
    assertEquals(
        201,
        admin
            .post(base + "/services", "{\"id\":\"steget-fram\",\"name\":\"Steget fram\"}")
            .status());
    assertEquals(
        201,
        admin.post(base + "/services", "{\"id\":\"vux\",\"name\":\"Vuxenutbildning\"}").status());
    JsonNode h =
        admin.post(base + "/keys", "{\"holder\":\"h-2\",\"roles\":[\"handledare\"]}").json();
    JsonNode a = admin.post(base + "/keys", "{\"holder\":\"a-1\",\"roles\":[\"analyst\"]}").json();
    return new Org(
        id,
        admin,
        server.as(h.get("key").asText()),
        server.as(a.get("key").asText()),
        h.get("id").asText());
  }

  static String measurement(
      String participant, String date, String respondent, String service, String scores) {
    return "{\"instrument\":\"skapa\",\"service\":\""
        + service
        + "\",\"participant\":\""
        + participant
        + "\",\"date\":\""
        + date
        + "\",\"respondent\":\""
        + respondent
        + "\",\"handledare\":\"h-2\",\"scores\":"
        + scores
        + "}";
  }

  static String self(String participant, String date, String scores) {
    return measurement(participant, date, "PARTICIPANT", "steget-fram", scores);
  }

  @Test
  void a_recorded_measurement_is_read_back_with_its_provenance_location_and_etag() {
    TestServer.Reply r =
        boden
            .handledare()
            .post(
                boden.at("/measurements"),
                self("p-1", "2025-03-01", "{\"job-belief\":2,\"job-search\":null}"));
    assertEquals(201, r.status(), r.body());
    String id = r.json().get("id").asText();
    assertEquals(boden.at("/measurements/" + id), r.header("Location"));
    assertEquals("\"1\"", r.header("ETag"));
    assertEquals("h-2", r.json().get("recordedBy").asText());
    assertEquals("steget-fram", r.json().get("service").asText());
    TestServer.Reply read = boden.handledare().get(boden.at("/measurements/" + id));
    assertEquals(200, read.status());
    assertEquals(r.json(), read.json());
    assertTrue(
        read.json().at("/scores/job-search").isNull(),
        "an unanswered indicator stays unanswered, never 0");
    assertEquals("\"1\"", read.header("ETag"));
  }

  @Test
  void every_rule_of_the_stateless_routes_holds_on_writes_and_nothing_invalid_is_stored() {
    TestServer h = boden.handledare();
    TestServer.Reply range =
        h.post(
            boden.at("/measurements"), self("p-2", "2025-03-01", "{\"job-belief\":11,\"nope\":3}"));
    assertEquals(422, range.status());
    assertEquals(2, range.json().get("errors").size(), "every violation listed: " + range.body());
    assertEquals(
        List.of("/scores/job-belief", "/scores/nope"),
        range.json().get("errors").findValuesAsText("pointer").stream().sorted().toList());
    TestServer.Reply future =
        h.post(boden.at("/measurements"), self("p-2", "2027-01-01", "{\"job-belief\":3}"));
    assertEquals("future-date", future.json().at("/errors/0/rule").asText());
    TestServer.Reply pnr =
        h.post(
            boden.at("/measurements"), self("19121212-1212", "2025-03-01", "{\"job-belief\":3}"));
    assertEquals("personnummer", pnr.json().at("/errors/0/rule").asText());
    assertEquals("/participant", pnr.json().at("/errors/0/pointer").asText());
    TestServer.Reply comment =
        h.post(
            boden.at("/measurements"),
            self("p-2", "2025-03-01", "{\"job-belief\":3}")
                .replace("}}", "},\"comment\":\"ringde 121212-1212\"}"));
    assertEquals("personnummer", comment.json().at("/errors/0/rule").asText(), comment.body());
    TestServer.Reply service =
        h.post(
            boden.at("/measurements"),
            measurement("p-2", "2025-03-01", "PARTICIPANT", "okänd", "{}"));
    assertEquals(422, service.status());
    TestServer.Reply unknownService =
        h.post(
            boden.at("/measurements"),
            measurement("p-2", "2025-03-01", "PARTICIPANT", "ifo", "{}"));
    assertEquals("unknown-service", unknownService.json().at("/errors/0/rule").asText());
    assertEquals(
        404,
        h.get(boden.at("/participants/p-2/progression")).status(),
        "nothing of p-2 was stored");
  }

  @Test
  void
      the_same_participant_instrument_respondent_and_date_twice_is_a_409_naming_the_existing_one() {
    TestServer h = boden.handledare();
    String first =
        h.post(boden.at("/measurements"), self("p-3", "2025-03-01", "{\"job-belief\":2}"))
            .json()
            .get("id")
            .asText();
    TestServer.Reply again =
        h.post(boden.at("/measurements"), self("p-3", "2025-03-01", "{\"job-belief\":5}"));
    assertEquals(409, again.status());
    assertTrue(again.json().get("detail").asText().contains(first), again.body());
    assertEquals(boden.at("/measurements/" + first), again.header("Location"));
    // The handledare's own rating on the same day is another measurement.
    assertEquals(
        201,
        h.post(
                boden.at("/measurements"),
                measurement(
                    "p-3", "2025-03-01", "HANDLEDARE", "steget-fram", "{\"handledare-belief\":3}"))
            .status());
  }

  @Test
  void an_idempotency_key_makes_a_retry_return_the_first_answer_and_store_once() {
    TestServer h = boden.handledare();
    String body = self("p-4", "2025-03-01", "{\"job-belief\":2}");
    TestServer.Reply first =
        h.send("POST", boden.at("/measurements"), body, "Idempotency-Key", "retry-4");
    TestServer.Reply retry =
        h.send("POST", boden.at("/measurements"), body, "Idempotency-Key", "retry-4");
    assertEquals(201, first.status());
    assertEquals(201, retry.status());
    assertEquals(first.json(), retry.json());
    assertEquals("true", retry.header("Idempotent-Replayed"));
    TestServer.Reply other =
        h.send(
            "POST",
            boden.at("/measurements"),
            self("p-4", "2025-04-01", "{\"job-belief\":3}"),
            "Idempotency-Key",
            "retry-4");
    assertEquals(422, other.status(), "a key reused for another body is refused, not replayed");
    JsonNode series = h.get(boden.at("/participants/p-4/progression?asOf=2025-12-31")).json();
    assertEquals(1, series.at("/series/0/measurements").asInt(), "stored once");
  }

  @Test
  void a_correction_needs_the_current_etag_keeps_every_version_and_says_who_changed_what() {
    TestServer h = boden.handledare();
    TestServer.Reply r =
        h.post(
            boden.at("/measurements"),
            self("p-5", "2025-03-01", "{\"job-belief\":2,\"job-search\":4}"));
    String at = boden.at("/measurements/" + r.json().get("id").asText());
    String corrected = self("p-5", "2025-03-01", "{\"job-belief\":3,\"job-search\":4}");
    // The document requires If-Match, so only the answer is held against it here.
    assertEquals(428, h.send("PUT", at, corrected, "application/json", false).status());
    TestServer.Reply ok = h.send("PUT", at, corrected, "If-Match", "\"1\"");
    assertEquals(200, ok.status(), ok.body());
    assertEquals(2, ok.json().get("version").asInt());
    assertEquals("\"2\"", ok.header("ETag"));
    TestServer.Reply stale =
        h.send("PUT", at, self("p-5", "2025-03-01", "{\"job-belief\":9}"), "If-Match", "\"1\"");
    assertEquals(412, stale.status());
    JsonNode history = h.get(at + "/history").json();
    assertEquals(2, history.get("versions").size());
    assertEquals(
        2,
        history.at("/versions/0/scores/job-belief").asInt(),
        "the first version is kept as it was");
    assertEquals("/scores/job-belief", history.at("/versions/1/changes/0/field").asText());
    assertEquals("2", history.at("/versions/1/changes/0/from").asText());
    assertEquals("3", history.at("/versions/1/changes/0/to").asText());
    assertEquals(1, history.at("/versions/1/changes").size(), "job-search did not change");
    TestServer.Reply otherPerson =
        h.send("PUT", at, self("p-6", "2025-03-01", "{\"job-belief\":3}"), "If-Match", "\"2\"");
    assertEquals(422, otherPerson.status(), "a correction never moves data to another participant");
  }

  @Test
  void stored_progression_is_the_stateless_analysis_of_the_same_series() throws Exception {
    TestServer h = boden.handledare();
    String[] series = {
      self("p-7", "2025-03-01", "{\"health-coping\":3,\"job-belief\":2}"),
      measurement(
          "p-7", "2025-06-02", "PARTICIPANT", "vux", "{\"health-coping\":5,\"job-belief\":4}"),
      measurement("p-7", "2025-06-02", "HANDLEDARE", "vux", "{\"handledare-belief\":3}"),
      self("p-7", "2026-01-10", "{\"health-coping\":6,\"job-belief\":null}")
    };
    ArrayNode sent = TestServer.JSON.createArrayNode();
    for (String m : series) {
      assertEquals(201, h.post(boden.at("/measurements"), m).status());
      ObjectNode node = (ObjectNode) TestServer.JSON.readTree(m);
      node.remove(List.of("instrument", "service"));
      if (node.get("date").asText().compareTo("2025-12-31") <= 0) {
        sent.add(node);
      }
    }
    ObjectNode request = TestServer.JSON.createObjectNode().put("instrument", "skapa");
    request.set("measurements", sent);
    JsonNode stored = h.get(boden.at("/participants/p-7/progression?asOf=2025-12-31")).json();
    // The stateless route's "today" is the test clock; the stored answer's is asOf.
    JsonNode stateless =
        server.as(TestServer.KEY).post("/api/v1/progression/analyze", request.toString()).json();
    ((ObjectNode) stateless).remove(List.of("overdue", "daysOverdue"));
    ((ObjectNode) stored).remove(List.of("overdue", "daysOverdue"));
    assertEquals(stateless, stored);
    assertEquals(
        3,
        h.get(boden.at("/participants/p-7/progression?asOf=2026-06-30"))
            .json()
            .at("/series/0/measurements")
            .asInt(),
        "one series across services (steget-fram and vux)");
  }

  @Test
  void the_stored_cohort_is_the_stateless_cohort_of_the_same_measurements() throws Exception {
    Org org = organisation(server, "ame-cohort");
    String[] taken = {
      self("k-1", "2025-01-10", "{\"health-coping\":3,\"job-belief\":2,\"job-search\":null}"),
      self("k-1", "2025-04-10", "{\"health-coping\":5,\"job-belief\":2,\"job-search\":4}"),
      self("k-2", "2025-02-01", "{\"health-coping\":7,\"cooperation\":10}"),
      self("k-2", "2025-05-01", "{\"health-coping\":6,\"cooperation\":9}"),
      self("k-3", "2025-03-01", "{\"job-belief\":1}"),
      measurement("k-1", "2025-04-10", "HANDLEDARE", "steget-fram", "{\"handledare-belief\":3}"),
      measurement("k-4", "2025-03-01", "PARTICIPANT", "vux", "{\"job-belief\":9}")
    };
    ArrayNode sent = TestServer.JSON.createArrayNode();
    for (String m : taken) {
      assertEquals(201, org.handledare().post(org.at("/measurements"), m).status());
      ObjectNode node = (ObjectNode) TestServer.JSON.readTree(m);
      if (node.get("service").asText().equals("steget-fram")) {
        node.remove(List.of("instrument", "service"));
        sent.add(node);
      }
    }
    ObjectNode request = TestServer.JSON.createObjectNode().put("instrument", "skapa");
    request.set("measurements", sent);
    JsonNode stateless =
        server.as(TestServer.KEY).post("/api/v1/progression/cohort", request.toString()).json();
    // The stateless route counts as of the test clock's today; ask the stored one for the same day.
    JsonNode stored =
        org.handledare()
            .get(org.at("/services/steget-fram/cohort?asOf=" + stateless.get("asOf").asText()))
            .json();
    assertEquals(stateless, stored);
    assertEquals(3, stored.get("participants").asInt(), "k-4 was measured at another service");
    // An analyst sees no mean over fewer than five people: here every indicator was answered twice
    // by one or two. And only a whole released year, so that two reads cannot be subtracted.
    assertEquals(
        "release-period",
        org.analyst()
            .get(org.at("/services/steget-fram/cohort?asOf=" + stateless.get("asOf").asText()))
            .json()
            .at("/errors/0/rule")
            .asText());
    JsonNode forAnalysts =
        org.analyst()
            .get(org.at("/services/steget-fram/cohort?from=2025-01-01&to=2025-12-31"))
            .json();
    assertEquals(
        6 - forAnalysts.get("indicators").size(),
        forAnalysts.at("/suppression/indicators").size(),
        forAnalysts.toString());
    forAnalysts
        .get("indicators")
        .forEach(
            i ->
                assertTrue(
                    i.get("participants").asInt() == 0 || i.get("participants").asInt() >= 5,
                    i.toString()));
    assertTrue(
        forAnalysts.at("/suppression/indicators").toString().contains("health-coping"),
        forAnalysts.toString());
  }

  @Test
  void admissions_and_closings_give_the_stateless_outcome_report_held_against_the_periods_targets()
      throws Exception {
    Org org = organisation(server, "sf-norrbotten");
    TestServer h = org.handledare();
    String[][] people = {
      {
        "e-1", "steget-fram", "2026-01-10", "2026-01-14", "true", "2026-05-01", "EMPLOYMENT", "true"
      },
      {"e-2", "steget-fram", "2026-02-03", "2026-02-25", "true", "2026-06-15", "STUDIES", "false"},
      {"e-3", "steget-fram", "2026-03-01", "2026-03-05", "false", null, null, null},
      {"e-1", "vux", "2026-02-01", "2026-02-02", "true", "2026-04-01", "NONE", "false"}
    };
    ArrayNode sent = TestServer.JSON.createArrayNode();
    for (String[] p : people) {
      JsonNode e =
          h.post(
                  org.at("/enrolments"),
                  "{\"participant\":\""
                      + p[0]
                      + "\",\"service\":\""
                      + p[1]
                      + "\",\"admitted\":\""
                      + p[2]
                      + "\",\"firstContact\":\""
                      + p[3]
                      + "\",\"actionPlan\":"
                      + p[4]
                      + "}")
              .json();
      if (p[5] != null) {
        TestServer.Reply closed =
            h.post(
                org.at("/enrolments/" + e.get("id").asText() + "/closing"),
                "{\"closed\":\""
                    + p[5]
                    + "\",\"outcome\":\""
                    + p[6]
                    + "\",\"subsidised\":"
                    + p[7]
                    + "}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals(2, closed.json().get("version").asInt());
      }
      if (p[1].equals("steget-fram")) {
        ObjectNode row =
            TestServer.JSON
                .createObjectNode()
                .put("key", p[0] + "-" + p[1])
                .put("admitted", p[2])
                .put("firstContact", p[3])
                .put("actionPlan", Boolean.parseBoolean(p[4]));
        if (p[5] != null) {
          row.put("closed", p[5])
              .put("outcome", p[6])
              .put("subsidised", Boolean.parseBoolean(p[7]));
        }
        sent.add(row);
      }
    }
    ObjectNode request =
        TestServer.JSON
            .createObjectNode()
            .put("from", "2026-01-01")
            .put("to", "2026-06-30")
            .put("staffFullTimeEquivalents", 1.5);
    request.set("participants", sent);
    JsonNode stateless =
        server.as(TestServer.KEY).post("/api/v1/outcomes/report", request.toString()).json();
    assertEquals(
        200,
        org.admin()
            .send(
                "PUT",
                org.at("/services/steget-fram/targets"),
                "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\","
                    + "\"targets\":[{\"metric\":\"SHARE_WORK_OR_STUDIES\",\"comparison\":\"AT_LEAST\",\"value\":0.4}]}")
            .status());
    JsonNode stored =
        h.get(org.at("/services/steget-fram/report?from=2026-01-01&to=2026-06-30&staff=1.5"))
            .json();
    assertEquals(
        stateless,
        stored.get("report"),
        "the same report as the stateless route for the same register");
    // An analyst reads whole released periods (years here); PrintTest reads a released half year.
    TestServer.Reply analysts =
        org.analyst()
            .get(org.at("/services/steget-fram/report?from=2026-01-01&to=2026-06-30&staff=1.5"));
    assertEquals(422, analysts.status(), analysts.body());
    assertEquals("release-period", analysts.json().at("/errors/0/rule").asText());
    assertEquals(2, stored.at("/report/closed").asInt());
    assertEquals(1, stored.get("targets").size(), "the year's target applies to its half year");
    assertTrue(stored.at("/targets/0/met").asBoolean(), stored.toString());
    assertEquals(
        0,
        h.get(org.at("/services/steget-fram/report?from=2027-01-01&to=2027-03-31"))
            .json()
            .get("targets")
            .size(),
        "no target set covers 2027");
    JsonNode whole = h.get(org.at("/report?from=2026-01-01&to=2026-06-30")).json();
    assertEquals(4, whole.at("/report/admitted").asInt(), "e-1 counts in both insatser");
    assertEquals(3, whole.at("/report/closed").asInt());
  }

  @Test
  void enrolment_rules_hold_duplicates_are_409_and_erasure_takes_enrolments_too() {
    Org org = organisation(server, "ame-enrol");
    TestServer h = org.handledare();
    String body =
        "{\"participant\":\"q-1\",\"service\":\"steget-fram\",\"admitted\":\"2026-03-01\"}";
    String id = h.post(org.at("/enrolments"), body).json().get("id").asText();
    TestServer.Reply again = h.post(org.at("/enrolments"), body);
    assertEquals(409, again.status());
    assertTrue(again.json().get("detail").asText().contains(id));
    TestServer.Reply early =
        h.post(
            org.at("/enrolments/" + id + "/closing"),
            "{\"closed\":\"2026-02-01\",\"outcome\":\"STUDIES\"}");
    assertEquals(422, early.status());
    assertEquals("date-order", early.json().at("/errors/0/rule").asText(), early.body());
    TestServer.Reply subsidisedStudies =
        h.post(
            org.at("/enrolments/" + id + "/closing"),
            "{\"closed\":\"2026-04-01\",\"outcome\":\"STUDIES\",\"subsidised\":true}");
    assertEquals("subsidised", subsidisedStudies.json().at("/errors/0/rule").asText());
    TestServer.Reply closedTomorrow =
        h.post(
            org.at("/enrolments/" + id + "/closing"),
            "{\"closed\":\"2026-11-23\",\"outcome\":\"STUDIES\"}");
    assertEquals(
        "/closed future-date",
        closedTomorrow.json().at("/errors/0/pointer").asText()
            + " "
            + closedTomorrow.json().at("/errors/0/rule").asText(),
        closedTomorrow.body());
    TestServer.Reply future =
        h.post(org.at("/enrolments"), body.replace("2026-03-01", "2027-03-01"));
    assertEquals("future-date", future.json().at("/errors/0/rule").asText());
    assertEquals(
        403, org.analyst().post(org.at("/enrolments"), body.replace("q-1", "q-2")).status());
    assertEquals(
        403,
        h.send(
                "PUT",
                org.at("/targets"),
                "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\",\"targets\":[]}")
            .status());
    assertEquals(
        2,
        org.admin().send("DELETE", org.at("/participants/q-1"), null).json().get("rows").asInt(),
        "the enrolment and its version");
    assertEquals(404, h.get(org.at("/enrolments/" + id)).status());
  }

  @Test
  void exports_open_in_swedish_excel_and_never_run_a_formula() {
    Org org = organisation(server, "ame-export");
    TestServer h = org.handledare();
    h.post(
        org.at("/measurements"),
        self("x-1", "2025-03-01", "{\"job-belief\":2,\"job-search\":null}")
            .replace("}}", "},\"comment\":\"=HYPERLINK(\\\"http://evil\\\")\"}"));
    h.post(org.at("/measurements"), self("x-1", "2025-06-01", "{\"job-belief\":5}"));
    TestServer.Reply csv = h.get(org.at("/exports/measurements.csv?service=steget-fram"));
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    String[] lines = csv.body().split("\r\n");
    assertTrue(
        lines[0].startsWith(
            "\uFEFFid;verksamhet;deltagare;instrument;instrumentversion;svarande;datum;handledare;"
                + "Hantering av hälsa;"),
        "Swedish columns for a Swedish reader in Excel: " + lines[0]);
    assertTrue(lines[1].contains(";Deltagare;"), lines[1]);
    String[] english =
        h.get(org.at("/exports/measurements.csv?service=steget-fram"), "en").body().split("\r\n");
    assertTrue(
        english[0].startsWith(
            "\uFEFFid;service;participant;instrument;instrumentVersion;respondent;date;handledare;"
                + "health-coping;"),
        english[0]);
    assertTrue(english[1].contains(";PARTICIPANT;"), english[1]);
    assertEquals(3, lines.length, "a header and one row per measurement");
    assertTrue(
        lines[1].contains(";2025-03-01;h-2;") && lines[1].contains("\"'=HYPERLINK("),
        "the comment cannot run: " + lines[1]);
    assertTrue(lines[2].contains(";5;"), lines[2]);
    assertEquals(
        403,
        org.analyst().get(org.at("/exports/measurements.csv")).status(),
        "one row per person is not for analysts");

    String e =
        h.post(
                org.at("/enrolments"),
                "{\"participant\":\"x-1\",\"service\":\"steget-fram\",\"admitted\":\"2026-01-10\"}")
            .json()
            .get("id")
            .asText();
    h.post(
        org.at("/enrolments/" + e + "/closing"),
        "{\"closed\":\"2026-03-01\",\"outcome\":\"EMPLOYMENT\"}");
    h.post(
        org.at("/enrolments"),
        "{\"participant\":\"x-2\",\"service\":\"steget-fram\",\"admitted\":\"2026-01-11\"}");
    String e3 =
        h.post(
                org.at("/enrolments"),
                "{\"participant\":\"x-3\",\"service\":\"steget-fram\",\"admitted\":\"2026-01-12\"}")
            .json()
            .get("id")
            .asText();
    h.post(
        org.at("/enrolments/" + e3 + "/closing"),
        "{\"closed\":\"2026-04-01\",\"outcome\":\"NONE\"}");
    String report =
        h.get(org.at("/services/steget-fram/report.csv?from=2026-01-01&to=2026-06-30")).body();
    // An analyst reads whole released periods only (PrintTest reads a released one).
    TestServer.Reply forAnalysts =
        org.analyst().get(org.at("/services/steget-fram/report.csv?from=2026-01-01&to=2026-06-30"));
    assertEquals(422, forAnalysts.status(), forAnalysts.body());
    assertTrue(forAnalysts.body().contains("release-period"), forAnalysts.body());
    assertTrue(report.startsWith("\uFEFFMått;Antal;Nämnare;Andel (%);"), report);
    assertTrue(report.contains("Anställning;1;2;50;avslutade under perioden"), report);
    assertTrue(report.contains("Inskrivna under perioden;3;"), report);
    assertTrue(
        report.contains("Medeltid till avslut (dagar);64,5;"),
        "decimal comma; (50 + 79) / 2 days: " + report);
  }

  @Test
  void
      an_organisation_asks_its_own_survey_questions_after_skapas_and_they_are_answered_and_reported() {
    Org org = organisation(server, "sf-own-questions");
    String questions = org.at("/surveys/questions");
    String own =
        "{\"questions\":[{\"key\":\"own-pace\",\"sv\":\"Jag får arbeta i min egen takt\",\"en\":\"I can work at my own pace\"}]}";
    assertEquals(
        403, org.handledare().send("PUT", questions, own).status(), "only an admin sets them");
    JsonNode set = org.admin().send("PUT", questions, own).json();
    assertEquals(6, set.get("questions").size());
    assertEquals("SKAPA", set.at("/questions/0/source").asText());
    assertEquals("ORGANISATION", set.at("/questions/5/source").asText());
    assertEquals("organisationens egen fråga", set.at("/questions/5/sourceLabel").asText());
    assertEquals(
        "I can work at my own pace",
        org.handledare().get(questions + "?lang=en").json().at("/questions/5/text").asText());
    assertEquals(
        5,
        boden.handledare().get(boden.at("/surveys/questions")).json().get("questions").size(),
        "another organisation's survey is its own");

    TestServer h = org.handledare();
    String twoForms =
        "{\"responses\":[{\"answers\":{\"satisfied\":5,\"own-pace\":2}},{\"answers\":{\"own-pace\":4}}]}";
    TestServer.Reply notOffered =
        h.post(org.at("/services/steget-fram/surveys/2026/responses"), twoForms);
    assertEquals(422, notOffered.status(), "responses to a survey never offered");
    assertEquals("not-offered", notOffered.json().at("/errors/0/rule").asText());
    assertTrue(notOffered.body().contains("har inte erbjudits"), notOffered.body());
    assertEquals(
        200,
        h.post(org.at("/services/steget-fram/surveys"), "{\"period\":\"2026\",\"offered\":3}")
            .status());
    assertEquals(
        201, h.post(org.at("/services/steget-fram/surveys/2026/responses"), twoForms).status());
    TestServer.Reply tooMany =
        h.post(org.at("/services/steget-fram/surveys/2026/responses"), twoForms);
    assertEquals(422, tooMany.status(), "4 responses to 3 offered would be a rate above 100 %");
    assertEquals("more-than-offered", tooMany.json().at("/errors/0/rule").asText());
    TestServer.Reply fewer =
        h.post(org.at("/services/steget-fram/surveys"), "{\"period\":\"2026\",\"offered\":1}");
    assertEquals(422, fewer.status(), "offered cannot fall below the responses stored");
    JsonNode report = h.get(org.at("/services/steget-fram/surveys/2026")).json();
    assertEquals("[0,1,0,1,0]", report.at("/questions/5/counts").toString(), report.toString());
    assertEquals(
        422,
        boden
            .handledare()
            .post(
                boden.at("/services/steget-fram/surveys/2026/responses"),
                "{\"responses\":[{\"answers\":{\"own-pace\":4}}]}")
            .status(),
        "not a question of that organisation");

    TestServer.Reply bad =
        org.admin()
            .send(
                "PUT",
                questions,
                "{\"questions\":[{\"key\":\"satisfied\",\"sv\":\"Nöjd?\",\"en\":\"Happy?\"},"
                    + "{\"key\":\"x\",\"sv\":\"Ring 850312-1231\",\"en\":\"Call\"},{\"key\":\"x\",\"sv\":\"A\",\"en\":\"B\"}]}");
    assertEquals(422, bad.status());
    assertEquals(
        List.of(
            "/questions/0/key duplicate",
            "/questions/1/sv personnummer",
            "/questions/2/key duplicate"),
        StreamSupport.stream(bad.json().get("errors").spliterator(), false)
            .map(e -> e.get("pointer").asText() + " " + e.get("rule").asText())
            .toList(),
        "every rule, every field: " + bad.body());
    assertFalse(bad.body().contains("850312"), "a personnummer is never echoed");
    assertEquals(
        6, h.get(questions).json().get("questions").size(), "a refused change changes nothing");
    assertEquals(
        5,
        org.admin().send("PUT", questions, "{\"questions\":[]}").json().get("questions").size(),
        "SKAPA's stay");
  }

  @Test
  void the_survey_is_anonymous_by_construction_and_reported_against_its_targets() throws Exception {
    Org org = organisation(server, "sf-survey");
    TestServer h = org.handledare();
    for (int i = 0; i < 10; i++) {
      h.post(
          org.at("/enrolments"),
          "{\"participant\":\"s-"
              + i
              + "\",\"service\":\"steget-fram\",\"admitted\":\"2026-02-0"
              + (1 + i % 9)
              + "\"}");
    }
    assertEquals(
        200,
        h.post(org.at("/services/steget-fram/surveys"), "{\"period\":\"2026\",\"offered\":10}")
            .status());
    StringBuilder batch = new StringBuilder("{\"responses\":[");
    for (int i = 0; i < 7; i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"answers\":{\"satisfied\":")
          .append(i < 6 ? 5 : 1)
          .append(",\"respect\":4}}");
    }
    assertEquals(
        201,
        h.post(
                org.at("/services/steget-fram/surveys/2026/responses"),
                batch.append("]}").toString())
            .status());
    // Outside the document's own bounds on purpose: only the answer is held against it.
    TestServer.Reply bad =
        h.send(
            "POST",
            org.at("/services/steget-fram/surveys/2026/responses"),
            "{\"responses\":[{\"answers\":{\"satisfied\":5}},{\"answers\":{\"satisfied\":9,\"name\":1}}]}",
            "application/json",
            false);
    assertEquals(422, bad.status());
    assertEquals(
        List.of("/responses/1/answers/name", "/responses/1/answers/satisfied"),
        bad.json().get("errors").findValuesAsText("pointer").stream().sorted().toList());
    assertEquals(
        403,
        org.analyst()
            .post(org.at("/services/steget-fram/surveys"), "{\"period\":\"2026\",\"offered\":1}")
            .status());
    JsonNode r = org.analyst().get(org.at("/services/steget-fram/surveys/2026")).json();
    assertEquals(7, r.get("responses").asInt(), "the refused batch stored nothing");
    assertEquals(1.0, r.get("shareOffered").asDouble(), 1e-9);
    assertEquals(0.7, r.get("responseRate").asDouble(), 1e-9);
    assertEquals(6 / 7.0, r.get("shareSatisfied").asDouble(), 1e-9);
    assertTrue(
        r.at("/targets/offered/met").asBoolean()
            && r.at("/targets/responseRate/met").asBoolean()
            && r.at("/targets/satisfied/met").asBoolean(),
        r.toString());
    assertEquals("[1,0,0,0,6]", r.at("/questions/0/counts").toString());
    try (Connection c = server.database().dataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_responses' ORDER BY column_name")) {
      List<String> columns = new ArrayList<>();
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
      assertEquals(
          List.of("answers", "org_id", "period", "questions", "service_id"),
          columns,
          "nothing stored with a response can link it to a person: no key, no time, no id");
    }
  }

  static String items(int count, int score) {
    StringBuilder b = new StringBuilder("[");
    for (int n = 1; n <= count; n++) {
      b.append(n == 1 ? "" : ",")
          .append("{\"number\":")
          .append(n)
          .append(",\"score\":")
          .append(score)
          .append("}");
    }
    return b.append("]").toString();
  }

  @Test
  void a_fidelity_review_is_drafted_finished_locked_and_corrected_only_with_a_reason() {
    Org org = organisation(server, "ips-review");
    TestServer h = org.handledare();
    String base = org.at("/services/steget-fram/fidelity-reviews");
    TestServer.Reply draft =
        h.post(
            base,
            "{\"date\":\"2026-05-15\",\"reviewers\":[\"MISA-1\"],\"items\":" + items(10, 3) + "}");
    assertEquals(201, draft.status(), draft.body());
    assertEquals("DRAFT", draft.json().get("status").asText());
    assertFalse(draft.json().get("complete").asBoolean());
    String at = base + "/" + draft.json().get("id").asText();
    TestServer.Reply notDone =
        h.post(
            base, "{\"date\":\"2026-05-15\",\"items\":" + items(10, 3) + ",\"status\":\"final\"}");
    assertEquals(
        "incomplete",
        notDone.json().at("/errors/0/rule").asText(),
        "a final review scores every item");
    String plan =
        ",\"actionPlan\":[{\"item\":3,\"action\":\"Tydligare uppdrag\",\"owner\":\"chef-1\",\"due\":\"2026-12-31\"}]";
    TestServer.Reply done =
        h.send(
            "PUT",
            at,
            "{\"date\":\"2026-05-15\",\"reviewers\":[\"MISA-1\"],\"items\":"
                + items(25, 3)
                + ",\"status\":\"final\""
                + plan
                + "}",
            "If-Match",
            "\"1\"");
    assertEquals(200, done.status(), done.body());
    assertEquals(75, done.json().get("total").asInt());
    assertEquals("chef-1", done.json().at("/actionPlan/0/owner").asText());
    String corrected =
        "{\"date\":\"2026-05-15\",\"reviewers\":[\"MISA-1\"],\"items\":"
            + items(25, 3).replace("{\"number\":4,\"score\":3}", "{\"number\":4,\"score\":5}")
            + ",\"status\":\"final\""
            + plan;
    TestServer.Reply noReason = h.send("PUT", at, corrected + "}", "If-Match", "\"2\"");
    assertEquals(422, noReason.status());
    assertEquals(
        "reason", noReason.json().at("/errors/0/rule").asText(), "a final review is locked");
    TestServer.Reply backToDraft =
        h.send(
            "PUT",
            at,
            corrected.replace("\"final\"", "\"draft\"") + ",\"reason\":\"x\"}",
            "If-Match",
            "\"2\"");
    assertEquals("status", backToDraft.json().at("/errors/0/rule").asText());
    TestServer.Reply fixed =
        h.send(
            "PUT",
            at,
            corrected + ",\"reason\":\"Item 4 was scored from the wrong period\"}",
            "If-Match",
            "\"2\"");
    assertEquals(200, fixed.status(), fixed.body());
    assertEquals(77, fixed.json().get("total").asInt());
    assertEquals(
        412, h.send("PUT", at, corrected + ",\"reason\":\"again\"}", "If-Match", "\"2\"").status());
    JsonNode history = org.analyst().get(at + "/history").json();
    assertEquals(3, history.get("versions").size());
    assertEquals(
        "Item 4 was scored from the wrong period", history.at("/versions/2/reason").asText());
    assertEquals(4, history.at("/versions/2/changes/0/item").asInt());
    assertEquals(3, history.at("/versions/2/changes/0/from").asInt());
    assertEquals(5, history.at("/versions/2/changes/0/to").asInt());
    assertEquals(
        15,
        history.at("/versions/1/changes").size(),
        "items 11-25 were added when the draft was finished");
    assertEquals(1, org.analyst().get(base).json().get("reviews").size());
    String csv = org.analyst().get(at + "/export.csv").body();
    assertTrue(
        csv.contains("\r\n4;Organisation;") && csv.contains(";5;\r\n"),
        "item 4 has its row, corrected to 5, its section by name: " + csv);
    assertTrue(!csv.contains("STAFFING") && !csv.contains("FINAL"), "no codes for people: " + csv);
    assertTrue(
        csv.contains("Handlingsplan") && csv.contains("3;Tydligare uppdrag;chef-1;2026-12-31"),
        csv);
    assertEquals(
        403,
        org.analyst()
            .post(base, "{\"date\":\"2026-05-15\",\"items\":" + items(2, 3) + "}")
            .status());
    TestServer.Reply pnr =
        h.post(
            base,
            "{\"date\":\"2026-05-15\",\"items\":[{\"number\":1,\"score\":3,\"note\":\"ring 121212-1212\"}]}");
    assertEquals("personnummer", pnr.json().at("/errors/0/rule").asText());
    assertEquals(
        404,
        boden.handledare().get(at.replace("ips-review", "ame-boden")).status(),
        "not another organisation's");
  }

  TestServer.Reply importCsv(TestServer who, String org, byte[] file, boolean dryRun) {
    return who.sendBytes(
        "POST",
        "/api/v1/organisations/" + org + "/imports/measurements" + (dryRun ? "?dryRun=true" : ""),
        file,
        "text/csv");
  }

  @Test
  void an_export_imported_elsewhere_gives_the_same_data_formulas_and_all() {
    Org from = organisation(server, "ame-export-from");
    from.handledare()
        .post(
            from.at("/measurements"),
            self("r-1", "2025-03-01", "{\"job-belief\":2,\"cooperation\":7}")
                .replace("}}", "},\"comment\":\"=1+1 är ingen formel\"}"));
    from.handledare()
        .post(
            from.at("/measurements"),
            measurement("r-1", "2025-03-01", "HANDLEDARE", "vux", "{\"handledare-belief\":3}"));
    from.handledare()
        .post(from.at("/measurements"), self("r-2", "2025-04-01", "{\"health-coping\":9}"));
    String exported = from.handledare().get(from.at("/exports/measurements.csv")).body();
    // The English file carries the same data under the codes and keys: it imports the same.
    String english = from.handledare().get(from.at("/exports/measurements.csv"), "en").body();
    Org other = organisation(server, "ame-export-en");
    assertEquals(
        201,
        importCsv(
                other.handledare(),
                "ame-export-en",
                english.getBytes(StandardCharsets.UTF_8),
                false)
            .status());
    assertEquals(
        withoutProvenance(exported),
        withoutProvenance(other.handledare().get(other.at("/exports/measurements.csv")).body()));
    Org to = organisation(server, "ame-export-to");
    TestServer.Reply preview =
        importCsv(
            to.handledare(), "ame-export-to", exported.getBytes(StandardCharsets.UTF_8), true);
    assertEquals(200, preview.status(), preview.body());
    assertEquals(3, preview.json().get("wouldStore").asInt());
    assertEquals(
        0,
        to.handledare().get(to.at("/exports/measurements.csv")).body().split("\r\n").length - 1,
        "a dry run stores nothing");
    TestServer.Reply stored =
        importCsv(
            to.handledare(), "ame-export-to", exported.getBytes(StandardCharsets.UTF_8), false);
    assertEquals(201, stored.status(), stored.body());
    String reExported = to.handledare().get(to.at("/exports/measurements.csv")).body();
    assertEquals(withoutProvenance(exported), withoutProvenance(reExported));
    assertTrue(
        reExported.contains("'=1+1 är ingen formel"),
        "still neutralised on the way out, and stored as written: " + reExported);
    assertEquals(
        422,
        importCsv(
                to.handledare(), "ame-export-to", exported.getBytes(StandardCharsets.UTF_8), false)
            .status(),
        "importing the same file twice stores nothing twice");
  }

  /** The export without the columns a re-import gives anew: id, version, recordedBy, recordedAt. */
  static List<String> withoutProvenance(String csv) {
    return Arrays.stream(csv.split("\r\n"))
        .map(
            line -> {
              String[] cells = line.split(";", -1);
              return String.join(";", Arrays.asList(cells).subList(1, cells.length - 3));
            })
        .toList();
  }

  @Test
  void a_windows_1252_file_from_excel_is_read_right_and_bad_lines_are_named_with_nothing_stored() {
    Org org = organisation(server, "ame-import");
    String file =
        "service;participant;instrument;respondent;date;handledare;job-belief;comment\r\n"
            + "steget-fram;i-1;skapa;PARTICIPANT;2025-03-01;h-2;4;Träffades på Älvsbyns bibliotek\r\n";
    TestServer.Reply ok =
        importCsv(
            org.handledare(), "ame-import", file.getBytes(Charset.forName("windows-1252")), false);
    assertEquals(201, ok.status(), ok.body());
    assertEquals("windows-1252", ok.json().get("encoding").asText());
    assertEquals(
        "Träffades på Älvsbyns bibliotek", ok.json().at("/measurements/0/comment").asText());
    String bad =
        "service;participant;instrument;respondent;date;job-belief\r\n"
            + "steget-fram;i-2;skapa;PARTICIPANT;2025-03-01;4\r\n"
            + "steget-fram;i-3;skapa;PARTICIPANT;1 mars;4\r\n"
            + "steget-fram;i-4;skapa;PARTICIPANT;2025-03-01;11\r\n";
    TestServer.Reply refused =
        importCsv(org.handledare(), "ame-import", bad.getBytes(StandardCharsets.UTF_8), false);
    assertEquals(422, refused.status(), refused.body());
    assertEquals(
        List.of("/lines/3/date", "/lines/4/scores/job-belief"),
        refused.json().get("errors").findValuesAsText("pointer"));
    assertEquals(
        404,
        org.handledare().get(org.at("/participants/i-2/progression")).status(),
        "all or none: line 2 was not stored either");
    TestServer.Reply notCsv =
        org.handledare()
            .send("POST", org.at("/imports/measurements"), "{}", "application/json", false);
    assertEquals(415, notCsv.status());
  }

  @Test
  void roles_an_analyst_sees_aggregates_only_and_a_handledare_manages_nothing() {
    boden
        .handledare()
        .post(boden.at("/measurements"), self("p-8", "2025-03-01", "{\"job-belief\":2}"));
    assertEquals(403, boden.analyst().get(boden.at("/participants/p-8/progression")).status());
    assertEquals(
        403,
        boden
            .analyst()
            .post(boden.at("/measurements"), self("p-8", "2025-05-01", "{\"job-belief\":2}"))
            .status());
    assertEquals(
        200,
        boden
            .analyst()
            .get(boden.at("/services/steget-fram/cohort?from=2025-01-01&to=2025-12-31"))
            .status());
    assertEquals(
        403,
        boden
            .handledare()
            .post(boden.at("/keys"), "{\"holder\":\"h-9\",\"roles\":[\"admin\"]}")
            .status());
    assertEquals(403, boden.handledare().get(boden.at("/audit")).status());
    assertEquals(
        403, boden.handledare().send("DELETE", boden.at("/participants/p-8"), null).status());
    assertEquals(
        403,
        boden.admin().get(boden.at("/participants/p-8/progression")).status(),
        "admin manages, reads no one's series");
  }

  @Test
  void follow_ups_list_who_is_due_or_overdue_oldest_first_for_one_handledare() {
    Org org = organisation(server, "ame-follow");
    TestServer h = org.handledare();
    h.post(org.at("/measurements"), self("p-a", "2025-05-01", "{\"job-belief\":2}"));
    h.post(org.at("/measurements"), self("p-b", "2025-02-01", "{\"job-belief\":2}"));
    h.post(org.at("/measurements"), self("p-c", "2025-11-30", "{\"job-belief\":2}"));
    h.post(
        org.at("/measurements"),
        self("p-d", "2025-09-20", "{\"job-belief\":2}").replace("\"h-2\"", "\"h-7\""));
    // A colleague covers p-a's next conversation: p-a stays on h-2's list, due from that date.
    h.post(
        org.at("/measurements"),
        self("p-a", "2025-06-01", "{\"job-belief\":3}").replace("\"h-2\"", "\"h-7\""));
    JsonNode due = h.get(org.at("/follow-ups?asOf=2025-12-31&handledare=h-2")).json();
    assertEquals(2, due.get("followUps").size(), due.toString());
    assertEquals("2025-06-01", due.at("/followUps/1/latest").asText(), due.toString());
    assertEquals("p-b", due.at("/followUps/0/participant").asText());
    assertEquals("2025-05-01", due.at("/followUps/0/nextDue").asText());
    assertEquals(244, due.at("/followUps/0/daysOverdue").asInt());
    assertEquals("p-a", due.at("/followUps/1/participant").asText());
    JsonNode soon = h.get(org.at("/follow-ups?asOf=2025-12-10")).json();
    assertEquals(
        List.of("p-b", "p-a", "p-d"),
        soon.get("followUps").findValuesAsText("participant"),
        "p-d is due on 2025-12-20, within 14 days; p-c not until 2026-02-28");
  }

  @Test
  void erasure_removes_every_row_and_the_key_from_the_audit_trail_and_records_that_it_happened() {
    Org org = organisation(server, "ame-erase");
    TestServer h = org.handledare();
    String id =
        h.post(org.at("/measurements"), self("p-x", "2025-03-01", "{\"job-belief\":2}"))
            .json()
            .get("id")
            .asText();
    h.send(
        "PUT",
        org.at("/measurements/" + id),
        self("p-x", "2025-03-01", "{\"job-belief\":3}"),
        "If-Match",
        "\"1\"");
    h.send(
        "POST",
        org.at("/measurements"),
        self("p-x", "2025-06-01", "{\"job-belief\":4}"),
        "Idempotency-Key",
        "k-x");
    h.get(org.at("/participants/p-x/progression"));
    h.post(org.at("/measurements"), self("p-y", "2025-03-01", "{\"job-belief\":2}"));
    TestServer.Reply erased = org.admin().send("DELETE", org.at("/participants/p-x"), null);
    assertEquals(200, erased.status(), erased.body());
    assertEquals(
        6, erased.json().get("rows").asInt(), "2 current rows, 3 versions, 1 idempotency record");
    assertEquals(404, h.get(org.at("/measurements/" + id)).status());
    assertEquals(404, h.get(org.at("/participants/p-x/progression")).status());
    assertEquals(404, org.admin().send("DELETE", org.at("/participants/p-x"), null).status());
    JsonNode audit = org.admin().get(org.at("/audit?from=2026-01-01&to=2026-12-31")).json();
    assertFalse(
        audit.toString().contains("p-x"), "the erased key is gone from every audit line: " + audit);
    assertTrue(audit.toString().contains("p-y"), "other participants' lines are untouched");
    JsonNode last = audit.get("entries").get(audit.get("entries").size() - 1);
    assertEquals("participant.erased", last.get("action").asText());
    assertEquals(6, last.get("rows").asInt());
    assertEquals("admin", last.get("holder").asText());
    assertEquals(
        201,
        h.send(
                "POST",
                org.at("/measurements"),
                self("p-x", "2025-06-01", "{\"job-belief\":4}"),
                "Idempotency-Key",
                "k-x")
            .status(),
        "after erasure the key is forgotten too: the same request stores anew");
  }

  @Test
  void the_audit_trail_names_every_write_and_every_read_of_one_person_with_key_and_holder() {
    Org org = organisation(server, "ame-audit");
    TestServer h = org.handledare();
    String id =
        h.post(org.at("/measurements"), self("p-z", "2025-03-01", "{\"job-belief\":2}"))
            .json()
            .get("id")
            .asText();
    h.get(org.at("/measurements/" + id));
    h.get(org.at("/measurements/" + id + "/history"));
    h.get(org.at("/participants/p-z/progression"));
    org.analyst().get(org.at("/services/steget-fram/cohort?from=2025-01-01&to=2025-12-31"));
    JsonNode entries =
        org.admin().get(org.at("/audit?from=2026-01-01&to=2026-12-31")).json().get("entries");
    List<String> actions = entries.findValuesAsText("action");
    assertTrue(
        actions.containsAll(
            List.of(
                "organisation.created",
                "service.created",
                "key.created",
                "measurement.recorded",
                "measurement.read",
                "measurement.history.read",
                "participant.progression.read",
                "service.cohort.read")),
        actions.toString());
    for (JsonNode e : entries) {
      if (e.get("action").asText().startsWith("measurement.")
          || e.get("action").asText().startsWith("participant.")) {
        assertEquals("h-2", e.get("holder").asText());
        assertEquals(org.handledareKeyId(), e.get("key").asText());
        assertEquals("p-z", e.get("participant").asText());
      }
    }
    assertFalse(entries.toString().contains("job-belief"), "no content in the trail");
  }

  @Test
  void keys_are_shown_once_record_their_use_and_stop_working_when_revoked() {
    Org org = organisation(server, "ame-keys");
    JsonNode issued =
        org.admin()
            .post(
                org.at("/keys"),
                "{\"holder\":\"sys-journal\",\"roles\":[\"handledare\",\"analyst\"]}")
            .json();
    TestServer system = server.as(issued.get("key").asText());
    assertEquals(200, system.get(org.at("/services")).status());
    JsonNode listed = org.admin().get(org.at("/keys")).json();
    assertFalse(
        listed.toString().contains(issued.get("key").asText()), "the list never shows a key");
    JsonNode mine = null;
    for (JsonNode k : listed.get("keys")) {
      if (k.get("id").asText().equals(issued.get("id").asText())) {
        mine = k;
      }
    }
    assertFalse(mine.get("lastUsed").isNull(), "use is recorded");
    assertEquals(
        204,
        org.admin().send("DELETE", org.at("/keys/" + issued.get("id").asText()), null).status());
    assertEquals(401, system.get(org.at("/services")).status());
    assertEquals(
        404,
        org.admin().send("DELETE", org.at("/keys/" + issued.get("id").asText()), null).status());
    // Invalid by the document's enum too: sent past the test client's contract check.
    assertEquals(
        422,
        org.admin()
            .send(
                "POST",
                org.at("/keys"),
                "{\"holder\":\"x\",\"roles\":[\"superuser\"]}",
                "application/json",
                false)
            .status());
  }

  @Test
  void a_key_of_one_organisation_finds_nothing_of_another_exactly_as_if_it_did_not_exist() {
    Org other = organisation(server, "ifo-lulea");
    String id =
        boden
            .handledare()
            .post(boden.at("/measurements"), self("p-9", "2025-03-01", "{\"job-belief\":2}"))
            .json()
            .get("id")
            .asText();
    TestServer.Reply foreign = other.handledare().get(boden.at("/measurements/" + id));
    TestServer.Reply missing =
        other.handledare().get("/api/v1/organisations/no-such-org/measurements/" + id);
    assertEquals(404, foreign.status());
    assertEquals(404, missing.status());
    assertEquals(foreign.json().get("title"), missing.json().get("title"));
    assertEquals(
        404,
        other.handledare().get(other.at("/measurements/" + id)).status(),
        "ids do not cross organisations");
    assertEquals(
        404,
        other.handledare().get(other.at("/participants/p-9/progression")).status(),
        "p-9 of Boden is not p-9 of Luleå");
  }

  @Test
  void organisations_need_an_operator_key_when_one_is_configured() {
    try (TestServer op =
        TestServer.stored(
            ServerConfig.forTests().withOperatorKeys(List.of("operator-key-0123456789")))) {
      assertEquals(401, op.post("/api/v1/organisations", "{\"id\":\"x\",\"name\":\"X\"}").status());
      assertEquals(
          201,
          op.as("operator-key-0123456789")
              .post("/api/v1/organisations", "{\"id\":\"x\",\"name\":\"X\"}")
              .status());
      assertEquals(
          409,
          op.as("operator-key-0123456789")
              .post("/api/v1/organisations", "{\"id\":\"x\",\"name\":\"Y\"}")
              .status());
    }
  }
}
