package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's database role cannot rewrite history: with its own credentials, every way we know to
 * change, empty or bypass the audit trail is refused by PostgreSQL itself, while the server's work
 * and erasure's one change still go through.
 */
class LeastPrivilegeTest {

  @Test
  void the_servers_role_cannot_alter_empty_or_bypass_the_audit_trail(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("skapa-data");
    try (Database db = Database.open(DatabaseSettings.embedded(data));
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT current_user")) {
        rs.next();
        assertEquals(
            Privileges.EMBEDDED_SERVER, rs.getString(1), "requests run as the server role");
      }
      s.execute("INSERT INTO organisations (id, name, created_at) VALUES ('o', 'O', now())");
      s.execute(
          "INSERT INTO audit_trail (org_id, at, holder, action, resource, participant)"
              + " VALUES ('o', now(), 'h', 'READ', '/x', 'p-1')");
      for (String attack :
          List.of(
              "SET session_replication_role = replica",
              "ALTER TABLE audit_trail DISABLE TRIGGER ALL",
              "ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only",
              "DROP TRIGGER audit_trail_append_only ON audit_trail",
              "UPDATE audit_trail SET participant = NULL",
              "UPDATE audit_trail SET action = 'NOTHING'",
              "DELETE FROM audit_trail",
              "TRUNCATE audit_trail",
              "DROP TABLE audit_trail",
              "ALTER TABLE measurements ADD COLUMN extra text",
              "CREATE TABLE shadow (x int)",
              "CREATE OR REPLACE FUNCTION audit_trail_append_only() RETURNS trigger"
                  + " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
              "DELETE FROM flyway_schema_history")) {
        c.setAutoCommit(false);
        SQLException refused =
            assertThrows(SQLException.class, () -> s.execute(attack), "refused: " + attack);
        assertTrue(
            refused.getSQLState().startsWith("42"),
            attack + " refused for its rights, not by chance: " + refused.getMessage());
        c.rollback();
        c.setAutoCommit(true);
      }
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM audit_trail WHERE participant = 'p-1'")) {
        rs.next();
        assertEquals(1, rs.getInt(1), "the line is still there, key and all");
      }
      // Erasure's one change: the key leaves the trail once the person's data is gone.
      try (ResultSet rs = s.executeQuery("SELECT skapa_forget_audit_participant('o', 'p-1')")) {
        rs.next();
        assertEquals(1, rs.getInt(1));
      }
    }
  }

  @Test
  void erasures_change_to_the_trail_waits_until_the_persons_data_is_gone() throws Exception {
    try (Database db = TestDatabase.fresh();
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO organisations (id, name, created_at) VALUES ('o', 'O', now())");
      s.execute(
          "INSERT INTO services (org_id, id, name, created_at) VALUES ('o', 's', 'S', now())");
      s.execute(
          "INSERT INTO enrolments (org_id, id, version, service_id, participant, admitted,"
              + " action_plan, subsidised, recorded_by_key, recorded_by, recorded_at) VALUES"
              + " ('o', gen_random_uuid(), 1, 's', 'p-2', current_date, false, false,"
              + " gen_random_uuid(), 'h', now())");
      s.execute(
          "INSERT INTO audit_trail (org_id, at, holder, action, resource, participant)"
              + " VALUES ('o', now(), 'h', 'READ', '/x', 'p-2')");
      SQLException kept =
          assertThrows(
              SQLException.class,
              () -> s.execute("SELECT skapa_forget_audit_participant('o', 'p-2')"));
      assertTrue(kept.getMessage().contains("keeps a participant's key"), kept.getMessage());
    }
  }

  @Test
  void an_embedded_database_from_before_the_roles_is_handed_to_the_owner(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("skapa-data");
    try (Database db = Database.open(DatabaseSettings.embedded(data))) {
      // As an earlier SKAPA left it: every table the superuser's.
      try (Connection su = superuser(db, data);
          Statement s = su.createStatement()) {
        s.execute("ALTER TABLE audit_trail OWNER TO postgres");
        s.execute("ALTER TABLE measurements OWNER TO postgres");
      }
    }
    try (Database db = Database.open(DatabaseSettings.embedded(data));
        Connection su = superuser(db, data);
        Statement s = su.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tableowner <> '"
                    + Privileges.EMBEDDED_OWNER
                    + "'")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "every table is the owner's again");
      assertTrue(Files.exists(data.resolve("owner.password")));
      assertTrue(Files.exists(data.resolve("server.password")));
    }
  }

  private static Connection superuser(Database db, Path data) throws Exception {
    String url;
    try (Connection c = db.dataSource().getConnection()) {
      url = c.getMetaData().getURL();
    }
    return DriverManager.getConnection(url, "postgres", EmbeddedDatabase.passwordOf(data));
  }
}
