package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit in {@code deploy/skapa.service} is the one {@code docs/operations.md} gives a
 * kommun's IT, and it works: systemd's own checker accepts it where systemd is installed, and its
 * {@code ExecStart} with its {@code Environment} starts a server that becomes ready, and stops on
 * the unit's {@code KillSignal} within {@code TimeoutStopSec} with a status the unit counts as
 * success. There is no systemd as process 1 here to start it, so the test plays systemd's part: the
 * jar path becomes this build's class path, {@code /var/lib/skapa} a temporary directory.
 */
class SystemdUnitTest {

  static final Path UNIT = Path.of("..", "deploy", "skapa.service");

  /** The unit's [Service] settings; a setting given twice keeps every value in order. */
  static Map<String, List<String>> service() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    boolean inService = false;
    for (String line : Files.readAllLines(UNIT, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.startsWith("[")) {
        inService = l.equals("[Service]");
      } else if (inService && !l.isEmpty() && !l.startsWith("#")) {
        int eq = l.indexOf('=');
        out.computeIfAbsent(l.substring(0, eq), k -> new ArrayList<>()).add(l.substring(eq + 1));
      }
    }
    return out;
  }

  @Test
  void systemd_accepts_the_unit_where_it_is_installed() throws Exception {
    Path analyze = Path.of("/usr/bin/systemd-analyze");
    if (!Files.isExecutable(analyze)) {
      System.err.println("SystemdUnitTest: no systemd-analyze here; the unit is started below");
      return;
    }
    Process p =
        new ProcessBuilder(analyze.toString(), "verify", UNIT.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    // A missing /usr/bin/java on a build machine is the only finding allowed.
    String findings =
        Arrays.stream(out.split("\n"))
            .filter(l -> !l.isBlank() && !l.contains("/usr/bin/java"))
            .reduce("", (a, b) -> a + b + "\n");
    assertEquals("", findings, "systemd-analyze verify: " + out);
  }

  @Test
  void its_exec_start_serves_and_stops_on_its_kill_signal_with_a_success_status(@TempDir Path state)
      throws Exception {
    Map<String, List<String>> unit = service();
    assertEquals(List.of("SIGTERM"), unit.get("KillSignal"));
    assertEquals(List.of("0700"), unit.get("StateDirectoryMode"));
    assertTrue(unit.get("RestartPreventExitStatus").get(0).contains("78"));
    List<String> exec = new ArrayList<>(Arrays.asList(unit.get("ExecStart").get(0).split(" ")));
    assertEquals("/usr/bin/java", exec.get(0));
    int jar = exec.indexOf("-jar");
    assertTrue(jar > 0, "ExecStart runs the jar: " + exec);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(exec.subList(1, jar));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "se.skapa.rest.Main"));
    command.addAll(exec.subList(jar + 2, exec.size()));
    Path log = state.resolve("journal.log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(state.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SKAPA_"));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    for (String setting : unit.get("Environment")) {
      String[] kv = setting.split("=", 2);
      String value = kv[1].replace("/var/lib/skapa", state.toString());
      pb.environment().put(kv[0], kv[0].equals("SKAPA_PORT") ? Integer.toString(port) : value);
    }
    Path data = Path.of(pb.environment().get("SKAPA_DATA_DIR"));
    assertTrue(data.startsWith(state), "the data directory lies in the state directory");
    Process server = pb.start();
    try {
      CrashRecoveryTest.awaitHealthy(port, server, log);
      assertEquals(
          200, CrashRecoveryTest.call(port, "GET", "/health/ready", null, null, null).statusCode());
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(data)),
          "the data directory is the service user's alone");
    } finally {
      server.destroy(); // SIGTERM, as KillSignal says
    }
    long timeout = Long.parseLong(unit.get("TimeoutStopSec").get(0));
    assertTrue(server.waitFor(timeout, TimeUnit.SECONDS), "stopped within TimeoutStopSec");
    List<String> success = new ArrayList<>(List.of("0"));
    unit.getOrDefault("SuccessExitStatus", List.of())
        .forEach(s -> success.addAll(List.of(s.split(" "))));
    assertTrue(
        success.contains(Integer.toString(server.exitValue())),
        "exit " + server.exitValue() + " is a success to systemd (" + success + ")");
    assertFalse(
        CrashRecoveryTest.EmbeddedPostgresProcesses.runningOn(data), "no postgres left behind");
  }
}
