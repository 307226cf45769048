package se.skapa.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's process as the data directory names it ({@code postmaster.pid}):
 * whether it runs, on which port, stopping one left by a SKAPA that died, and the memory it starts
 * with.
 */
final class Postmaster {

  private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);

  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

  private Postmaster() {}

  /**
   * PostgreSQL's memory for this machine: its defaults (128 MB shared buffers, 4 MB work memory)
   * made exports and follow-up sorts spill to disk. An eighth of the memory for shared buffers (128
   * MB – 1 GB), a quarter as the planner's cache estimate, 16 MB per sort.
   */
  record Memory(long sharedBuffersMb, long effectiveCacheMb, long workMemMb, long maintenanceMb) {
    static Memory forThisMachine() {
      long total = 4096;
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        total = os.getTotalMemorySize() / (1024 * 1024);
      }
      return new Memory(
          Math.max(128, Math.min(1024, total / 8)),
          Math.max(512, Math.min(8192, total / 4)),
          16,
          64);
    }
  }

  /**
   * The port of a PostgreSQL running on SKAPA's data directory (a running SKAPA's), if any.
   *
   * @param dataDir SKAPA's data directory
   * @return its port; empty if none runs there
   */
  static Optional<Integer> runningPort(Path dataDir) {
    Path pgdata = dataDir.resolve("postgres");
    if (!alive(pgdata)) {
      return Optional.empty();
    }
    try {
      List<String> lines =
          Files.readAllLines(pgdata.resolve("postmaster.pid"), StandardCharsets.UTF_8);
      return lines.size() > 3 && lines.get(3).strip().matches("\\d{1,5}")
          ? Optional.of(Integer.parseInt(lines.get(3).strip()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static boolean alive(Path pgdata) {
    try {
      Optional<Long> pid = pid(pgdata);
      if (pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false)) {
        Path stat = Path.of("/proc", Long.toString(pid.get()), "stat");
        if (!Files.exists(stat)) {
          return true;
        }
        String line = Files.readString(stat, StandardCharsets.UTF_8);
        // pid (comm) state …: the command may hold spaces and parentheses, the state follows the
        // last ')'.
        char state = line.substring(line.lastIndexOf(')') + 2).charAt(0);
        return state != 'Z' && state != 'X';
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A postgres still running on this data directory belongs to a SKAPA that died: we hold the lock
   * now.
   */
  static void stopOrphan(Path pgdata) throws IOException {
    Optional<ProcessHandle> orphan =
        pid(pgdata)
            .flatMap(ProcessHandle::of)
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    if (orphan.isEmpty()) {
      return;
    }
    LOG.warn(
        "Stopping the PostgreSQL (pid {}) left running by a SKAPA that did not stop cleanly",
        orphan.get().pid());
    orphan.get().destroy();
    try {
      orphan.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // Killed hard, PostgreSQL's own crash recovery runs at the next start: committed data is in
      // the WAL.
      orphan.get().destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping an orphaned PostgreSQL", e);
    } catch (ExecutionException e) {
      throw new IOException("could not stop the orphaned PostgreSQL: " + e.getMessage(), e);
    }
  }

  static Optional<Long> pid(Path pgdata) throws IOException {
    Path pidFile = pgdata.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
          .findFirst()
          .map(String::strip)
          .filter(s -> s.matches("\\d{1,10}"))
          .map(Long::parseLong);
    } catch (java.nio.file.NoSuchFileException removed) {
      return Optional.empty();
    }
  }
}
