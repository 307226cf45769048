package se.skapa.app.port;

import java.time.Duration;
import java.util.function.Function;

/**
 * Where stored mode keeps its data. Every use case runs as one transaction: its writes and its
 * audit lines happen whole or not at all.
 */
public interface Storage {

  /**
   * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
   *
   * @throws RuntimeException whatever {@code work} throws, after rollback
   * @param <T> what the work returns
   * @param work the use case's reads and writes; not null
   * @return what {@code work} returned
   */
  <T> T transaction(Function<Tx, T> work);

  /**
   * Runs {@code work}, which only reads, as a single statement's worth of work: an implementation
   * may skip the transaction's commit (the JDBC storage runs it in auto-commit). Use it where one
   * read stands alone, as the key lookup of every request does.
   *
   * @param <T> what the work returns
   * @param work reads only; not null
   * @return what {@code work} returned
   * @throws RuntimeException whatever {@code work} throws
   */
  default <T> T read(Function<Tx, T> work) {
    return transaction(work);
  }

  /**
   * Whether the storage answers now, within {@code timeout}: what a readiness check asks. Never
   * throws and never waits longer than the timeout.
   *
   * @param timeout how long to wait at most; not null
   * @return true if a trivial read succeeded in time
   */
  default boolean reachable(Duration timeout) {
    return true;
  }
}
