package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: the server as its own process on its embedded PostgreSQL, killed with SIGKILL in
 * the middle of a stream of writes, then started again on the same data directory.
 */
class CrashRecoveryTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void after_kill_9_every_answered_write_is_there_once_and_the_orphaned_postgres_is_stopped(
      @TempDir Path dir) throws Exception {
    Path data = dir.resolve("skapa-data");
    int port = freePort();
    Process first = start(data, port, dir.resolve("first.log"));
    Process second = null;
    try {
      awaitHealthy(port, first, dir.resolve("first.log"));
      String admin =
          json(call(
                  port,
                  "POST",
                  "/api/v1/organisations",
                  null,
                  null,
                  "{\"id\":\"ame-crash\",\"name\":\"AME Crash\"}"))
              .at("/adminKey/key")
              .asText();
      assertEquals(
          201,
          call(
                  port,
                  "POST",
                  "/api/v1/organisations/ame-crash/services",
                  admin,
                  null,
                  "{\"id\":\"s\",\"name\":\"S\"}")
              .statusCode());
      String key =
          json(call(
                  port,
                  "POST",
                  "/api/v1/organisations/ame-crash/keys",
                  admin,
                  null,
                  "{\"holder\":\"h-1\",\"roles\":[\"handledare\"]}"))
              .get("key")
              .asText();

      Map<Integer, String> answered = new ConcurrentHashMap<>();
      AtomicBoolean go = new AtomicBoolean(true);
      int[] sent = new int[1];
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; go.get(); i++) {
                  sent[0] = i + 1;
                  try {
                    HttpResponse<String> r =
                        call(
                            port,
                            "POST",
                            "/api/v1/organisations/ame-crash/measurements",
                            key,
                            "w-" + i,
                            body(i));
                    if (r.statusCode() == 201) {
                      answered.put(i, json(r).get("id").asText());
                    }
                  } catch (IOException | InterruptedException e) {
                    return; // the server is gone
                  }
                }
              });
      writer.start();
      while (answered.size() < 40) {
        Thread.sleep(20);
      }
      assertTrue(first.isAlive());
      first.destroyForcibly(); // SIGKILL: no shutdown hook runs, postgres is orphaned
      first.waitFor(30, TimeUnit.SECONDS);
      go.set(false);
      writer.join(30_000);
      assertTrue(
          EmbeddedPostgresProcesses.runningOn(data),
          "the embedded postgres outlived the killed JVM, as it does in life");

      second = start(data, port, dir.resolve("second.log"));
      awaitHealthy(port, second, dir.resolve("second.log"));
      String log = Files.readString(dir.resolve("second.log"), StandardCharsets.UTF_8);
      assertTrue(
          log.contains("Stopping the PostgreSQL"), "the orphan was found and stopped:\n" + log);

      for (Map.Entry<Integer, String> e : answered.entrySet()) {
        HttpResponse<String> r =
            call(
                port,
                "GET",
                "/api/v1/organisations/ame-crash/measurements/" + e.getValue(),
                key,
                null,
                null);
        assertEquals(
            200, r.statusCode(), "write " + e.getKey() + " was answered 201 before the kill");
      }
      // A client retries what got no answer, with the same Idempotency-Key: stored at most once.
      for (int i = 0; i < sent[0]; i++) {
        if (!answered.containsKey(i)) {
          assertEquals(
              201,
              call(
                      port,
                      "POST",
                      "/api/v1/organisations/ame-crash/measurements",
                      key,
                      "w-" + i,
                      body(i))
                  .statusCode());
        }
      }
      for (int i = 0; i < sent[0]; i++) {
        JsonNode p =
            json(
                call(
                    port,
                    "GET",
                    "/api/v1/organisations/ame-crash/participants/c-"
                        + i
                        + "/progression?asOf=2025-12-31",
                    key,
                    null,
                    null));
        assertEquals(
            1,
            p.at("/series/0/measurements").asInt(),
            "participant c-" + i + " has exactly one measurement");
      }
      String access = Files.readString(dir.resolve("second.log"), StandardCharsets.UTF_8);
      assertTrue(
          access.contains(
              "skapa.access - GET /api/v1/organisations/{org}/participants/{participant}/progression 200"),
          access);
      assertFalse(
          access.contains("/c-1") || access.contains("asOf=") || access.contains(key),
          "no key, participant or query value in the log");
    } finally {
      first.destroyForcibly();
      if (second != null) {
        second.destroy(); // SIGTERM: the server stops its postgres on the way out
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
      }
    }
    assertFalse(
        EmbeddedPostgresProcesses.runningOn(data), "no postgres left behind after a clean stop");
  }

  @Test
  void an_unreachable_database_url_stops_the_process_with_one_clear_line_and_no_embedded_fallback(
      @TempDir Path dir) throws Exception {
    Path data = dir.resolve("skapa-data");
    Path log = dir.resolve("refused.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "se.skapa.rest.Main")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SKAPA_"));
    pb.environment().put("SKAPA_DATA_DIR", data.toString());
    pb.environment().put("SKAPA_PORT", Integer.toString(freePort()));
    pb.environment()
        .put("SKAPA_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/skapa");
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server gave up instead of waiting forever");
    assertEquals(78, p.exitValue(), read(log));
    String out = read(log);
    assertTrue(
        out.contains("SKAPA cannot start: SKAPA_DATABASE_URL jdbc:postgresql://127.0.0.1:"), out);
    assertTrue(out.contains("never falls back"), out);
    assertFalse(out.contains("\tat "), "no stack trace: " + out);
    assertFalse(Files.exists(data.resolve("postgres")), "no embedded database was started");
  }

  @Test
  void a_port_in_use_stops_the_process_with_one_line_naming_skapa_port(@TempDir Path dir)
      throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path log = dir.resolve("port.log");
      Process p = start(dir.resolve("skapa-data"), taken.getLocalPort(), log);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the server gave up instead of waiting forever");
      String out = read(log);
      assertEquals(78, p.exitValue(), out);
      assertTrue(
          out.contains("SKAPA cannot start: port " + taken.getLocalPort())
              && out.contains("SKAPA_PORT"),
          out);
      assertFalse(out.contains("\tat "), "no stack trace: " + out);
    }
    assertFalse(
        EmbeddedPostgresProcesses.runningOn(dir.resolve("skapa-data")),
        "the database it started is stopped again");
  }

  static String body(int i) {
    return "{\"instrument\":\"skapa\",\"service\":\"s\",\"participant\":\"c-"
        + i
        + "\",\"date\":\"2025-03-01\","
        + "\"respondent\":\"PARTICIPANT\",\"scores\":{\"job-belief\":"
        + (1 + i % 10)
        + "}}";
  }

  static Process start(Path data, int port, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The server's own log levels, not the quiet ones of the tests' class path.
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.skapa.access=info",
                "-cp",
                System.getProperty("java.class.path"),
                "se.skapa.rest.Main")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("SKAPA_"));
    pb.environment().put("SKAPA_DATA_DIR", data.toString());
    pb.environment().put("SKAPA_PORT", Integer.toString(port));
    return pb.start();
  }

  static void awaitHealthy(int port, Process process, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), () -> "the server exited:\n" + read(log));
      try {
        if (call(port, "GET", "/health", null, null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server did not become healthy:\n" + read(log));
  }

  static HttpResponse<String> call(
      int port, String method, String path, String key, String idempotencyKey, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return TestServer.JSON.readTree(r.body());
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Finds the embedded postgres by its data directory on the command line. */
  static final class EmbeddedPostgresProcesses {
    static boolean runningOn(Path data) {
      return ProcessHandle.allProcesses()
          .anyMatch(
              p ->
                  p.info()
                      .commandLine()
                      .map(
                          c ->
                              c.contains("postgres")
                                  && c.contains(data.resolve("postgres").toString()))
                      .orElse(false));
    }
  }
}
