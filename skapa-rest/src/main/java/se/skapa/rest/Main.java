package se.skapa.rest;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.skapa.store.Database;
import se.skapa.store.DatabaseSettings;
import se.skapa.store.DatabaseUnavailableException;
import se.skapa.store.JdbcStorage;

/**
 * Starts SKAPA: {@code java -jar skapa-rest/target/skapa-rest.jar}. With nothing configured, on an
 * embedded PostgreSQL in {@code ./skapa-data}; with {@code SKAPA_DATABASE_URL}, on that database or
 * not at all. The one place where the adapter meets the store.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** Exit status when the configuration or the database is unusable (as sysexits' EX_CONFIG). */
  private static final int CANNOT_START = 78;

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      System.exit(Commands.run(args, System.getenv(), System.out, System.err));
      return;
    }
    ServerConfig config;
    DatabaseSettings dbSettings;
    try {
      config = ServerConfig.fromEnvironment(System.getenv());
      dbSettings = DatabaseSettings.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("SKAPA cannot start: " + e.getMessage());
      System.exit(CANNOT_START);
      return;
    }
    config.notes().forEach(LOG::warn);
    // Before the database: unpacking and migrating it takes a minute, a port in use a moment.
    if (!portFree(config)) {
      String why = portInUse(config);
      LOG.error("SKAPA cannot start: {}", why);
      System.err.println("SKAPA cannot start: " + why);
      System.exit(CANNOT_START);
      return;
    }
    Database database;
    try {
      database = Database.open(dbSettings);
    } catch (DatabaseUnavailableException e) {
      LOG.error("SKAPA cannot start: {}", e.getMessage());
      System.err.println("SKAPA cannot start: " + e.getMessage());
      System.exit(CANNOT_START);
      return;
    }
    LOG.info("Database: {}", database.description());
    SkapaServer server =
        SkapaServer.create(
            config, Clock.systemDefaultZone(), Optional.of(new JdbcStorage(database.dataSource())));
    try {
      server.start();
    } catch (JavalinBindException e) {
      String why = portInUse(config);
      LOG.error("SKAPA cannot start: {}", why);
      System.err.println("SKAPA cannot start: " + why);
      database.close();
      System.exit(CANNOT_START);
      return;
    }
    // SIGTERM/SIGINT: stop accepting, let in-flight requests finish, then close the database.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  database.close();
                },
                "skapa-shutdown"));
    LOG.info("SKAPA listening on http://{}:{} (API docs at /docs)", config.bind(), server.port());
  }

  private static String portInUse(ServerConfig config) {
    return "port "
        + config.port()
        + " on "
        + config.bind()
        + " is in use or not allowed; set SKAPA_PORT to a free port";
  }

  /** True if the port can be bound now (port 0, any free port, always can). */
  private static boolean portFree(ServerConfig config) {
    if (config.port() == 0) {
      return true;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(config.bind(), config.port()));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
