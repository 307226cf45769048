package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One organisation's every role against another's data, on every stored operation the document
 * lists: never an answer with the other's data, never a 5xx. The attack this repeats sent 878
 * cross-tenant requests and found no leak; this sends every operation with each of three roles,
 * both under the other organisation's path and with the other's ids under its own.
 */
class TenancyTest {

  @Test
  void no_role_of_one_organisation_reads_or_changes_anothers_data() throws Exception {
    JsonNode paths = TestServer.JSON.readTree(TestServer.openApi()).get("paths");
    try (TestServer api = TestServer.stored(ServerConfig.forTests())) {
      StoredModeTest.Org other = StoredModeTest.organisation(api, "ame-boden");
      other.admin().post(other.at("/services"), "{\"id\":\"vux-boden\",\"name\":\"Vux\"}");
      StoredModeTest.Org mine = StoredModeTest.organisation(api, "ame-a");
      TestServer handledare = other.handledare();
      TestServer admin = other.admin();
      Map<String, String> ids = new HashMap<>();
      ids.put("keys", other.handledareKeyId());
      ids.put("measurements", create(handledare, paths, other.at("/measurements")));
      ids.put("enrolments", create(handledare, paths, other.at("/enrolments")));
      String enrolment = ids.get("enrolments");
      ids.put("jobs", create(handledare, paths, other.at("/enrolments/" + enrolment + "/jobs")));
      ids.put(
          "studies", create(handledare, paths, other.at("/enrolments/" + enrolment + "/studies")));
      ids.put(
          "interventions", create(handledare, paths, other.at("/participants/p-17/interventions")));
      ids.put(
          "fidelity-reviews",
          create(handledare, paths, other.at("/services/steget-fram/fidelity-reviews")));
      ids.put("consents", create(handledare, paths, other.at("/participants/p-17/consents")));
      ids.put(
          "fixed-reports",
          admin
              .send(
                  "POST",
                  other.at("/fixed-reports?from=2026-01-01&to=2026-06-30"),
                  null,
                  "application/json",
                  false)
              .json()
              .get("id")
              .asText());
      ids.values().forEach(id -> assertTrue(id != null && !id.isEmpty(), ids.toString()));

      List<String> leaks = new ArrayList<>();
      int sent = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          if (!op.getValue().path("x-skapa-stored").asBoolean()
              || path.getKey().equals("/api/v1/organisations")) {
            continue;
          }
          String method = op.getKey().toUpperCase(Locale.ROOT);
          JsonNode example = op.getValue().at("/requestBody/content/application~1json/example");
          String body = example.isMissingNode() ? null : example.toString();
          String template = path.getKey();
          String segment =
              template.contains("{id}") ? template.split("/\\{id}")[0].replaceAll(".*/", "") : "";
          String filled =
              template
                  .replace("{service}", "steget-fram")
                  .replace("{participant}", "p-17")
                  .replace("{username}", "h-2")
                  .replace("{period}", "2026")
                  .replace("{id}", ids.getOrDefault(segment, "none"));
          List<String> targets = new ArrayList<>();
          targets.add(filled.replace("{org}", "ame-boden"));
          if (template.contains("{id}")) {
            // The other's id under one's own organisation.
            targets.add(filled.replace("{org}", "ame-a"));
          }
          for (String target : targets) {
            for (TestServer as : List.of(mine.admin(), mine.handledare(), mine.analyst())) {
              TestServer.Reply r =
                  as.send(method, target, body, "application/json", false, "If-Match", "\"1\"");
              sent++;
              if (r.status() < 400 || r.status() >= 500) {
                leaks.add(method + " " + target + " → " + r.status() + " " + abbreviate(r.body()));
              }
            }
          }
        }
      }
      assertTrue(sent > 300, "cross-tenant requests sent: " + sent);
      assertEquals(List.of(), leaks, String.join("\n", leaks));
      System.err.println("TenancyTest: " + sent + " cross-tenant requests, no leak");
    }
  }

  /** Creates the document's example of a collection's POST and answers its id. */
  private static String create(TestServer as, JsonNode paths, String path) {
    String template =
        path.replaceFirst("/organisations/[^/]+", "/organisations/{org}")
            .replaceFirst("/enrolments/[^/]+/", "/enrolments/{id}/")
            .replaceFirst("/participants/[^/]+/", "/participants/{participant}/")
            .replaceFirst("/services/[^/]+/", "/services/{service}/");
    JsonNode example =
        paths.get(template).at("/post/requestBody/content/application~1json/example");
    TestServer.Reply r = as.send("POST", path, example.toString(), "application/json", false);
    assertEquals(201, r.status(), path + " → " + r.body());
    return r.json().get("id").asText();
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
