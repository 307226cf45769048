package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code null} in an optional field is either allowed by the document ({@code nullable}) and taken
 * as absent, or refused: never accepted where the document forbids it. An independent schema fuzzer
 * found 21 places where the server took a null the document did not allow. Every stateless
 * operation's request example is sent with each optional top-level field set to null.
 */
class NullsAgainstTheDocumentTest {

  /** Where an operation is sent, and how; empty to leave the operation out. */
  interface Target {
    java.util.Optional<TestServer.Reply> send(String method, String path, String body);
  }

  /**
   * Sends every operation's request example with each optional top-level field set to null, and
   * lists where the server and the document disagree.
   *
   * @param stored true for stored mode's operations, false for the stateless ones
   * @param target sends one request; no answer, or a 404, 409 or 412, says nothing about the null
   *     and is not counted
   * @param disagreements where each disagreement is written
   * @return how many fields were tried
   */
  static int nulls(boolean stored, Target target, List<String> disagreements) throws Exception {
    JsonNode doc = TestServer.JSON.readTree(TestServer.openApi());
    JsonNode schemas = doc.at("/components/schemas");
    int tried = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        JsonNode body = op.getValue().at("/requestBody/content/application~1json");
        if (op.getValue().path("x-skapa-stored").asBoolean() != stored
            || body.isMissingNode()
            || !body.has("example")) {
          continue;
        }
        JsonNode schema = resolve(body.get("schema"), schemas);
        JsonNode required = schema.path("required");
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
            props.hasNext(); ) {
          Map.Entry<String, JsonNode> prop = props.next();
          if (contains(required, prop.getKey())
              || (path.getKey().endsWith("/identity-provider")
                  && prop.getKey().equals("roleValues"))) {
            // roleValues may be null without a rolesClaim and is required with one, as the
            // document says in words: OpenAPI 3.0 has no keyword for a dependency.
            continue;
          }
          boolean nullable = resolve(prop.getValue(), schemas).path("nullable").asBoolean();
          ObjectNode sent = (ObjectNode) body.get("example").deepCopy();
          sent.putNull(prop.getKey());
          String method = op.getKey().toUpperCase(Locale.ROOT);
          java.util.Optional<TestServer.Reply> answer =
              target.send(method, path.getKey(), sent.toString());
          if (answer.isEmpty()) {
            continue;
          }
          TestServer.Reply r = answer.get();
          if (r.status() == 404 || r.status() == 409 || r.status() == 412) {
            continue;
          }
          tried++;
          boolean refused = r.status() == 400 || r.status() == 422;
          if (nullable == refused) {
            disagreements.add(
                method
                    + " "
                    + path.getKey()
                    + " "
                    + prop.getKey()
                    + ": document "
                    + (nullable ? "allows" : "forbids")
                    + " null, server answered "
                    + r.status()
                    + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
          }
        }
      }
    }
    return tried;
  }

  @Test
  void every_optional_field_set_to_null_is_either_documented_as_nullable_or_refused()
      throws Exception {
    List<String> disagreements = new ArrayList<>();
    int tried;
    try (TestServer api = new TestServer(ServerConfig.forTests())) {
      TestServer as = api.as(TestServer.KEY);
      tried =
          nulls(
              false,
              (method, path, body) ->
                  path.contains("{")
                      ? java.util.Optional.empty()
                      : java.util.Optional.of(
                          as.send(method, path, body, "application/json", false)),
              disagreements);
    }
    assertTrue(tried > 20, "optional fields tried: " + tried);
    assertEquals(List.of(), disagreements, String.join("\n", disagreements));
  }

  /**
   * The same over stored mode: every stored operation with a request example and no id in its path,
   * on an organisation with the example's services, as a key with every role.
   */
  @Test
  void stored_routes_too() throws Exception {
    List<String> disagreements = new ArrayList<>();
    int tried;
    try (TestServer api = TestServer.stored(ServerConfig.forTests())) {
      StoredModeTest.Org org = StoredModeTest.organisation(api, "ame-boden");
      org.admin().post(org.at("/services"), "{\"id\":\"vux-boden\",\"name\":\"Vux\"}");
      TestServer every =
          api.as(
              org.admin()
                  .post(
                      org.at("/keys"),
                      "{\"holder\":\"alla\",\"roles\":[\"admin\",\"handledare\",\"analyst\"]}")
                  .json()
                  .get("key")
                  .asText());
      tried =
          nulls(
              true,
              (method, path, body) ->
                  path.contains("{id}") || path.contains("{period}")
                      ? java.util.Optional.empty()
                      : java.util.Optional.of(
                          every.send(
                              method,
                              path.replace("{org}", "ame-boden")
                                  .replace("{service}", "steget-fram")
                                  .replace("{participant}", "p-17")
                                  .replace("{username}", "h-2"),
                              body,
                              "application/json",
                              false,
                              "If-Match",
                              "\"1\"")),
              disagreements);
    }
    assertTrue(tried > 10, "optional fields tried: " + tried);
    assertEquals(List.of(), disagreements, String.join("\n", disagreements));
  }

  private static boolean contains(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
    JsonNode s = schema;
    if (s.has("allOf") && s.get("allOf").size() == 1) {
      s = s.get("allOf").get(0);
    }
    while (s.has("$ref")) {
      s = schemas.get(s.get("$ref").asText().replace("#/components/schemas/", ""));
    }
    return s;
  }
}
