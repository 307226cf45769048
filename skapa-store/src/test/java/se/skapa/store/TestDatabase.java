package se.skapa.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM (stopped by its shutdown hook when
 * the JVM ends), and a fresh, migrated database for every caller, so tests never see each other's
 * rows.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  /** The role tests serve as: owns nothing, as the server's role in production. */
  public static final String SERVER_ROLE = "skapa_app";

  /**
   * A new empty database with SKAPA's schema, migrated by the superuser and used as {@link
   * #SERVER_ROLE}, so every test runs with the rights the server has. Close it when done.
   */
  public static Database fresh() {
    return Database.connect(freshUrl(), "postgres", null, SERVER_ROLE, null, 8);
  }

  /** A new empty database with SKAPA's schema, used as its owner (a maintenance command does). */
  public static Database freshAsOwner() {
    return Database.connect(freshUrl(), "postgres", null, 8);
  }

  /**
   * The JDBC URL of a new, empty database (user postgres, no password), for a server process to
   * migrate and use.
   */
  public static String freshUrl() {
    EmbeddedPostgres pg = server();
    String name = "skapa_test_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name;
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
        try (Connection c = server.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE ROLE " + SERVER_ROLE + " LOGIN");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the test PostgreSQL could not start", e);
      } catch (SQLException e) {
        throw new IllegalStateException("the test PostgreSQL's server role could not be made", e);
      }
    }
    return server;
  }
}
