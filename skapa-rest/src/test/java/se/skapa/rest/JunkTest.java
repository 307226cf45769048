package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.core.testing.Property;

/**
 * Generated junk at every POST route: random JSON, wrong types, huge numbers, deep nesting, unknown
 * fields, empty bodies, mutated valid requests. Only 4xx problem documents may come back.
 */
class JunkTest {

  static TestServer api;
  static TestServer owner;
  static String enrolment;
  static List<String> posts;

  @BeforeAll
  static void start() {
    // Stored mode too: one organisation whose key has every role, so junk reaches every handler.
    TestServer server = TestServer.stored(ServerConfig.forTests().withMaxBodyBytes(64 * 1024));
    String admin =
        server
            .post("/api/v1/organisations", "{\"id\":\"junk\",\"name\":\"Junk\"}")
            .json()
            .at("/adminKey/key")
            .asText();
    TestServer asAdmin = server.as(admin);
    asAdmin.post(
        "/api/v1/organisations/junk/services", "{\"id\":\"steget-fram\",\"name\":\"Steget fram\"}");
    String all =
        asAdmin
            .post(
                "/api/v1/organisations/junk/keys",
                "{\"holder\":\"h-1\",\"roles\":[\"admin\",\"handledare\",\"analyst\"]}")
            .json()
            .get("key")
            .asText();
    owner = server;
    api = server.as(all);
    enrolment =
        api.post(
                "/api/v1/organisations/junk/enrolments",
                "{\"participant\":\"j-1\",\"service\":\"steget-fram\",\"admitted\":\"2026-01-12\"}")
            .json()
            .get("id")
            .asText();
    posts =
        api.server.routes().stream()
            .filter(r -> r.method().equals("POST"))
            .map(
                r ->
                    r.path()
                        .replace("/enrolments/{id}", "/enrolments/" + enrolment)
                        .replace("{id}", "ips-25")
                        .replace("{org}", "junk")
                        .replace("{service}", "steget-fram")
                        .replace("{period}", "2026")
                        .replace("{participant}", "p-1")
                        .replace("{username}", "h-1"))
            .toList();
  }

  @AfterAll
  static void stop() {
    owner.close();
  }

  @Test
  void property_junk_never_gets_anything_but_a_4xx_problem() {
    Property.forAll(
        "junk at every POST route",
        400,
        r -> {
          String path = Property.oneOf(r, posts.toArray(String[]::new));
          String body = junk(r, path);
          TestServer.Reply reply =
              api.raw("POST", path, body, r.nextInt(20) == 0 ? "text/plain" : "application/json");
          // A mutated valid request may be valid still: stored mode then creates something (201).
          assertTrue(
              reply.status() >= 400 && reply.status() < 500
                  || reply.status() == 200
                  || reply.status() == 201,
              "status "
                  + reply.status()
                  + " for "
                  + path
                  + " with "
                  + TestServer.abbreviate(body)
                  + " → "
                  + reply.body());
          if (reply.status() >= 400) {
            assertTrue(
                reply.contentType().startsWith("application/problem+json"), reply.contentType());
            JsonNode p = reply.json();
            assertEquals(reply.status(), p.get("status").asInt());
            assertTrue(p.get("errors").isArray());
            assertTrue(
                !reply.body().contains("Exception") && !reply.body().contains("\tat "),
                "no stack trace: " + reply.body());
          }
        });
  }

  @Test
  void property_junk_in_headers_never_gets_a_5xx() {
    String[] junk = {
      "-",
      "--",
      ";",
      ";q=",
      "*;q=x",
      ",,,",
      "\u00e5\u00e4\u00f6",
      "en;q=1e999",
      "x".repeat(300),
      "\"",
      "W/\"1\"",
      "\"999999999999\"",
      "application/json;charset=",
      "text/csv",
      "*/*;q=-1",
      " ",
      "=",
      "sv-SE-x-\u00e5"
    };
    String[] names = {"Accept-Language", "Accept", "Content-Type", "Idempotency-Key", "If-Match"};
    List<String> gets =
        List.of(
            "/api/v1/instruments",
            "/api/v1/instruments/skapa",
            "/api/v1/socioeconomic/parameter-sets",
            "/api/v1/organisations/junk/services",
            "/api/v1/organisations/junk/follow-ups",
            "/health");
    Property.forAll(
        "junk header values",
        200,
        r -> {
          String name = Property.oneOf(r, names);
          String value = Property.oneOf(r, junk);
          boolean post = r.nextBoolean();
          String path =
              post
                  ? Property.oneOf(r, posts.toArray(String[]::new))
                  : gets.get(r.nextInt(gets.size()));
          String body = post ? exampleFor(path) : null;
          String type = name.equals("Content-Type") ? value : post ? "application/json" : null;
          TestServer.Reply reply =
              name.equals("Content-Type")
                  ? api.raw(post ? "POST" : "GET", path, body, type)
                  : api.raw(post ? "POST" : "GET", path, body, type, name, value);
          assertTrue(
              reply.status() < 500,
              name + ": " + value + " on " + path + " → " + reply.status() + " " + reply.body());
        });
  }

  @Test
  void property_a_body_that_is_not_utf8_is_a_400_that_says_so_whatever_else_is_wrong() {
    // Every JSON route; the CSV import reads Windows-1252 on purpose (Excel's own CSV) and has its
    // own tests.
    String[] json =
        posts.stream()
            .filter(p -> !exampleFor(p).isEmpty() && !exampleFor(p).equals("null"))
            .toArray(String[]::new);
    Property.forAll(
        "non-UTF-8 bytes at every POST route",
        100,
        r -> {
          String path = Property.oneOf(r, json);
          byte[] body = exampleFor(path).getBytes(StandardCharsets.UTF_8);
          // A byte 0x80-0xFF between ASCII bytes is never well-formed UTF-8: a lone continuation
          // byte or a lead byte without one. (Inside a multi-byte character, as in "Älvsbyn", it
          // could be.)
          int at;
          do {
            at = r.nextInt(body.length);
          } while (body[at] < 0 || (at > 0 && body[at - 1] < 0));
          body[at] = (byte) (0x80 + r.nextInt(0x80));
          if (at + 1 < body.length) {
            body[at + 1] = (byte) ('a' + r.nextInt(26));
          }
          TestServer.Reply reply = api.sendBytes("POST", path, body, "application/json");
          assertEquals(400, reply.status(), reply.body());
          assertTrue(
              reply.json().get("detail").asText().contains("not UTF-8 (byte 0x"), reply.body());
        });
  }

  static String junk(SplittableRandom r, String path) {
    return switch (r.nextInt(9)) {
      case 0 -> "";
      case 1 -> "[".repeat(1 + r.nextInt(5000));
      case 2 -> "{\"a\":".repeat(200) + "1" + "}".repeat(200);
      case 3 -> "9".repeat(1 + r.nextInt(400));
      case 4 -> randomJson(r, 4);
      case 5 -> "{\"unknownField\":" + randomJson(r, 2) + "}";
      case 6 -> "x".repeat(70 * 1024);
      case 7 -> mutate(r, ApiTest.spec == null ? "{}" : ApiTest.example(templateOf(path)));
      default -> mutate(r, exampleFor(path));
    };
  }

  static String exampleFor(String path) {
    try {
      JsonNode spec = TestServer.JSON.readTree(TestServer.openApi());
      return spec.at(
              "/paths/"
                  + templateOf(path).replace("/", "~1")
                  + "/post/requestBody/content/application~1json/example")
          .toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String templateOf(String path) {
    // The inverse of the substitution in start(): every {id} became ips-25 and every {org} junk.
    return path.replace("/ips-25/", "/{id}/")
        .replace("/" + enrolment + "/", "/{id}/")
        .replace("/organisations/junk/", "/organisations/{org}/")
        .replace("/services/steget-fram/", "/services/{service}/")
        .replace("/surveys/2026/", "/surveys/{period}/")
        .replace("/users/h-1/", "/users/{username}/");
  }

  /** Replaces one scalar of a valid body with something of the wrong type or out of range. */
  static String mutate(SplittableRandom r, String json) {
    String[] replacements = {
      "null",
      "\"x\"",
      "-1",
      "1e309",
      "99999999999999999999999",
      "[]",
      "{}",
      "true",
      "0.5",
      "\"19121212-1212\"",
      "\"2999-01-01\"",
      "\"2025-02-30\"",
      "-9223372036854775808",
      "9223372036854775807",
      "1e-999999999",
      "1e999999999",
      "0.0000000000000000000001",
      "\"-999999999-01-01\"",
      "\"+999999999-12-31\"",
      "\"1899-12-31\""
    };
    Matcher m = Pattern.compile(":(\"[^\"]*\"|-?[0-9.]+|true|false|null)").matcher(json);
    List<int[]> spots = new ArrayList<>();
    while (m.find()) {
      spots.add(new int[] {m.start(1), m.end(1)});
    }
    if (spots.isEmpty()) {
      return json;
    }
    int[] spot = spots.get(r.nextInt(spots.size()));
    return json.substring(0, spot[0]) + Property.oneOf(r, replacements) + json.substring(spot[1]);
  }

  static String randomJson(SplittableRandom r, int depth) {
    int kind = depth <= 0 ? r.nextInt(5) : r.nextInt(7);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> Long.toString(r.nextLong());
      case 2 -> "\"" + Long.toHexString(r.nextLong()) + "\"";
      case 3 -> Double.toString(r.nextDouble() * 1e300);
      case 4 -> r.nextBoolean() ? "true" : "false";
      case 5 -> {
        StringBuilder b = new StringBuilder("[");
        for (int i = r.nextInt(4); i > 0; i--) {
          b.append(randomJson(r, depth - 1)).append(i > 1 ? "," : "");
        }
        yield b.append(']').toString();
      }
      default -> {
        String[] keys = {
          "instrument",
          "measurements",
          "participant",
          "scores",
          "items",
          "people",
          "members",
          "days",
          "from",
          "reviews",
          "scenarios",
          "total"
        };
        StringBuilder b = new StringBuilder("{");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.append('"')
              .append(keys[(i + r.nextInt(keys.length)) % keys.length])
              .append(i)
              .append("\":")
              .append(randomJson(r, depth - 1))
              .append(i < n - 1 ? "," : "");
        }
        yield b.append('}').toString();
      }
    };
  }
}
