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

  /** A new empty database with SKAPA's schema. Close it when done. */
  public static Database fresh() {
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
      } catch (IOException e) {
        throw new UncheckedIOException("the test PostgreSQL could not start", e);
      }
    }
    return server;
  }
}
