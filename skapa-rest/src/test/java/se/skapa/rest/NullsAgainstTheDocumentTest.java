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

  @Test
  void every_optional_field_set_to_null_is_either_documented_as_nullable_or_refused()
      throws Exception {
    JsonNode doc = TestServer.JSON.readTree(TestServer.openApi());
    JsonNode schemas = doc.at("/components/schemas");
    List<String> disagreements = new ArrayList<>();
    int tried = 0;
    try (TestServer api = new TestServer(ServerConfig.forTests())) {
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          JsonNode body = op.getValue().at("/requestBody/content/application~1json");
          if (op.getValue().path("x-skapa-stored").asBoolean()
              || body.isMissingNode()
              || !body.has("example")
              || path.getKey().contains("{")) {
            continue;
          }
          JsonNode schema = resolve(body.get("schema"), schemas);
          JsonNode required = schema.path("required");
          for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
              props.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = props.next();
            if (contains(required, prop.getKey())) {
              continue;
            }
            boolean nullable = resolve(prop.getValue(), schemas).path("nullable").asBoolean();
            ObjectNode sent = (ObjectNode) body.get("example").deepCopy();
            sent.putNull(prop.getKey());
            TestServer.Reply r =
                api.as(TestServer.KEY)
                    .send(
                        op.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        sent.toString(),
                        "application/json",
                        false);
            tried++;
            boolean refused = r.status() == 400 || r.status() == 422;
            if (nullable == refused) {
              disagreements.add(
                  op.getKey().toUpperCase(Locale.ROOT)
                      + " "
                      + path.getKey()
                      + " "
                      + prop.getKey()
                      + ": document "
                      + (nullable ? "allows" : "forbids")
                      + " null, server answered "
                      + r.status());
            }
          }
        }
      }
    }
    assertTrue(tried > 20, "optional fields tried: " + tried);
    assertEquals(List.of(), disagreements, String.join("\n", disagreements));
  }

  /**
   * The same over stored mode: every stored operation with a request example and no id in its path,
   * on an organisation with the example's services, as a key with every role. A 404 or 409 says
   * nothing about the null (the example's thing is missing or exists already) and is not counted.
   */
  @Test
  void stored_routes_too() throws Exception {
    JsonNode doc = TestServer.JSON.readTree(TestServer.openApi());
    JsonNode schemas = doc.at("/components/schemas");
    List<String> disagreements = new ArrayList<>();
    int tried = 0;
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
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        if (path.getKey().contains("{id}") || path.getKey().contains("{period}")) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          JsonNode body = op.getValue().at("/requestBody/content/application~1json");
          if (!op.getValue().path("x-skapa-stored").asBoolean()
              || body.isMissingNode()
              || !body.has("example")) {
            continue;
          }
          String at =
              path.getKey()
                  .replace("{org}", "ame-boden")
                  .replace("{service}", "steget-fram")
                  .replace("{participant}", "p-17")
                  .replace("{username}", "h-2");
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
            TestServer.Reply r =
                every.send(
                    op.getKey().toUpperCase(Locale.ROOT),
                    at,
                    sent.toString(),
                    "application/json",
                    false,
                    "If-Match",
                    "\"1\"");
            if (r.status() == 404 || r.status() == 409 || r.status() == 412) {
              continue;
            }
            tried++;
            boolean refused = r.status() == 400 || r.status() == 422;
            if (nullable == refused) {
              disagreements.add(
                  op.getKey().toUpperCase(Locale.ROOT)
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
