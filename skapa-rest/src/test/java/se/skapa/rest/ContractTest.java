package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The server's route table and the OpenAPI document agree: the same routes, and examples the server really gives. */
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
            paths.get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        assertEquals(documented, registered);
    }

    @Test
    void every_property_in_the_document_says_what_it_means() throws Exception {
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        undescribed(TestServer.JSON.readTree(TestServer.openApi()), "", undescribed);
        assertEquals(java.util.List.of(), undescribed, "properties without a description (meaning, unit, range, what null means)");
    }

    private static void undescribed(com.fasterxml.jackson.databind.JsonNode node, String path, java.util.List<String> out) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.properties().forEach(p -> {
                    com.fasterxml.jackson.databind.JsonNode v = p.getValue();
                    if (v.isObject() && !v.has("$ref") && v.path("description").asText().isBlank()) {
                        out.add(path + "/" + p.getKey());
                    }
                });
            }
            node.properties().forEach(p -> {
                if (!p.getKey().equals("example") && !p.getKey().equals("examples")) {
                    undescribed(p.getValue(), path + "/" + p.getKey(), out);
                }
            });
        } else if (node.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode v : node) {
                undescribed(v, path, out);
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
                    TestServer.Reply reply = api.send(method.toUpperCase(Locale.ROOT), path, request.isMissingNode() ? null : request.toString(),
                            request.isMissingNode() ? null : "application/json", true);
                    assertEquals(200, reply.status(), reply.body());
                    assertEquals(example, reply.json(), method.toUpperCase(Locale.ROOT) + " " + template + ": the response example is not "
                            + "what the server answers; refresh it with skapa-rest/tools/openapi-examples.py (see DEVELOPERS.md)");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 17, "response examples checked: " + checked);
    }
}
