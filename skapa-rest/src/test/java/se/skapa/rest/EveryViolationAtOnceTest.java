package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README promises every violation at once. A person who fixes the one mistake named and is then
 * told of the next has been misled: a body with three wrong scores names all three, a CSV with
 * three mistakes names all three, and a period that ends before it starts is a 422 beside its
 * targets' faults, never a 500.
 */
class EveryViolationAtOnceTest {

  static TestServer server;
  static StoredModeTest.Org org;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    org = StoredModeTest.organisation(server, "all-at-once");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> pointers(JsonNode problem) {
    List<String> out = new ArrayList<>();
    problem
        .get("errors")
        .forEach(e -> out.add(e.get("pointer").asText() + " " + e.get("rule").asText()));
    return out;
  }

  @Test
  void three_wrong_scores_in_one_body_are_three_errors_stateless_and_stored() {
    String scores = "{\"job-belief\":11,\"job-search\":0,\"cooperation\":3.5}";
    TestServer.Reply stateless =
        server.raw(
            "POST",
            "/api/v1/progression/analyze",
            "{\"instrument\":\"skapa\",\"measurements\":[{\"participant\":\"p-1\",\"date\":\"2025-03-01\","
                + "\"respondent\":\"PARTICIPANT\",\"scores\":"
                + scores
                + "}]}",
            "application/json");
    assertEquals(422, stateless.status(), stateless.body());
    List<String> found = pointers(stateless.json());
    assertTrue(found.contains("/measurements/0/scores/cooperation type"), found.toString());
    assertTrue(
        found.stream().anyMatch(p -> p.startsWith("/measurements/0/scores/job-belief ")),
        found.toString());
    assertTrue(
        found.stream().anyMatch(p -> p.startsWith("/measurements/0/scores/job-search ")),
        found.toString());

    TestServer.Reply stored =
        org.handledare()
            .raw(
                "POST",
                org.at("/measurements"),
                "{\"instrument\":\"skapa\",\"service\":\"steget-fram\",\"participant\":\"p-1\","
                    + "\"date\":\"2025-03-01\",\"respondent\":\"PARTICIPANT\",\"scores\":"
                    + scores
                    + "}",
                "application/json");
    assertEquals(422, stored.status(), stored.body());
    List<String> storedFound = pointers(stored.json());
    assertEquals(3, storedFound.size(), storedFound.toString());
    assertTrue(storedFound.contains("/scores/cooperation type"), storedFound.toString());
    assertTrue(
        stored.body().contains("ska vara ett heltal på indikatorns skala (angivet: 3,5)"),
        "in Swedish, as much as the English says: " + stored.body());
  }

  @Test
  void a_csv_with_a_bad_score_an_unknown_service_and_a_short_row_names_all_three() {
    String csv =
        "service;participant;instrument;respondent;date;handledare;job-belief;job-search\r\n"
            + "steget-fram;p-1;skapa;PARTICIPANT;2025-03-01;h-1;11;5\r\n"
            + "steget-fran;p-2;skapa;PARTICIPANT;2025-03-01;h-1;4;5\r\n"
            + "steget-fram;p-3;skapa;PARTICIPANT;2025-03-01;h-1;4\r\n";
    TestServer.Reply r =
        org.handledare().raw("POST", org.at("/imports/measurements?dryRun=true"), csv, "text/csv");
    assertEquals(422, r.status(), r.body());
    List<String> found = pointers(r.json());
    assertTrue(found.stream().anyMatch(p -> p.startsWith("/lines/2/")), "the score 11: " + found);
    assertTrue(found.contains("/lines/3/service unknown-service"), "the service: " + found);
    assertTrue(found.contains("/lines/4 columns"), "the short row: " + found);
  }

  @Test
  void targets_for_a_period_that_ends_before_it_starts_are_a_422_naming_it() {
    TestServer.Reply r =
        org.admin()
            .raw(
                "PUT",
                org.at("/services/steget-fram/targets"),
                "{\"from\":\"1904-04-02\",\"to\":\"1895-01-25\",\"targets\":"
                    + "[{\"metric\":\"SHARE_STUDIES\",\"comparison\":\"AT_MOST\",\"value\":5}]}",
                "application/json");
    assertEquals(422, r.status(), r.body());
    List<String> found = pointers(r.json());
    assertTrue(found.contains("/to date-order"), found.toString());
    assertTrue(found.contains("/targets/0/value range"), "the share above 1 too: " + found);
  }

  @Test
  void the_detail_of_a_refusal_is_swedish_under_its_swedish_title() {
    java.util.Map<String, TestServer.Reply> replies = new java.util.LinkedHashMap<>();
    replies.put("401", server.raw("GET", org.at("/services"), null, null));
    replies.put("403", org.analyst().raw("GET", org.at("/keys"), null, null));
    replies.put(
        "404",
        org.handledare()
            .raw("GET", org.at("/enrolments/" + java.util.UUID.randomUUID()), null, null));
    replies.put("405", org.handledare().raw("PATCH", org.at("/services"), null, null));
    replies.put(
        "409",
        org.admin()
            .raw(
                "POST",
                org.at("/services"),
                "{\"id\":\"vux\",\"name\":\"Vux\"}",
                "application/json"));
    replies.put("415", org.handledare().raw("POST", org.at("/enrolments"), "x", "text/plain"));
    replies.forEach(
        (status, r) -> {
          assertEquals(Integer.parseInt(status), r.status(), status + ": " + r.body());
          String detail = r.json().get("detail").asText();
          for (String english : List.of(" the ", "send ", " is not ", " no ", " exists ")) {
            assertTrue(!(" " + detail).contains(english), status + " detail in English: " + detail);
          }
        });
  }
}
