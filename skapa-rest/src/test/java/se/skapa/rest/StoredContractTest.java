package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Stored mode's examples in the OpenAPI document are real: the document's request examples, sent in
 * a kommun's order on a fresh database, give the document's response examples (ids and keys aside,
 * which are random by design). Refresh them with skapa-rest/tools/stored-examples.py
 * (DEVELOPERS.md).
 */
class StoredContractTest {

  /** A kommun's first day, in order; every stored operation of the document appears once. */
  static final List<String> SCENARIO =
      List.of(
          "POST /api/v1/organisations",
          "POST /api/v1/organisations/{org}/services",
          "GET /api/v1/organisations/{org}/services",
          "POST /api/v1/organisations/{org}/keys",
          "GET /api/v1/organisations/{org}/keys",
          "POST /api/v1/organisations/{org}/users",
          "GET /api/v1/organisations/{org}/users",
          "POST /api/v1/organisations/{org}/users/{username}/unlock",
          "PUT /api/v1/organisations/{org}/identity-provider",
          "GET /api/v1/organisations/{org}/identity-provider",
          "PUT /api/v1/organisations/{org}/sign-in-policy",
          "GET /api/v1/organisations/{org}/sign-in-policy",
          "POST /api/v1/organisations/{org}/measurements",
          "GET /api/v1/organisations/{org}/measurements/{id}",
          "PUT /api/v1/organisations/{org}/measurements/{id}",
          "GET /api/v1/organisations/{org}/measurements/{id}/history",
          "GET /api/v1/organisations/{org}/participants/{participant}/progression",
          "POST /api/v1/organisations/{org}/participants/{participant}/consents",
          "GET /api/v1/organisations/{org}/participants/{participant}/consents",
          "POST /api/v1/organisations/{org}/consents/{id}/withdrawal",
          "GET /api/v1/organisations/{org}/services/{service}/cohort",
          "GET /api/v1/organisations/{org}/follow-ups",
          "POST /api/v1/organisations/{org}/enrolments",
          "GET /api/v1/organisations/{org}/enrolments/{id}",
          "POST /api/v1/organisations/{org}/enrolments/{id}/closing",
          "POST /api/v1/organisations/{org}/enrolments/{id}/jobs",
          "GET /api/v1/organisations/{org}/jobs/{id}",
          "PUT /api/v1/organisations/{org}/jobs/{id}",
          "GET /api/v1/organisations/{org}/jobs/{id}/history",
          "POST /api/v1/organisations/{org}/enrolments/{id}/studies",
          "GET /api/v1/organisations/{org}/studies/{id}",
          "PUT /api/v1/organisations/{org}/studies/{id}",
          "GET /api/v1/organisations/{org}/studies/{id}/history",
          "POST /api/v1/organisations/{org}/participants/{participant}/interventions",
          "GET /api/v1/organisations/{org}/interventions/{id}",
          "PUT /api/v1/organisations/{org}/interventions/{id}",
          "GET /api/v1/organisations/{org}/interventions/{id}/history",
          "GET /api/v1/organisations/{org}/participants/{participant}/register",
          "POST /api/v1/organisations/{org}/enrolments/{id}/after-closing",
          "GET /api/v1/organisations/{org}/enrolments/{id}/after-closing",
          "GET /api/v1/organisations/{org}/services/{service}/ips-outcomes",
          "GET /api/v1/organisations/{org}/services/{service}/ips-outcomes.csv",
          "GET /api/v1/organisations/{org}/services/{service}/ips-outcomes.svg",
          "GET /api/v1/organisations/{org}/services/{service}/interventions",
          "GET /api/v1/organisations/{org}/services/{service}/support-change",
          "GET /api/v1/organisations/{org}/support-change",
          "GET /api/v1/organisations/{org}/services/{service}/socioeconomic",
          "GET /api/v1/organisations/{org}/socioeconomic",
          "GET /api/v1/organisations/{org}/insights/precedes-work",
          "GET /api/v1/organisations/{org}/services/{service}/quality-signals",
          "GET /api/v1/organisations/{org}/insights/precedes-work.svg",
          "GET /api/v1/organisations/{org}/services/{service}/support.csv",
          "GET /api/v1/organisations/{org}/support.csv",
          "PUT /api/v1/organisations/{org}/services/{service}/targets",
          "PUT /api/v1/organisations/{org}/targets",
          "GET /api/v1/organisations/{org}/services/{service}/report",
          "GET /api/v1/organisations/{org}/report",
          "GET /api/v1/organisations/{org}/services/{service}/report.csv",
          "GET /api/v1/organisations/{org}/report.csv",
          "GET /api/v1/organisations/{org}/services/{service}/report.pdf",
          "GET /api/v1/organisations/{org}/report.pdf",
          "POST /api/v1/organisations/{org}/services/{service}/fixed-reports",
          "GET /api/v1/organisations/{org}/services/{service}/fixed-reports",
          "POST /api/v1/organisations/{org}/fixed-reports",
          "GET /api/v1/organisations/{org}/fixed-reports",
          "GET /api/v1/organisations/{org}/fixed-reports/{id}",
          "GET /api/v1/organisations/{org}/exports/measurements.csv",
          "POST /api/v1/organisations/{org}/imports/measurements",
          "POST /api/v1/organisations/{org}/services/{service}/fidelity-reviews",
          "GET /api/v1/organisations/{org}/services/{service}/fidelity-reviews/{id}",
          "PUT /api/v1/organisations/{org}/services/{service}/fidelity-reviews/{id}",
          "GET /api/v1/organisations/{org}/services/{service}/fidelity-reviews/{id}/history",
          "GET /api/v1/organisations/{org}/services/{service}/fidelity-reviews/{id}/export.csv",
          "GET /api/v1/organisations/{org}/services/{service}/fidelity-reviews",
          "PUT /api/v1/organisations/{org}/surveys/questions",
          "GET /api/v1/organisations/{org}/surveys/questions",
          "POST /api/v1/organisations/{org}/services/{service}/surveys",
          "POST /api/v1/organisations/{org}/services/{service}/surveys/{period}/responses",
          "PUT /api/v1/organisations/{org}/services/{service}/surveys/{period}/responses",
          "GET /api/v1/organisations/{org}/services/{service}/surveys/{period}",
          "PUT /api/v1/organisations/{org}/surveys/targets",
          "GET /api/v1/organisations/{org}/surveys/targets",
          "PUT /api/v1/organisations/{org}/settings",
          "GET /api/v1/organisations/{org}/settings",
          "GET /api/v1/organisations/{org}/audit",
          "DELETE /api/v1/organisations/{org}/participants/{participant}",
          "DELETE /api/v1/organisations/{org}/users/{username}/second-factor",
          "DELETE /api/v1/organisations/{org}/keys/{id}");

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern SECRET = Pattern.compile("skapa_[A-Za-z0-9_-]{43}");

  /** Query parameters that make the examples independent of the day the test runs. */
  private static final Map<String, String> QUERY =
      Map.ofEntries(
          Map.entry("progression", "?asOf=2025-12-31"),
          Map.entry("cohort", "?asOf=2025-12-31"),
          Map.entry("follow-ups", "?asOf=2025-12-31"),
          Map.entry("audit", "?from=2026-11-22&to=2026-11-22"),
          Map.entry("report", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("report.csv", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("report.pdf", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("fixed-reports", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("ips-outcomes", "?quarter=2026-Q2"),
          Map.entry("ips-outcomes.csv", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("ips-outcomes.svg", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("interventions", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("support-change", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("support.csv", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("precedes-work", "?from=2025-01-01&to=2025-12-31"),
          Map.entry("quality-signals", "?from=2026-01-01&to=2026-06-30"),
          Map.entry("precedes-work.svg", "?from=2025-01-01&to=2025-12-31"),
          Map.entry("socioeconomic", "?from=2026-01-01&to=2026-06-30&serviceCostPerYear=1000000"));

  @Test
  void every_stored_example_is_what_the_server_answers_in_a_kommuns_first_day() throws Exception {
    JsonNode paths = TestServer.JSON.readTree(TestServer.openApi()).get("paths");
    TreeSet<String> documented = new TreeSet<>();
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      paths
          .get(path)
          .properties()
          .forEach(
              op -> {
                if (op.getValue().path("x-skapa-stored").asBoolean()) {
                  documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path);
                }
              });
    }
    assertEquals(
        documented,
        new TreeSet<>(SCENARIO),
        "every stored operation has its place in the scenario");

    Map<String, JsonNode> actual = new LinkedHashMap<>();
    Map<String, JsonNode> documentedExamples = new LinkedHashMap<>();
    try (TestServer api = TestServer.stored(ServerConfig.forTests())) {
      TestServer admin = api;
      TestServer handledare = api;
      String measurementId = null;
      String keyId = null;
      String enrolmentId = null;
      String reviewId = null;
      String consentId = null;
      String fixedReportId = null;
      Map<String, String> spellIds = new java.util.HashMap<>();
      for (String step : SCENARIO) {
        String method = step.substring(0, step.indexOf(' '));
        String template = step.substring(step.indexOf(' ') + 1);
        JsonNode op = paths.get(template).get(method.toLowerCase(Locale.ROOT));
        String id =
            template.contains("/keys/")
                ? keyId
                : template.contains("/consents/")
                    ? consentId
                    : template.contains("/fixed-reports/")
                        ? fixedReportId
                        : template.contains("/enrolments/")
                            ? enrolmentId
                            : template.contains("/fidelity-reviews/")
                                ? reviewId
                                : spellIds.getOrDefault(
                                    template.replaceAll(".*/\\{org\\}/([a-z]+)/.*", "$1"),
                                    measurementId);
        String path =
            template
                .replace("{period}", "2026")
                .replace("{org}", "ame-boden")
                .replace("{participant}", "p-17")
                .replace("{service}", "steget-fram")
                .replace("{username}", "h-2")
                .replace("{id}", String.valueOf(id));
        String last = template.substring(template.lastIndexOf('/') + 1);
        path +=
            template.endsWith("/imports/measurements")
                ? "?dryRun=true"
                : QUERY.getOrDefault(last, "");
        JsonNode request = op.at("/requestBody/content/application~1json/example");
        String body = request.isMissingNode() ? null : request.toString();
        JsonNode csv = op.at("/requestBody/content/text~1csv/example");
        // The admin manages; the handledare measures.
        boolean admins =
            template.endsWith("/keys")
                || template.endsWith("/keys/{id}")
                || template.endsWith("/services")
                || template.endsWith("/users")
                || template.endsWith("/unlock")
                || template.endsWith("/identity-provider")
                || template.endsWith("/sign-in-policy")
                || template.endsWith("/targets")
                || template.endsWith("/settings")
                || template.endsWith("/surveys/questions")
                || template.endsWith("/audit")
                || template.endsWith("/fixed-reports")
                || (template.endsWith("/responses") && method.equals("PUT"))
                || method.equals("DELETE");
        TestServer as = admins ? admin : handledare;
        if (template.endsWith("/consents") && method.equals("POST")) {
          // A consent joins two services: the second is the kommun's vuxenutbildning.
          admin.send(
              "POST",
              "/api/v1/organisations/ame-boden/services",
              "{\"id\":\"vux-boden\",\"name\":\"Vuxenutbildningen\"}");
        }
        TestServer.Reply reply =
            !csv.isMissingNode()
                ? as.send(method, path, csv.asText(), "text/csv", true)
                : method.equals("PUT")
                    ? as.send(method, path, body, "If-Match", "\"1\"")
                    : (template.equals("/api/v1/organisations/{org}/measurements")
                        ? as.send(method, path, body, "Idempotency-Key", "example-1")
                        : as.send(method, path, body));
        int expected = Integer.parseInt(op.get("responses").fieldNames().next());
        assertEquals(expected, reply.status(), step + " → " + reply.body());
        if (reply.status() == 204
            || reply.contentType().startsWith("text/csv")
            || reply.contentType().startsWith("application/pdf")
            || reply.contentType().startsWith("image/svg+xml")) {
          continue; // no JSON to hold against an example
        }
        JsonNode json = reply.json();
        actual.put(step, json);
        JsonNode example = op.at("/responses/" + expected + "/content/application~1json/example");
        documentedExamples.put(step, example);
        if (template.equals("/api/v1/organisations")) {
          admin = api.as(json.at("/adminKey/key").asText());
        } else if (template.endsWith("/keys") && method.equals("POST")) {
          keyId = json.get("id").asText();
          handledare = api.as(json.get("key").asText());
        } else if (template.endsWith("/{org}/measurements") && method.equals("POST")) {
          measurementId = json.get("id").asText();
        } else if (template.endsWith("/enrolments") && method.equals("POST")) {
          enrolmentId = json.get("id").asText();
        } else if (template.endsWith("/consents") && method.equals("POST")) {
          consentId = json.get("id").asText();
        } else if (template.endsWith("/{org}/fixed-reports") && method.equals("POST")) {
          fixedReportId = json.get("id").asText();
        } else if (template.endsWith("/fidelity-reviews") && method.equals("POST")) {
          reviewId = json.get("id").asText();
        } else if (method.equals("POST")
            && (template.endsWith("/jobs")
                || template.endsWith("/studies")
                || template.endsWith("/interventions"))) {
          spellIds.put(template.substring(template.lastIndexOf('/') + 1), json.get("id").asText());
        }
      }
    }
    Path out = Path.of("target", "stored-examples.json");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        TestServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual),
        StandardCharsets.UTF_8);
    for (Map.Entry<String, JsonNode> e : documentedExamples.entrySet()) {
      assertEquals(
          false,
          e.getValue().isMissingNode(),
          e.getKey()
              + " has no response example; add it with "
              + "skapa-rest/tools/stored-examples.py (DEVELOPERS.md)");
      assertEquals(
          normalise(e.getValue()),
          normalise(actual.get(e.getKey())),
          e.getKey()
              + ": the example is not what the server answers; refresh with skapa-rest/tools/stored-examples.py (DEVELOPERS.md)");
    }
  }

  /** Random ids and secrets become placeholders; everything else must match. */
  static JsonNode normalise(JsonNode node) {
    JsonNode copy = node.deepCopy();
    walk(copy);
    return copy;
  }

  private static void walk(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      o.fieldNames()
          .forEachRemaining(
              name -> {
                JsonNode v = o.get(name);
                if (v.isTextual()) {
                  o.set(
                      name,
                      new TextNode(
                          SECRET
                              .matcher(UUID.matcher(v.asText()).replaceAll("<uuid>"))
                              .replaceAll("<key>")));
                } else {
                  walk(v);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode v = node.get(i);
        if (v.isTextual()) {
          ((ArrayNode) node).set(i, new TextNode(UUID.matcher(v.asText()).replaceAll("<uuid>")));
        } else {
          walk(v);
        }
      }
    }
  }
}
