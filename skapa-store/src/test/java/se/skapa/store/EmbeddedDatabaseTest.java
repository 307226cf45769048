package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default is a database, not a test fixture: durable, password-protected, loopback
 * only, and it keeps its data.
 */
class EmbeddedDatabaseTest {

  @Test
  void the_embedded_default_overrides_zonkys_test_settings_and_keeps_data_across_restarts(
      @TempDir Path dir) throws Exception {
    Path data = dir.resolve("skapa-data");
    String url;
    try (Database db = Database.open(DatabaseSettings.embedded(data))) {
      assertTrue(db.description().contains("embedded PostgreSQL 18"), db.description());
      assertTrue(db.description().contains(data.toString()), db.description());
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        for (Map.Entry<String, String> e :
            Map.of(
                    "fsync",
                    "on",
                    "synchronous_commit",
                    "on",
                    "full_page_writes",
                    "on",
                    "listen_addresses",
                    "127.0.0.1",
                    "password_encryption",
                    "scram-sha-256",
                    "work_mem",
                    "16MB",
                    "plan_cache_mode",
                    "force_custom_plan")
                .entrySet()) {
          try (ResultSet rs = s.executeQuery("SHOW " + e.getKey())) {
            rs.next();
            assertEquals(e.getValue(), rs.getString(1), e.getKey());
          }
        }
        s.execute(
            "INSERT INTO organisations (id, name, created_at) VALUES ('kept', 'Kept', now())");
        try (ResultSet rs = s.executeQuery("SELECT inet_server_port()")) {
          rs.next();
          url = "jdbc:postgresql://127.0.0.1:" + rs.getInt(1) + "/postgres";
        }
      }
      String password = Files.readString(data.resolve("postgres.password")).strip();
      assertTrue(password.length() >= 30, "a generated password");
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> DriverManager.getConnection(url, "postgres", "wrong").close());
      assertTrue(
          refused.getMessage().contains("password authentication failed"), refused.getMessage());
      assertThrows(
          SQLException.class,
          () -> DriverManager.getConnection(url, "postgres", "").close(),
          "no trust, not even on loopback");
      DatabaseUnavailableException twice =
          assertThrows(
              DatabaseUnavailableException.class,
              () -> Database.open(DatabaseSettings.embedded(data)));
      assertTrue(twice.getMessage().contains("another SKAPA is running"), twice.getMessage());
    }
    assertFalse(postgresRunningOn(data), "stopped with the database");
    try (Database again = Database.open(DatabaseSettings.embedded(data));
        Connection c = again.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM organisations WHERE id = 'kept'")) {
      assertTrue(rs.next(), "data survives a restart");
      assertEquals("Kept", rs.getString(1));
    }
    assertFalse(postgresRunningOn(data));
  }

  @Test
  void a_killed_postgres_is_restarted_and_every_committed_row_is_there(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("skapa-data");
    try (Database db = Database.open(DatabaseSettings.embedded(data))) {
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO organisations (id, name, created_at) VALUES ('before', 'Before', now())");
      }
      long pid =
          Long.parseLong(
              Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                  .get(0)
                  .strip());
      new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
      Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
      String found = null;
      while (found == null && System.nanoTime() < deadline) {
        Thread.sleep(500);
        if (!Files.exists(pidFile)
            || Long.parseLong(Files.readAllLines(pidFile).get(0).strip()) == pid) {
          continue;
        }
        // A new postmaster; the pool's old connections are broken, new ones work.
        try (Connection c = db.dataSource().getConnection();
            Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT name FROM organisations WHERE id = 'before'")) {
          found = rs.next() ? rs.getString(1) : "missing";
        } catch (SQLException broken) {
          // The next round takes another connection.
        }
      }
      assertEquals("Before", found, "back after the kill, with the committed row");
    }
    assertFalse(postgresRunningOn(data), "stopped with the database");
  }

  @Test
  void an_unreachable_external_database_stops_the_start_with_a_reason_and_never_falls_back(
      @TempDir Path dir) {
    Path data = dir.resolve("skapa-data");
    DatabaseSettings settings =
        DatabaseSettings.fromEnvironment(
            Map.of(
                "SKAPA_DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:1/skapa",
                "SKAPA_DATABASE_USER",
                "skapa",
                "SKAPA_DATABASE_PASSWORD",
                "secret",
                "SKAPA_DATA_DIR",
                data.toString()));
    DatabaseUnavailableException e =
        assertThrows(DatabaseUnavailableException.class, () -> Database.open(settings));
    assertTrue(
        e.getMessage()
            .contains("SKAPA_DATABASE_URL jdbc:postgresql://127.0.0.1:1/skapa is not reachable"),
        e.getMessage());
    assertTrue(e.getMessage().contains("never falls back"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), "no password in the message");
    assertFalse(Files.exists(data), "no embedded database was started instead");
  }

  @Test
  void settings_name_the_variable_that_is_wrong() {
    IllegalArgumentException url =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DatabaseSettings.fromEnvironment(
                    Map.of("SKAPA_DATABASE_URL", "postgres://x?password=hunter2")));
    assertTrue(
        url.getMessage().startsWith("SKAPA_DATABASE_URL must start with jdbc:postgresql://"),
        url.getMessage());
    assertFalse(url.getMessage().contains("hunter2"), url.getMessage());
    IllegalArgumentException pool =
        assertThrows(
            IllegalArgumentException.class,
            () -> DatabaseSettings.fromEnvironment(Map.of("SKAPA_DATABASE_POOL_SIZE", "lots")));
    assertTrue(pool.getMessage().startsWith("SKAPA_DATABASE_POOL_SIZE"), pool.getMessage());
    assertFalse(
        DatabaseSettings.fromEnvironment(
                Map.of(
                    "SKAPA_DATABASE_URL",
                    "jdbc:postgresql://db/skapa",
                    "SKAPA_DATABASE_PASSWORD",
                    "hunter2"))
            .toString()
            .contains("hunter2"));
  }

  static boolean postgresRunningOn(Path data) {
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
