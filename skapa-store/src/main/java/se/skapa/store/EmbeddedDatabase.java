package se.skapa.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that SKAPA starts when no database is configured: real PostgreSQL binaries
 * (zonky's, from Maven Central), data in {@code SKAPA_DATA_DIR}. Zonky's defaults are for tests and
 * are overridden here: fsync, synchronous commit and full-page writes on; a generated password
 * (scram-sha-256) instead of {@code trust}; listening on 127.0.0.1 only. A postgres left running by
 * a SKAPA that was killed is stopped before the next start, which then recovers on its own.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String USER = "postgres";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String HBA_MARKER = "# skapa: password required";

  /** Crash recovery after a kill may replay WAL for a while; give it time before giving up. */
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

  /** How often the watchdog looks for the postmaster. */
  private static final Duration WATCH_EVERY = Duration.ofSeconds(2);

  private volatile EmbeddedPostgres postgres;
  private final String password;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path pgdata;
  private final Path binariesDir;
  private final int port;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "skapa-postgres-watchdog");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean closing;
  private volatile @Nullable String serverPassword;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres,
      String password,
      FileChannel lockChannel,
      FileLock lock,
      Path pgdata,
      Path binariesDir) {
    this.postgres = postgres;
    this.password = password;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.pgdata = pgdata;
    this.binariesDir = binariesDir;
    this.port = postgres.getPort();
  }

  /**
   * Starts PostgreSQL on the data directory with a database's settings, sized for this machine.
   *
   * @param port the port, or 0 for a free one
   */
  private static EmbeddedPostgres launch(Path pgdata, Path binariesDir, String password, int port)
      throws IOException {
    Postmaster.Memory m = Postmaster.Memory.forThisMachine();
    EmbeddedPostgres.Builder b =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgdata)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(binariesDir.toFile())
            // zonky passes -F (fsync off); a later -c wins, and these are a database's, not a
            // test's, settings.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "100")
            .setServerConfig("password_encryption", "scram-sha-256")
            .setServerConfig("shared_buffers", m.sharedBuffersMb() + "MB")
            .setServerConfig("effective_cache_size", m.effectiveCacheMb() + "MB")
            .setServerConfig("work_mem", m.workMemMb() + "MB")
            .setServerConfig("maintenance_work_mem", m.maintenanceMb() + "MB")
            .setConnectConfig("password", password)
            .setPGStartupWait(STARTUP_WAIT)
            // The server's own shutdown hook closes the database after the last request: a
            // second hook, run beside it, stopped PostgreSQL under requests still running.
            .setRegisterShutdownHook(false);
    if (port > 0) {
      b.setPort(port);
    }
    return b.start();
  }

  /**
   * Restarts PostgreSQL when its postmaster has died (a {@code kill -9}, the OOM killer): stored
   * requests fail fast while it is down ({@code /health/ready} says so) and work again once it is
   * back, on the same port, after its own crash recovery.
   */
  private void watch() {
    watchdog.scheduleWithFixedDelay(
        () -> {
          if (!closing && !alive()) {
            restart();
          }
        },
        WATCH_EVERY.toMillis(),
        WATCH_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Whether the postmaster named in {@code postmaster.pid} is running. A killed postmaster whose
   * parent does not reap it (PID 1 in many containers) stays a zombie that {@link
   * ProcessHandle#isAlive} counts as alive, so Linux's own state letter is read too.
   */
  boolean alive() {
    return Postmaster.alive(pgdata);
  }

  /**
   * @param dataDir SKAPA's data directory
   * @return the embedded database's generated password
   * @throws IOException if it cannot be read
   */
  static String passwordOf(Path dataDir) throws IOException {
    return Files.readString(dataDir.resolve("postgres.password"), StandardCharsets.UTF_8).strip();
  }

  /**
   * @param dataDir SKAPA's data directory
   * @return the password of the schema's owner, for a maintenance command
   * @throws IOException if it cannot be read
   */
  static String ownerPasswordOf(Path dataDir) throws IOException {
    return Files.readString(dataDir.resolve("owner.password"), StandardCharsets.UTF_8).strip();
  }

  private synchronized void restart() {
    if (closing) {
      return;
    }
    LOG.error("The embedded PostgreSQL has stopped; restarting it on port {}", port);
    try {
      // The dead instance still holds zonky's lock on the data directory; closing it lets go.
      postgres.close();
    } catch (IOException | RuntimeException alreadyDead) {
      LOG.debug("Closing the stopped PostgreSQL: {}", alreadyDead.getMessage());
    }
    try {
      Postmaster.stopOrphan(pgdata);
      postgres = launch(pgdata, binariesDir, password, port);
      LOG.warn("The embedded PostgreSQL is running again on port {}", port);
    } catch (IOException | RuntimeException e) {
      // The next round tries again; readiness answers 503 meanwhile.
      LOG.error("The embedded PostgreSQL could not be restarted yet", e);
    }
  }

  /**
   * @throws DatabaseUnavailableException if the data directory is in use or PostgreSQL cannot start
   */
  static EmbeddedDatabase start(Path dataDir, Path binariesDir) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(binariesDir);
      ownerOnly(dataDir);
      channel =
          FileChannel.open(
              dataDir.resolve("skapa.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new DatabaseUnavailableException(
            "another SKAPA is running on "
                + dataDir
                + "; stop it, or give this one its own SKAPA_DATA_DIR",
            null);
      }
      Path pgdata = dataDir.resolve("postgres");
      Postmaster.stopOrphan(pgdata);
      String password = password(dataDir.resolve("postgres.password"));
      EmbeddedPostgres pg = launch(pgdata, binariesDir, password, 0);
      notWritableByOthers(binariesDir);
      EmbeddedDatabase db = new EmbeddedDatabase(pg, password, channel, lock, pgdata, binariesDir);
      db.requirePassword(pgdata);
      db.watch();
      return db;
    } catch (IOException e) {
      close(channel);
      throw new DatabaseUnavailableException(
          "the embedded PostgreSQL could not start in "
              + dataDir
              + ": "
              + e.getMessage()
              + (e.getMessage() != null && e.getMessage().contains("ermission")
                  ? " (is " + binariesDir + " on a noexec mount? set SKAPA_POSTGRES_BINARIES_DIR)"
                  : ""),
          e);
    } catch (RuntimeException e) {
      close(channel);
      throw e;
    }
  }

  /** The data directory holds health data and the database's password: its owner's alone. */
  private static void ownerOnly(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the ACL the directory inherits applies.
    }
  }

  /**
   * The PostgreSQL binaries SKAPA runs may be read and run by anyone, changed by their owner only:
   * the archive's own modes can leave them writable by group and others.
   */
  private static void notWritableByOthers(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        if (perms.remove(PosixFilePermission.GROUP_WRITE)
            | perms.remove(PosixFilePermission.OTHERS_WRITE)) {
          Files.setPosixFilePermissions(p, perms);
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the ACL the directory inherits applies.
    }
  }

  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /**
   * initdb leaves {@code trust} for loopback connections. On the first start, set the generated
   * password and require it (scram-sha-256) from then on; each later start finds the marker.
   */
  private void requirePassword(Path pgdata) throws IOException {
    Path hba = pgdata.resolve("pg_hba.conf");
    if (Files.readString(hba, StandardCharsets.UTF_8).contains(HBA_MARKER)) {
      return;
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, password);
        Statement s = c.createStatement()) {
      s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
      Files.writeString(
          hba,
          String.join(
              "\n",
              List.of(
                  HBA_MARKER,
                  "# Only TCP on loopback, only with the password in the data directory's postgres.password.",
                  "host all all 127.0.0.1/32 scram-sha-256",
                  "host all all ::1/128 scram-sha-256",
                  "")),
          StandardCharsets.UTF_8);
      s.execute("SELECT pg_reload_conf()");
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "the embedded PostgreSQL's password could not be set: " + e.getMessage(), e);
    }
  }

  /**
   * The generated password, created on first start and readable only by the owner where the file
   * system allows.
   */
  private static String password(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String pw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, pw + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Windows: the data directory's ACL protects it.
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    return pw;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  int port() {
    return port;
  }

  String password() {
    return password;
  }

  /**
   * Makes the schema's owner and the server's role, each with its own generated password in its own
   * file beside the superuser's ({@code owner.password}, {@code server.password}); the server
   * process reads the owner's only to migrate.
   *
   * @return the owner's password
   * @throws DatabaseUnavailableException if the roles cannot be made
   */
  String roles() {
    Path dataDir = pgdata.toAbsolutePath().resolveSibling(".");
    try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, password)) {
      String owner = password(dataDir.resolve("owner.password"));
      String server = password(dataDir.resolve("server.password"));
      Privileges.embeddedRoles(c, owner, server);
      this.serverPassword = server;
      return owner;
    } catch (IOException | SQLException e) {
      throw new DatabaseUnavailableException(
          "the embedded PostgreSQL's roles could not be made: " + e.getMessage(), e);
    }
  }

  /** The server role's password, once {@link #roles()} has run. */
  String serverPassword() {
    String pw = serverPassword;
    if (pw == null) {
      throw new IllegalStateException("roles() first");
    }
    return pw;
  }

  @Override
  public void close() {
    closing = true;
    watchdog.shutdownNow();
    try {
      synchronized (this) {
        postgres.close();
      }
    } catch (IOException e) {
      LOG.error("The embedded PostgreSQL did not stop cleanly; the next start recovers", e);
    }
    try {
      lock.release();
    } catch (IOException e) {
      LOG.warn("Could not release the data directory lock", e);
    }
    close(lockChannel);
  }

  private static void close(@Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.warn("Could not close the data directory lock", e);
      }
    }
  }
}
