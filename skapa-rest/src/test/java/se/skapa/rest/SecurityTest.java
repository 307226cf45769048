package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.skapa.rest.http.ApiKeys;

class SecurityTest {

  private static int status(int port, String path, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void api_routes_need_a_valid_key_when_keys_are_configured_and_health_does_not() throws Exception {
    try (TestServer api = new TestServer()) {
      int port = api.server.port();
      assertEquals(401, status(port, "/api/v1/instruments", null));
      assertEquals(401, status(port, "/api/v1/instruments", "Bearer wrong-key-0123456789"));
      assertEquals(401, status(port, "/api/v1/instruments", "Basic " + TestServer.KEY));
      assertEquals(200, status(port, "/api/v1/instruments", "Bearer " + TestServer.KEY));
      assertEquals(200, status(port, "/health", null));
      assertEquals(200, status(port, "/openapi.json", null));
    }
  }

  @Test
  void beyond_loopback_the_production_command_serves_stateless_routes_to_an_organisations_keys()
      throws Exception {
    ServerConfig c =
        ServerConfig.fromEnvironment(
            Map.of(
                "SKAPA_BIND", "0.0.0.0", "SKAPA_PORT", "0", "SKAPA_OPERATOR_KEYS", TestServer.KEY));
    try (TestServer server = TestServer.stored(c)) {
      TestServer.Reply created =
          server.post("/api/v1/organisations", "{\"id\":\"wide\",\"name\":\"Wide\"}");
      assertEquals(201, created.status(), created.body());
      TestServer admin = server.as(created.json().at("/adminKey/key").asText());
      assertEquals(401, server.as("skapa_not-a-key-of-anyone").get("/api/v1/instruments").status());
      assertEquals(200, admin.get("/api/v1/instruments").status());
      assertEquals(200, status(server.server.port(), "/health", null));
    }
  }

  @Test
  void beyond_loopback_without_api_keys_the_bind_holds_and_the_stateless_routes_need_a_key() {
    ServerConfig c = ServerConfig.fromEnvironment(Map.of("SKAPA_BIND", "0.0.0.0"));
    assertEquals("0.0.0.0", c.bind());
    assertTrue(
        c.notes().stream().anyMatch(n -> n.contains("take a key of an organisation")),
        c.notes().toString());
    // Without a database there is no organisation's key to take: refused at start, in one line.
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> SkapaServer.create(c, TestServer.CLOCK));
    assertTrue(refused.getMessage().startsWith("SKAPA_BIND=0.0.0.0 needs SKAPA_API_KEYS"));
    ServerConfig keyed =
        ServerConfig.fromEnvironment(
            Map.of(
                "SKAPA_BIND",
                "0.0.0.0",
                "SKAPA_API_KEYS",
                "a-long-enough-key-123, another-long-key-456"));
    assertEquals("0.0.0.0", keyed.bind());
    assertEquals(2, keyed.apiKeys().size());
    assertFalse(
        keyed.notes().stream().anyMatch(n -> n.contains("a-long-enough-key-123")),
        "keys are never printed");
  }

  @Test
  void bad_settings_are_named() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ServerConfig.fromEnvironment(Map.of("SKAPA_PORT", "seventy")))
            .getMessage()
            .contains("SKAPA_PORT"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ServerConfig.fromEnvironment(Map.of("SKAPA_API_KEYS", "short")))
            .getMessage()
            .contains("16"));
    assertEquals(7070, ServerConfig.fromEnvironment(Map.of()).port());
  }

  @Test
  void keys_match_exactly() {
    ApiKeys keys = new ApiKeys(List.of("k1-0123456789abcdef", "k2-0123456789abcdef"));
    assertTrue(keys.accepts("Bearer k2-0123456789abcdef"));
    assertTrue(keys.accepts("bearer k1-0123456789abcdef"));
    assertFalse(keys.accepts("Bearer k1-0123456789abcde"));
    assertFalse(keys.accepts(null));
  }

  @Test
  void a_body_over_the_limit_is_413() {
    try (TestServer api = new TestServer(ServerConfig.forTests().withMaxBodyBytes(2048))) {
      TestServer.Reply r =
          api.raw(
              "POST",
              "/api/v1/finsam/allocation",
              "{\"members\":[" + "{\"name\":\"x\",\"share\":0},".repeat(200) + "]}",
              "application/json");
      assertEquals(413, r.status());
      assertTrue(r.contentType().startsWith("application/problem+json"));
    }
  }

  @Test
  void a_body_that_ends_before_its_declared_length_is_a_400_problem() throws Exception {
    SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK).start();
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/finsam/allocation HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100\r\n\r\n{\"total\":1000,")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.shutdownOutput();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 400"), response);
      assertTrue(response.contains("application/problem+json"), response);
      assertTrue(response.contains("body"), response);
    } finally {
      server.stop();
    }
  }

  @Test
  void api_answers_are_never_cached_or_sniffed_even_when_refused() {
    // The test client always sends TestServer.KEY: one server accepts it, the other does not.
    for (String key : new String[] {TestServer.KEY, "another-key-0123456789"}) {
      try (TestServer api = new TestServer(ServerConfig.forTests().withApiKeys(List.of(key)))) {
        TestServer.Reply r = api.raw("GET", "/api/v1/instruments", null, null);
        assertEquals(key.equals(TestServer.KEY) ? 200 : 401, r.status());
        assertEquals("no-store", r.header("Cache-Control"), "status " + r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"), "status " + r.status());
      }
    }
  }
}
