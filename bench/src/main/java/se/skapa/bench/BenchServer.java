package se.skapa.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import se.skapa.rest.ServerConfig;
import se.skapa.rest.SkapaServer;
import se.skapa.store.Database;
import se.skapa.store.DatabaseSettings;
import se.skapa.store.JdbcStorage;

/**
 * A server on a fresh embedded database in a temporary directory, as every stored-mode harness
 * starts one; stopped, server first, when closed.
 */
final class BenchServer implements AutoCloseable {

  private final Database db;
  private final SkapaServer server;

  private BenchServer(Database db, SkapaServer server) {
    this.db = db;
    this.server = server;
  }

  static BenchServer start(ServerConfig config) throws Exception {
    Database db =
        Database.open(
            DatabaseSettings.embedded(Files.createTempDirectory("skapa-bench").resolve("data")));
    System.out.println("Database: " + db.description());
    try {
      return new BenchServer(
          db,
          SkapaServer.create(
                  config, Clock.systemUTC(), Optional.of(new JdbcStorage(db.dataSource())))
              .start());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Creates an organisation through the API, as an operator does.
   *
   * @return its admin key
   */
  String organisation(String id, String name) throws Exception {
    return StoredCohortBench.field(
        StoredCohortBench.send(
            base(),
            "POST",
            "/api/v1/organisations",
            null,
            "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}"),
        "key");
  }

  DataSource dataSource() {
    return db.dataSource();
  }

  @Override
  public void close() throws Exception {
    try {
      server.stop();
    } finally {
      db.close();
    }
  }
}
