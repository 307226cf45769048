package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.skapa.rest.http.Route;

/**
 * docs/api.md promises curl examples for every route that work against the one-command server: hold
 * it to that.
 */
class ApiDocsTest {

  private static final Pattern CURL = Pattern.compile("```sh\\n(curl .*?)```", Pattern.DOTALL);
  private static final Pattern TARGET =
      Pattern.compile("curl -s (?:-X (\\w+) )?\"?localhost:7070([^\\s\"]+)");
  private static final Pattern BODY = Pattern.compile("(?:-d|--data-binary) '([^']*)'");
  private static final Pattern HEADER = Pattern.compile("-H (['\"])([^:'\"]+): (.*?)\\1");
  private static final Pattern VARIABLE = Pattern.compile("\\$([A-Z_]+)");

  /**
   * @param headers name, value, … as written, variables not yet replaced
   */
  record Example(
      String method, String path, String body, List<String> headers, String contentType) {}

  static List<Example> examples() throws Exception {
    String doc = Files.readString(Path.of("../docs/api.md"), StandardCharsets.UTF_8);
    List<Example> out = new ArrayList<>();
    Matcher block = CURL.matcher(doc);
    while (block.find()) {
      String command = block.group(1).replace("\\\n", " ");
      Matcher target = TARGET.matcher(command);
      assertTrue(target.find(), "a curl example without a localhost:7070 URL: " + command);
      Matcher body = BODY.matcher(command);
      List<String> headers = new ArrayList<>();
      Matcher h = HEADER.matcher(command);
      while (h.find()) {
        if (!h.group(2).equals("Content-Type")) {
          headers.add(h.group(2));
          headers.add(h.group(3));
        }
      }
      out.add(
          new Example(
              target.group(1) == null ? "GET" : target.group(1),
              target.group(2),
              body.find() ? body.group(1) : null,
              headers,
              command.contains("Content-Type: text/csv") ? "text/csv" : "application/json"));
    }
    return out;
  }

  private static String expand(String text, Map<String, String> vars) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = vars.get(m.group(1));
      assertTrue(value != null, "docs/api.md uses $" + m.group(1) + " before an example sets it");
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    return m.appendTail(b).toString();
  }

  @Test
  void every_route_has_a_curl_example_and_every_example_gets_its_answer() throws Exception {
    List<Example> examples = examples();
    // In document order, on a stored server: the stored examples build on each other's answers.
    Map<String, String> vars = new HashMap<>();
    try (TestServer api = TestServer.stored(ServerConfig.forTests())) {
      for (Route route : api.server.routes()) {
        String pattern = route.path().replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?";
        assertTrue(
            examples.stream()
                .anyMatch(e -> e.method().equals(route.method()) && e.path().matches(pattern)),
            "docs/api.md has no curl example for " + route.method() + " " + route.path());
      }
      int errors = 0;
      for (Example e : examples) {
        String[] headers = e.headers().stream().map(v -> expand(v, vars)).toArray(String[]::new);
        TestServer.Reply reply =
            api.raw(
                e.method(),
                expand(e.path(), vars),
                e.body(),
                e.body() == null ? null : e.contentType(),
                headers);
        // The one error example shows a 422; every other example is a success.
        if (reply.status() == 422) {
          errors++;
        } else {
          assertTrue(
              List.of(200, 201, 204).contains(reply.status()),
              e.method() + " " + e.path() + " → " + reply.status() + " " + reply.body());
        }
        if (e.path().equals("/api/v1/organisations")) {
          vars.put("ADMIN", reply.json().at("/adminKey/key").asText());
        } else if (e.path().endsWith("/keys") && e.method().equals("POST")) {
          vars.put("KEY", reply.json().get("key").asText());
          vars.put("KEY_ID", reply.json().get("id").asText());
        } else if (e.path().endsWith("/measurements") && e.method().equals("POST")) {
          vars.put("ID", reply.json().get("id").asText());
        } else if (e.path().endsWith("/consents") && e.method().equals("POST")) {
          vars.put("CONSENT", reply.json().get("id").asText());
        } else if (e.path().endsWith("/fidelity-reviews") && e.method().equals("POST")) {
          vars.put("REVIEW", reply.json().get("id").asText());
        } else if (e.path().contains("/fixed-reports?") && e.method().equals("POST")) {
          vars.put("FIXED", reply.json().get("id").asText());
        } else if (e.path().endsWith("/enrolments") && e.method().equals("POST")) {
          vars.put("ENROLMENT", reply.json().get("id").asText());
        } else if (e.method().equals("POST")
            && (e.path().endsWith("/jobs")
                || e.path().endsWith("/studies")
                || e.path().endsWith("/interventions"))) {
          String c = e.path().substring(e.path().lastIndexOf('/') + 1);
          vars.put(
              c.equals("jobs") ? "JOB" : c.equals("studies") ? "STUDY" : "INTERVENTION",
              reply.json().get("id").asText());
        }
      }
      assertEquals(1, errors, "docs/api.md shows exactly one error example");
    }
  }
}
