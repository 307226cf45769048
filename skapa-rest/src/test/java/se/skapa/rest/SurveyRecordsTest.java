package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch of survey answers sent twice with one Idempotency-Key is stored once; a period's
 * responses can be corrected, by an admin, with a reason, whole.
 */
class SurveyRecordsTest {

  static TestServer server;
  static StoredModeTest.Org org;
  static final String BATCH =
      "{\"responses\":[{\"answers\":{\"satisfied\":5}},{\"answers\":{\"satisfied\":2}},"
          + "{\"answers\":{\"satisfied\":4}}]}";

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    org = StoredModeTest.organisation(server, "enkat");
    assertEquals(
        200,
        org.handledare()
            .post(org.at("/services/steget-fram/surveys"), "{\"period\":\"2026\",\"offered\":10}")
            .status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static int responses() {
    JsonNode r = org.handledare().get(org.at("/services/steget-fram/surveys/2026")).json();
    return r.get("responses").asInt();
  }

  @Test
  void the_same_batch_with_the_same_key_is_stored_once_and_another_batch_with_it_refused() {
    String path = org.at("/services/steget-fram/surveys/2026/responses");
    int before = responses();
    TestServer.Reply first =
        org.handledare().send("POST", path, BATCH, "Idempotency-Key", "batch-1-of-2026");
    assertEquals(201, first.status(), first.body());
    TestServer.Reply again =
        org.handledare().send("POST", path, BATCH, "Idempotency-Key", "batch-1-of-2026");
    assertEquals(201, again.status(), again.body());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(3, again.json().get("stored").asInt());
    assertEquals(before + 3, responses(), "stored once");
    TestServer.Reply other =
        org.handledare()
            .send(
                "POST",
                path,
                "{\"responses\":[{\"answers\":{\"satisfied\":1}}]}",
                "Idempotency-Key",
                "batch-1-of-2026");
    assertEquals(422, other.status(), other.body());
    assertEquals(before + 3, responses());
  }

  @Test
  void an_admin_corrects_a_periods_responses_with_a_reason_and_nobody_else_can() {
    String path = org.at("/services/steget-fram/surveys/2026/responses");
    String correction =
        "{\"responses\":[{\"answers\":{\"satisfied\":5}},{\"answers\":{\"satisfied\":4}}],"
            + "\"reason\":\"Två formulär var inmatade två gånger\"}";
    assertEquals(403, org.handledare().raw("PUT", path, correction, "application/json").status());
    TestServer.Reply noReason =
        org.admin().raw("PUT", path, "{\"responses\":[],\"reason\":\" \"}", "application/json");
    assertEquals(422, noReason.status(), noReason.body());
    TestServer.Reply done = org.admin().send("PUT", path, correction);
    assertEquals(200, done.status(), done.body());
    assertEquals(2, done.json().get("stored").asInt());
    assertEquals(2, responses(), "the period holds the corrected set");
    assertTrue(
        org.admin()
            .get(org.at("/audit?from=2026-11-22&to=2026-11-22"))
            .body()
            .contains("survey.responses.replaced"));
  }
}
