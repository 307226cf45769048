package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.skapa.store.TestDatabase;

/**
 * Two SKAPA instances on one PostgreSQL, as behind a load balancer: nothing lives in one instance's
 * memory.
 */
class TwoInstancesTest {

  @Test
  void the_same_version_corrected_through_both_instances_at_once_one_wins_the_other_gets_412()
      throws Exception {
    try (TestServer first = TestServer.stored(ServerConfig.forTests());
        TestServer second = first.secondInstance()) {
      StoredModeTest.Org org = StoredModeTest.organisation(first, "ame-two");
      TestServer viaFirst = org.handledare();
      TestServer viaSecond = second.as(org.handledare().bearer());
      String id =
          viaFirst
              .post(
                  org.at("/measurements"),
                  StoredModeTest.self("p-1", "2025-03-01", "{\"job-belief\":1}"))
              .json()
              .get("id")
              .asText();
      String at = org.at("/measurements/" + id);
      for (int version = 1; version <= 10; version++) {
        String etag = "\"" + version + "\"";
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<TestServer.Reply>> both = new ArrayList<>();
        int round = version;
        for (TestServer via : List.of(viaFirst, viaSecond)) {
          int score = via == viaFirst ? 2 : 3;
          both.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    await(together);
                    return via.send(
                        "PUT",
                        at,
                        StoredModeTest.self("p-1", "2025-03-01", "{\"job-belief\":" + score + "}"),
                        "If-Match",
                        etag);
                  }));
        }
        List<Integer> statuses =
            both.stream()
                .map(CompletableFuture::join)
                .map(TestServer.Reply::status)
                .sorted()
                .toList();
        assertEquals(List.of(200, 412), statuses, "round " + round);
      }
      assertEquals(
          11,
          viaSecond.get(at + "/history").json().get("versions").size(),
          "ten winners, no lost or doubled version");
      // A key revoked through one instance stops working in the other at once.
      String keyId = org.handledareKeyId();
      assertEquals(204, org.admin().send("DELETE", org.at("/keys/" + keyId), null).status());
      assertEquals(401, viaSecond.get(at).status());
    }
  }

  @Test
  void two_server_processes_on_one_postgresql_one_correction_wins_the_other_gets_412(
      @TempDir Path dir) throws Exception {
    String url = TestDatabase.freshUrl();
    int[] ports = {CrashRecoveryTest.freePort(), CrashRecoveryTest.freePort()};
    List<Process> processes = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Path log = dir.resolve("server-" + i + ".log");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb =
            new ProcessBuilder(
                    javaBin, "-cp", System.getProperty("java.class.path"), "se.skapa.rest.Main")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SKAPA_"));
        pb.environment().put("SKAPA_PORT", Integer.toString(ports[i]));
        pb.environment().put("SKAPA_DATABASE_URL", url);
        pb.environment().put("SKAPA_DATABASE_USER", "postgres");
        processes.add(pb.start());
        CrashRecoveryTest.awaitHealthy(ports[i], processes.get(i), log);
      }
      String admin =
          CrashRecoveryTest.json(
                  CrashRecoveryTest.call(
                      ports[0],
                      "POST",
                      "/api/v1/organisations",
                      null,
                      null,
                      "{\"id\":\"ame-procs\",\"name\":\"AME\"}"))
              .at("/adminKey/key")
              .asText();
      CrashRecoveryTest.call(
          ports[1],
          "POST",
          "/api/v1/organisations/ame-procs/services",
          admin,
          null,
          "{\"id\":\"steget-fram\",\"name\":\"S\"}");
      String key =
          CrashRecoveryTest.json(
                  CrashRecoveryTest.call(
                      ports[1],
                      "POST",
                      "/api/v1/organisations/ame-procs/keys",
                      admin,
                      null,
                      "{\"holder\":\"h-1\",\"roles\":[\"handledare\"]}"))
              .get("key")
              .asText();
      String id =
          CrashRecoveryTest.json(
                  CrashRecoveryTest.call(
                      ports[0],
                      "POST",
                      "/api/v1/organisations/ame-procs/measurements",
                      key,
                      null,
                      StoredModeTest.self("p-1", "2025-03-01", "{\"job-belief\":1}")))
              .get("id")
              .asText();
      HttpClient http = HttpClient.newHttpClient();
      for (int version = 1; version <= 5; version++) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        String etag = "\"" + version + "\"";
        for (int port : ports) {
          both.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    await(together);
                    try {
                      return http.send(
                              HttpRequest.newBuilder(
                                      URI.create(
                                          "http://127.0.0.1:"
                                              + port
                                              + "/api/v1/organisations/ame-procs/measurements/"
                                              + id))
                                  .header("Authorization", "Bearer " + key)
                                  .header("Content-Type", "application/json")
                                  .header("If-Match", etag)
                                  .PUT(
                                      HttpRequest.BodyPublishers.ofString(
                                          StoredModeTest.self(
                                              "p-1",
                                              "2025-03-01",
                                              "{\"job-belief\":" + (2 + port % 5) + "}")))
                                  .build(),
                              HttpResponse.BodyHandlers.discarding())
                          .statusCode();
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }));
        }
        assertEquals(
            List.of(200, 412),
            both.stream().map(CompletableFuture::join).sorted().toList(),
            "round " + version);
      }
    } finally {
      for (Process p : processes) {
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
