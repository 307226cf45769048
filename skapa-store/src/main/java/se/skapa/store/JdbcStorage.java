package se.skapa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import se.skapa.app.StoredModeException;
import se.skapa.app.port.Storage;
import se.skapa.app.port.StorageException;
import se.skapa.app.port.Tx;

/** {@link Storage} on PostgreSQL: one connection, one transaction (READ COMMITTED) per use case. */
public final class JdbcStorage implements Storage {

  private static final String UNIQUE_VIOLATION = "23505";

  /** Readiness probes: one daemon thread, never the common pool. */
  private static final Executor PROBES =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "skapa-readiness");
            t.setDaemon(true);
            return t;
          });

  private final DataSource dataSource;
  private @Nullable CompletableFuture<Boolean> probe;

  public JdbcStorage(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public <T> T transaction(Function<Tx, T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.apply(new JdbcTx(c));
        c.commit();
        return result;
      } catch (RuntimeException e) {
        rollback(c, e);
        if (e instanceof StorageException se
            && se.getCause() instanceof SQLException sql
            && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          // Only a race reaches the database's own unique check; the use cases check first.
          throw StoredModeException.conflict(
              "a concurrent request stored the same thing first; read it and retry", null);
        }
        throw e;
      } catch (Error e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException("the database could not be reached or refused the transaction", e);
    }
  }

  /** One read in auto-commit: no BEGIN and COMMIT around the statement. */
  @Override
  public <T> T read(Function<Tx, T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return work.apply(new JdbcTx(c));
    } catch (SQLException e) {
      throw new StorageException("the database could not be reached or refused the read", e);
    }
  }

  /**
   * A connection that answers {@code isValid} in time. The probe runs on a thread of its own, so
   * that a pool waiting for a dead database cannot hold the readiness check past its timeout; while
   * one probe still waits, the next check waits for it rather than starting another.
   */
  @Override
  public boolean reachable(Duration timeout) {
    CompletableFuture<Boolean> probe;
    synchronized (this) {
      probe = this.probe;
      if (probe == null || probe.isDone()) {
        probe =
            CompletableFuture.supplyAsync(
                () -> {
                  try (Connection c = dataSource.getConnection()) {
                    return c.isValid((int) Math.max(1, timeout.toSeconds()));
                  } catch (SQLException e) {
                    return false;
                  }
                },
                PROBES);
        this.probe = probe;
      }
    }
    try {
      return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
