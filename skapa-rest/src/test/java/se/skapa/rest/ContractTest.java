package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The server's route table and the OpenAPI document agree: the same routes, and examples the server
 * really gives.
 */
class ContractTest {

  @Test
  void every_route_is_documented_and_every_documented_route_exists() throws Exception {
    SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK);
    Set<String> registered = new TreeSet<>();
    server.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
    Set<String> documented = new TreeSet<>();
    JsonNode paths = TestServer.JSON.readTree(TestServer.openApi()).get("paths");
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      paths
          .get(path)
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
    }
    assertEquals(documented, registered);
  }

  @Test
  void every_property_in_the_document_says_what_it_means() throws Exception {
    List<String> undescribed = new ArrayList<>();
    properties(
        TestServer.JSON.readTree(TestServer.openApi()),
        "",
        (path, v) -> {
          if (!v.has("$ref") && v.path("description").asText().isBlank()) {
            undescribed.add(path);
          }
        });
    assertEquals(
        List.of(),
        undescribed,
        "properties without a description (meaning, unit, range, what null means)");
  }

  /**
   * Descriptions were once given by property name, so a "from" that is a score read "First day of
   * the period". A description that names a day, a count or kronor must sit on a property of that
   * type.
   */
  @Test
  void every_description_fits_the_type_it_describes() throws Exception {
    List<String> misfits = new ArrayList<>();
    properties(
        TestServer.JSON.readTree(TestServer.openApi()),
        "",
        (path, v) -> {
          String text = v.path("description").asText();
          String type = v.path("type").asText();
          boolean day =
              text.contains("(YYYY-MM-DD)")
                  || text.startsWith("First day")
                  || text.startsWith("Last day");
          if (day && !(type.equals("string") && v.path("format").asText().equals("date"))) {
            misfits.add(path + " is " + type + " but reads as a day: " + text);
          }
          if (text.startsWith("How many") && !type.equals("integer")) {
            misfits.add(path + " is " + type + " but reads as a count: " + text);
          }
          if (text.toLowerCase(Locale.ROOT).contains("kronor")
              && !(type.equals("integer") || type.equals("number") || type.equals("object"))) {
            misfits.add(path + " is " + type + " but reads as an amount: " + text);
          }
        });
    assertEquals(List.of(), misfits);
  }

  private static void properties(JsonNode node, String path, BiConsumer<String, JsonNode> each) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        props
            .properties()
            .forEach(
                p -> {
                  if (p.getValue().isObject()) {
                    each.accept(path + "/" + p.getKey(), p.getValue());
                  }
                });
      }
      node.properties()
          .forEach(
              p -> {
                if (!p.getKey().equals("example") && !p.getKey().equals("examples")) {
                  properties(p.getValue(), path + "/" + p.getKey(), each);
                }
              });
    } else if (node.isArray()) {
      for (JsonNode v : node) {
        properties(v, path, each);
      }
    }
  }

  @Test
  void every_response_example_is_what_the_server_answers_to_the_request_example() throws Exception {
    JsonNode paths = TestServer.JSON.readTree(TestServer.openApi()).get("paths");
    int checked = 0;
    try (TestServer api = new TestServer(ServerConfig.forTests())) {
      for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
        String template = it.next();
        for (Iterator<String> ms = paths.get(template).fieldNames(); ms.hasNext(); ) {
          String method = ms.next();
          JsonNode op = paths.get(template).get(method);
          if (op.path("x-skapa-stored").asBoolean()) {
            continue; // StoredContractTest holds these, on a database
          }
          JsonNode example = op.at("/responses/200/content/application~1json/example");
          if (example.isMissingNode()) {
            continue;
          }
          String path = template;
          for (JsonNode p : op.path("parameters")) {
            if (p.get("in").asText().equals("path")) {
              path = path.replace("{" + p.get("name").asText() + "}", p.get("example").asText());
            }
          }
          JsonNode request = op.at("/requestBody/content/application~1json/example");
          TestServer.Reply reply =
              api.send(
                  method.toUpperCase(Locale.ROOT),
                  path,
                  request.isMissingNode() ? null : request.toString(),
                  request.isMissingNode() ? null : "application/json",
                  true);
          assertEquals(200, reply.status(), reply.body());
          assertEquals(
              example,
              reply.json(),
              method.toUpperCase(Locale.ROOT)
                  + " "
                  + template
                  + ": the response example is not "
                  + "what the server answers; refresh it with skapa-rest/tools/openapi-examples.py (see DEVELOPERS.md)");
          checked++;
        }
      }
    }
    assertTrue(checked >= 17, "response examples checked: " + checked);
  }
}
