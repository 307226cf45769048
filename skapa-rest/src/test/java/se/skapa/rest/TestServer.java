package se.skapa.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.skapa.store.Database;
import se.skapa.store.JdbcStorage;
import se.skapa.store.TestDatabase;

/**
 * A real server on a free loopback port with one API key, and a client that holds every exchange
 * against the OpenAPI document: an undocumented route or field fails the test.
 */
class TestServer implements AutoCloseable {

  static final String KEY = "test-key-0123456789abcdef";
  static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiInteractionValidator CONTRACT =
      OpenApiInteractionValidator.createForInlineApiSpecification(openApi()).build();

  final SkapaServer server;
  private final HttpClient client;
  private final String bearer;
  private final Database database;

  TestServer(ServerConfig config) {
    this(SkapaServer.create(config, CLOCK).start(), HttpClient.newHttpClient(), KEY, null);
  }

  /** A stateless server with routes the test adds to the real ones. */
  static TestServer withRoutes(Consumer<JavalinConfig> routes) {
    return new TestServer(
        SkapaServer.create(
                ServerConfig.forTests().withApiKeys(List.of(KEY)), CLOCK, Optional.empty(), routes)
            .start(),
        HttpClient.newHttpClient(),
        KEY,
        null);
  }

  private TestServer(SkapaServer server, HttpClient client, String bearer, Database database) {
    this.server = server;
    this.client = client;
    this.bearer = bearer;
    this.database = database;
  }

  /** A server in stored mode on a fresh database of the test PostgreSQL. */
  static TestServer stored(ServerConfig config) {
    Database db = TestDatabase.fresh();
    return new TestServer(
        SkapaServer.create(config, CLOCK, Optional.of(new JdbcStorage(db.dataSource()))).start(),
        HttpClient.newHttpClient(),
        KEY,
        db);
  }

  /** A second server on the same database, as a second instance behind a load balancer. */
  TestServer secondInstance() {
    return new TestServer(
        SkapaServer.create(
                server.config(), CLOCK, Optional.of(new JdbcStorage(database.dataSource())))
            .start(),
        client,
        bearer,
        null);
  }

  /** The same server, called with another key (closing the view closes nothing). */
  TestServer as(String key) {
    return new TestServer(server, client, key, null) {
      @Override
      public void close() {
        // a view: the server belongs to the original
      }
    };
  }

  Database database() {
    return database;
  }

  /** The key this client sends. */
  String bearer() {
    return bearer;
  }

  TestServer() {
    this(ServerConfig.forTests().withApiKeys(List.of(KEY)));
  }

  static String openApi() {
    try (InputStream in = TestServer.class.getResourceAsStream("/skapa/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Reply(int status, String contentType, String body, HttpHeaders headers) {

    /** A response header, or "" if absent. */
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** Sends a request with the API key and checks request and response against the contract. */
  Reply send(String method, String path, String body) {
    return send(method, path, body, "application/json", true);
  }

  /** Sends without the contract check: for routes that are deliberately not in the document. */
  Reply raw(String method, String path, String body, String contentType, String... headers) {
    return exchange(method, path, body, contentType, headers);
  }

  /**
   * Sends raw bytes (a body in a wrong encoding, say) and checks the response against the contract.
   */
  Reply sendBytes(String method, String path, byte[] body, String contentType) {
    Reply reply = exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    SimpleResponse.Builder res =
        SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
    if (!reply.contentType().isEmpty()) {
      res.withContentType(reply.contentType().split(";")[0]);
    }
    String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    ValidationReport report =
        CONTRACT.validateResponse(pathOnly, Request.Method.valueOf(method), res.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          "contract broken by "
              + method
              + " "
              + path
              + " → "
              + reply.status()
              + ": "
              + report.getMessages());
    }
    return reply;
  }

  private Reply exchange(
      String method, String path, String body, String contentType, String... headers) {
    return exchange(
        method,
        path,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        contentType,
        headers);
  }

  /**
   * @param headers extra request headers as name, value, name, value, …
   */
  private Reply exchange(
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      String contentType,
      String... headers) {
    // A hung request fails the test instead of hanging the build.
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", "Bearer " + bearer);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    b.method(method, body);
    try {
      HttpResponse<String> r =
          client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  Reply send(
      String method,
      String path,
      String body,
      String contentType,
      boolean checkRequest,
      String... headers) {
    Reply reply = exchange(method, path, body, contentType, headers);
    String type = reply.contentType();
    String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    SimpleRequest.Builder req =
        new SimpleRequest.Builder(Request.Method.valueOf(method), pathOnly)
            .withHeader("Authorization", "Bearer " + bearer);
    if (path.contains("?")) {
      for (String kv : path.substring(path.indexOf('?') + 1).split("&")) {
        String[] p = kv.split("=", 2);
        req.withQueryParam(p[0], p.length > 1 ? p[1] : "");
      }
    }
    if (body != null && contentType != null) {
      req.withContentType(contentType).withBody(body);
    }
    for (int i = 0; i < headers.length; i += 2) {
      req.withHeader(headers[i], headers[i + 1]);
    }
    SimpleResponse.Builder res =
        SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
    if (!type.isEmpty()) {
      res.withContentType(type.split(";")[0]);
    }
    ValidationReport report =
        checkRequest
            ? CONTRACT.validate(req.build(), res.build())
            : CONTRACT.validateResponse(pathOnly, Request.Method.valueOf(method), res.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          "contract broken by "
              + method
              + " "
              + path
              + " → "
              + reply.status()
              + ":\n"
              + report.getMessages().stream()
                  .map(m -> m.getKey() + ": " + m.getMessage())
                  .collect(Collectors.joining("\n"))
              + "\nbody: "
              + abbreviate(reply.body()));
    }
    return reply;
  }

  Reply get(String path) {
    return send("GET", path, null, null, true);
  }

  /** A response whose body is bytes (a PDF), not text. */
  record Binary(int status, String contentType, String disposition, byte[] body) {}

  /**
   * A GET whose answer is read as bytes; the status and content type are held against the contract.
   */
  Binary bytes(String path) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + bearer)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> res = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
      String type = res.headers().firstValue("Content-Type").orElse("");
      String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
      SimpleResponse.Builder checked = SimpleResponse.Builder.status(res.statusCode());
      if (!type.isEmpty()) {
        checked.withContentType(type.split(";")[0]);
      }
      // A binary body checked as text: its schema is a string, its bytes are not UTF-8.
      checked.withBody(
          new String(
              res.body(),
              type.startsWith("application/problem+json")
                  ? StandardCharsets.UTF_8
                  : StandardCharsets.ISO_8859_1));
      ValidationReport report =
          CONTRACT.validateResponse(pathOnly, Request.Method.GET, checked.build());
      if (report.hasErrors()) {
        throw new AssertionError(
            "contract broken by GET "
                + path
                + " → "
                + res.statusCode()
                + ": "
                + report.getMessages());
      }
      return new Binary(
          res.statusCode(),
          type,
          res.headers().firstValue("Content-Disposition").orElse(""),
          res.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** A GET with an Accept-Language header, without the contract check (headers are not in it). */
  Reply get(String path, String acceptLanguage) {
    return exchange("GET", path, (String) null, null, "Accept-Language", acceptLanguage);
  }

  Reply post(String path, String body) {
    return send("POST", path, body);
  }

  static String abbreviate(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }

  /** A request with extra headers (name, value, …), checked against the contract. */
  Reply send(String method, String path, String body, String... headers) {
    return send(method, path, body, body == null ? null : "application/json", true, headers);
  }

  @Override
  public void close() {
    server.stop();
    if (database != null) {
      database.close();
    }
  }
}
