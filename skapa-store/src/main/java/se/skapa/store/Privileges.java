package se.skapa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the server's database role may do, granted by the schema's owner after every migration (a
 * new table gets its grants on the next start). The role owns nothing, so it cannot alter a table
 * or disable a trigger; on the audit trail it may only read and insert; the one change to earlier
 * audit lines, erasure's, goes through {@code skapa_forget_audit_participant}.
 */
final class Privileges {

  /** The embedded database's owner of the schema: runs migrations, never serves requests. */
  static final String EMBEDDED_OWNER = "skapa_owner";

  /** The embedded database's role for requests. */
  static final String EMBEDDED_SERVER = "skapa_app";

  private Privileges() {}

  /**
   * Grants the server's role its rights; run as the schema's owner.
   *
   * @param owner a connection as the owner of the schema's tables; not null
   * @param serverRole the role requests run as; not null
   * @throws SQLException if a grant fails
   */
  static void grant(Connection owner, String serverRole) throws SQLException {
    String role = identifier(serverRole);
    try (Statement s = owner.createStatement()) {
      s.execute("GRANT USAGE ON SCHEMA public TO " + role);
      s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
      s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
      s.execute("REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_trail FROM " + role);
      s.execute("REVOKE ALL ON flyway_schema_history FROM " + role);
      s.execute("GRANT SELECT ON flyway_schema_history TO " + role);
      s.execute("GRANT EXECUTE ON FUNCTION skapa_forget_audit_participant(text, text) TO " + role);
    }
  }

  /**
   * Makes the embedded database's two roles (idempotent): the owner takes over the schema and every
   * object in it from the superuser of earlier versions; run as the superuser.
   *
   * @param superuser a connection as the embedded database's superuser; not null
   * @param ownerPassword the owner's generated password; not null
   * @param serverPassword the server role's generated password; not null
   * @throws SQLException if a statement fails
   */
  static void embeddedRoles(Connection superuser, String ownerPassword, String serverPassword)
      throws SQLException {
    try (Statement s = superuser.createStatement()) {
      role(s, EMBEDDED_OWNER, ownerPassword);
      role(s, EMBEDDED_SERVER, serverPassword);
      s.execute("ALTER SCHEMA public OWNER TO " + EMBEDDED_OWNER);
      s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
      // Tables take their identity sequences and triggers with them.
      s.execute(
          "DO $$ DECLARE r record; BEGIN "
              + "FOR r IN SELECT c.oid::regclass AS name FROM pg_class c "
              + "JOIN pg_namespace n ON n.oid = c.relnamespace "
              + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') "
              + "AND c.relowner <> '"
              + EMBEDDED_OWNER
              + "'::regrole LOOP "
              + "EXECUTE format('ALTER TABLE %s OWNER TO "
              + EMBEDDED_OWNER
              + "', r.name); END LOOP; "
              + "FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p "
              + "JOIN pg_namespace n ON n.oid = p.pronamespace "
              + "WHERE n.nspname = 'public' AND p.proowner <> '"
              + EMBEDDED_OWNER
              + "'::regrole LOOP "
              + "EXECUTE format('ALTER FUNCTION %s OWNER TO "
              + EMBEDDED_OWNER
              + "', r.name); END LOOP; END $$");
    }
  }

  private static void role(Statement s, String name, String password) throws SQLException {
    s.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
            + name
            + "') THEN CREATE ROLE "
            + name
            + "; END IF; END $$");
    s.execute(
        "ALTER ROLE "
            + name
            + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
            + literal(password));
  }

  /** A role name as an SQL identifier, quoted; refuses what a name never holds. */
  static String identifier(String name) {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a database role name must be non-empty text");
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String literal(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a database password cannot hold a NUL byte");
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
