package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.skapa.rest.CrashRecoveryTest.awaitHealthy;
import static se.skapa.rest.CrashRecoveryTest.body;
import static se.skapa.rest.CrashRecoveryTest.call;
import static se.skapa.rest.CrashRecoveryTest.freePort;
import static se.skapa.rest.CrashRecoveryTest.json;
import static se.skapa.rest.CrashRecoveryTest.start;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of docs/operations.md, as a kommun's IT runs it: back up a running SKAPA with
 * the jar alone, lose the data directory, restore into a new one, start, and every measurement
 * answers as before.
 */
class RestoreDrillTest {

  @Test
  void back_up_while_running_erase_the_data_directory_restore_and_every_row_is_back(
      @TempDir Path dir) throws Exception {
    Path data = dir.resolve("skapa-data");
    Path backup = dir.resolve("skapa.backup");
    int port = freePort();
    String admin;
    String key;
    String measurements;
    Process first = start(data, port, dir.resolve("first.log"));
    try {
      awaitHealthy(port, first, dir.resolve("first.log"));
      admin =
          json(call(
                  port,
                  "POST",
                  "/api/v1/organisations",
                  null,
                  null,
                  "{\"id\":\"ame-crash\",\"name\":\"AME Crash\"}"))
              .at("/adminKey/key")
              .asText();
      call(
          port,
          "POST",
          "/api/v1/organisations/ame-crash/services",
          admin,
          null,
          "{\"id\":\"s\",\"name\":\"S\"}");
      key =
          json(call(
                  port,
                  "POST",
                  "/api/v1/organisations/ame-crash/keys",
                  admin,
                  null,
                  "{\"holder\":\"h-1\",\"roles\":[\"handledare\"]}"))
              .get("key")
              .asText();
      for (int i = 0; i < 25; i++) {
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
      measurements = exported(port, key);
      String[] lines = run("backup", backup.toString(), data);
      assertEquals("0", lines[0], lines[2]);
      assertTrue(
          lines[1].contains("SKAPA backup:") && lines[1].contains("running SKAPA"), lines[1]);
    } finally {
      first.destroy();
      first.waitFor(60, TimeUnit.SECONDS);
    }
    // The machine is lost: nothing of the data directory is left.
    try (Stream<Path> all = Files.walk(data)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertFalse(Files.exists(data));

    String[] restored = run("restore", backup.toString(), data);
    assertEquals("0", restored[0], restored[2]);
    assertTrue(restored[1].contains("SKAPA restore:"), restored[1]);
    String[] again = run("restore", backup.toString(), data);
    assertEquals(Integer.toString(Commands.FAILED), again[0], "a second restore would double");
    assertTrue(
        again[2].contains("not empty") && again[2].contains("nothing was written"), again[2]);

    Process second = start(data, port, dir.resolve("second.log"));
    try {
      awaitHealthy(port, second, dir.resolve("second.log"));
      assertEquals(measurements, exported(port, key), "every measurement, and the keys still work");
    } finally {
      second.destroy();
      second.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void a_wrong_command_line_says_how_and_a_missing_file_is_named(@TempDir Path dir) {
    String[] usage = run("backup", null, dir);
    assertEquals(Integer.toString(Commands.USAGE), usage[0]);
    assertTrue(usage[2].contains("usage:"), usage[2]);
    String[] missing = run("restore", dir.resolve("nope.backup").toString(), dir);
    assertEquals(Integer.toString(Commands.USAGE), missing[0]);
    assertTrue(missing[2].contains("nope.backup"), missing[2]);
  }

  private static String exported(int port, String key) throws Exception {
    return call(
            port,
            "GET",
            "/api/v1/organisations/ame-crash/exports/measurements.csv",
            key,
            null,
            null)
        .body();
  }

  /** Runs a command in this JVM: exit status, standard output, standard error. */
  private static String[] run(String command, String file, Path data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = file == null ? new String[] {command} : new String[] {command, file};
    int status =
        Commands.run(
            args,
            Map.of("SKAPA_DATA_DIR", data.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      Integer.toString(status),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }
}
