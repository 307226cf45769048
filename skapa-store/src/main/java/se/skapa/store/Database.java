package se.skapa.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;

/**
 * Stored mode's database: an external PostgreSQL when {@code SKAPA_DATABASE_URL} is set, else the
 * embedded one. Either way, migrated to the current schema before the server takes a request. Never
 * falls back from an external database to the embedded one.
 */
public final class Database implements AutoCloseable {

  /** The oldest PostgreSQL major version SKAPA is tested against. */
  public static final int MIN_POSTGRES_MAJOR = 14;

  private final HikariDataSource pool;
  private final Optional<EmbeddedDatabase> embedded;
  private final String description;

  private Database(HikariDataSource pool, Optional<EmbeddedDatabase> embedded, String description) {
    this.pool = pool;
    this.embedded = embedded;
    this.description = description;
  }

  /**
   * The database for a maintenance command (backup, restore): {@code SKAPA_DATABASE_URL}'s; else
   * the embedded PostgreSQL of a SKAPA running on the data directory, through its port and
   * password; else the embedded database started for the command.
   *
   * @param settings the settings; not null
   * @return the database; close it when done
   * @throws DatabaseUnavailableException with a message for the operator if it cannot be used
   */
  public static Database forCommand(DatabaseSettings settings) {
    if (settings.url().isEmpty()) {
      Optional<Integer> port = Postmaster.runningPort(settings.dataDir());
      if (port.isPresent()) {
        String password;
        try {
          password = EmbeddedDatabase.ownerPasswordOf(settings.dataDir());
        } catch (java.io.IOException e) {
          throw new DatabaseUnavailableException(
              "the embedded database's password could not be read: " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port.get() + "/postgres";
        HikariDataSource pool =
            pool(url, Privileges.EMBEDDED_OWNER, password, 2, "the running embedded PostgreSQL");
        return new Database(
            pool,
            Optional.empty(),
            "the running SKAPA's embedded PostgreSQL on 127.0.0.1:" + port.get());
      }
    }
    return open(settings, true);
  }

  /**
   * Opens and migrates the database. Migrations run as the schema's owner and requests as a role
   * that owns nothing (see {@link Privileges}): the embedded database makes both roles; an external
   * one has them when {@code SKAPA_DATABASE_OWNER_USER} is set, else one role does both.
   *
   * @throws DatabaseUnavailableException with a message for the operator if it cannot be used
   */
  public static Database open(DatabaseSettings settings) {
    return open(settings, false);
  }

  /**
   * @param asOwner whether the pool connects as the schema's owner (a maintenance command: a
   *     restore sets the identities' sequences) rather than as the server's role
   */
  private static Database open(DatabaseSettings settings, boolean asOwner) {
    if (settings.url().isPresent()) {
      String url = settings.url().get();
      String where = "SKAPA_DATABASE_URL " + DatabaseSettings.redact(url);
      probe(url, settings.user().orElse(null), settings.password().orElse(null));
      if (settings.ownerUser().isPresent()) {
        String server =
            settings
                .user()
                .orElseThrow(
                    () ->
                        new DatabaseUnavailableException(
                            "SKAPA_DATABASE_OWNER_USER is set, so SKAPA_DATABASE_USER must name the"
                                + " role requests run as",
                            null));
        probe(url, settings.ownerUser().get(), settings.ownerPassword().orElse(null));
        migrate(
            url, settings.ownerUser().get(), settings.ownerPassword().orElse(null), server, where);
      } else {
        migrate(url, settings.user().orElse(null), settings.password().orElse(null), null, where);
      }
      boolean owner = asOwner && settings.ownerUser().isPresent();
      HikariDataSource pool =
          pool(
              url,
              owner ? settings.ownerUser().get() : settings.user().orElse(null),
              owner ? settings.ownerPassword().orElse(null) : settings.password().orElse(null),
              settings.poolSize(),
              where);
      return new Database(
          pool,
          Optional.empty(),
          "PostgreSQL " + version(pool) + " at " + DatabaseSettings.redact(url));
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDir(), settings.binariesDir());
    try {
      String ownerPassword = embedded.roles();
      String what = "the embedded PostgreSQL";
      migrate(
          embedded.jdbcUrl(),
          Privileges.EMBEDDED_OWNER,
          ownerPassword,
          Privileges.EMBEDDED_SERVER,
          what);
      HikariDataSource pool =
          pool(
              embedded.jdbcUrl(),
              asOwner ? Privileges.EMBEDDED_OWNER : Privileges.EMBEDDED_SERVER,
              asOwner ? ownerPassword : embedded.serverPassword(),
              settings.poolSize(),
              what);
      return new Database(
          pool,
          Optional.of(embedded),
          "embedded PostgreSQL "
              + version(pool)
              + " on 127.0.0.1:"
              + embedded.port()
              + ", data in "
              + settings.dataDir());
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  /**
   * Connects to a database that someone else runs (tests, benchmarks) and migrates it, one role for
   * both.
   *
   * @throws DatabaseUnavailableException if it cannot be reached or migrated
   */
  public static Database connect(String url, String user, @Nullable String password, int poolSize) {
    String what = DatabaseSettings.redact(url);
    migrate(url, user, password, null, what);
    return new Database(
        pool(url, user, password, poolSize, what), Optional.empty(), "PostgreSQL at " + what);
  }

  /**
   * Connects to a database that someone else runs, migrating it as {@code owner} and serving as
   * {@code server}, a role that owns nothing.
   *
   * @throws DatabaseUnavailableException if it cannot be reached, migrated or granted
   */
  public static Database connect(
      String url,
      String owner,
      @Nullable String ownerPassword,
      String server,
      @Nullable String serverPassword,
      int poolSize) {
    String what = DatabaseSettings.redact(url);
    migrate(url, owner, ownerPassword, server, what);
    return new Database(
        pool(url, server, serverPassword, poolSize, what),
        Optional.empty(),
        "PostgreSQL at " + what);
  }

  /** Migrates as {@code user}, then grants {@code serverRole} (when given) its rights. */
  private static void migrate(
      String url,
      @Nullable String user,
      @Nullable String password,
      @Nullable String serverRole,
      String description) {
    // Flyway holds one connection for its lock and works on another.
    try (HikariDataSource owner = pool(url, user, password, 3, description)) {
      try {
        Flyway.configure()
            .dataSource(owner)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
      } catch (RuntimeException e) {
        throw new DatabaseUnavailableException(
            "the database schema could not be migrated (" + description + "): " + e.getMessage(),
            e);
      }
      if (serverRole != null) {
        try (Connection c = owner.getConnection()) {
          Privileges.grant(c, serverRole);
        } catch (SQLException e) {
          throw new DatabaseUnavailableException(
              "the server's database role "
                  + serverRole
                  + " could not be granted its rights ("
                  + description
                  + "): "
                  + e.getMessage(),
              e);
        }
      }
    }
  }

  /**
   * One plain connection before the pool: an unreachable database is then one clear sentence, not
   * the pool's stack trace in the log.
   */
  private static void probe(String url, @Nullable String user, @Nullable String password) {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", "10");
    try (Connection c = new Driver().connect(url, p)) {
      if (c == null) {
        throw new DatabaseUnavailableException(
            "SKAPA_DATABASE_URL "
                + DatabaseSettings.redact(url)
                + " is not a PostgreSQL URL the driver accepts",
            null);
      }
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "SKAPA_DATABASE_URL "
              + DatabaseSettings.redact(url)
              + " is not reachable: "
              + e.getMessage()
              + ". SKAPA does not start without its database and never falls back to another one.",
          e);
    }
  }

  static HikariDataSource pool(
      String url, @Nullable String user, @Nullable String password, int size, String what) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername(user);
    c.setPassword(password);
    c.setMaximumPoolSize(size);
    c.setPoolName("skapa");
    // After about ten calls on one connection PostgreSQL may switch a prepared statement to a
    // generic plan; for the cohort of 100 000 participants that plan estimated 1 375 rows for
    // 500 000 and ran 40 % slower. Plans made for the parameters given stay right.
    c.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
    c.setConnectionTimeout(10_000);
    // Fail at start, with the reason, rather than at the first request.
    c.setInitializationFailTimeout(10_000);
    try {
      return new HikariDataSource(c);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new DatabaseUnavailableException(
          what
              + " is not reachable: "
              + cause.getMessage()
              + ". SKAPA does not start without its database and never falls back to another one.",
          e);
    }
  }

  private static String version(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      if (md.getDatabaseMajorVersion() < MIN_POSTGRES_MAJOR) {
        throw new DatabaseUnavailableException(
            "PostgreSQL "
                + md.getDatabaseProductVersion()
                + " is too old: SKAPA needs "
                + MIN_POSTGRES_MAJOR
                + " or later",
            null);
      }
      return md.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "the database's version could not be read: " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  /** One line for the start-up log: which database, and where. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    pool.close();
    embedded.ifPresent(EmbeddedDatabase::close);
  }
}
