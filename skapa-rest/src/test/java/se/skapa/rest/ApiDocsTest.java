package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/api.md promises curl examples for every route that work against the one-command server: hold it to that. */
class ApiDocsTest {

    private static final Pattern CURL = Pattern.compile("```sh\\n(curl .*?)```", Pattern.DOTALL);
    private static final Pattern TARGET = Pattern.compile("curl -s (?:-X (\\w+) )?localhost:7070(\\S+)");
    private static final Pattern BODY = Pattern.compile("-d '([^']*)'");

    record Example(String method, String path, String body) {
    }

    static List<Example> examples() throws Exception {
        String doc = Files.readString(Path.of("../docs/api.md"), StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        Matcher block = CURL.matcher(doc);
        while (block.find()) {
            String command = block.group(1).replace("\\\n", " ");
            Matcher target = TARGET.matcher(command);
            assertTrue(target.find(), "a curl example without a localhost:7070 URL: " + command);
            Matcher body = BODY.matcher(command);
            out.add(new Example(target.group(1) == null ? "GET" : target.group(1), target.group(2), body.find() ? body.group(1) : null));
        }
        return out;
    }

    @Test
    void every_route_has_a_curl_example_and_every_example_gets_its_answer() throws Exception {
        List<Example> examples = examples();
        try (TestServer api = new TestServer(ServerConfig.forTests())) {
            for (Route route : api.server.routes()) {
                String pattern = route.path().replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?";
                assertTrue(examples.stream().anyMatch(e -> e.method().equals(route.method()) && e.path().matches(pattern)),
                        "docs/api.md has no curl example for " + route.method() + " " + route.path());
            }
            int errors = 0;
            for (Example e : examples) {
                TestServer.Reply reply = api.raw(e.method(), e.path(), e.body(), e.body() == null ? null : "application/json");
                // The one error example shows a 422; every other example is a success.
                if (reply.status() == 422) {
                    errors++;
                } else {
                    assertEquals(200, reply.status(), e.method() + " " + e.path() + " → " + reply.body());
                }
            }
            assertEquals(1, errors, "docs/api.md shows exactly one error example");
        }
    }
}
