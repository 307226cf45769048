package se.skapa.app.access;

import java.time.Instant;
import java.util.Optional;
import se.skapa.app.port.Tx;

/**
 * Signed-in sessions, kept by the hash of their token. A port of stored mode: its implementation
 * takes part in the transaction of the {@link Tx} it is asked from, and every query names its
 * organisation.
 */
public interface SessionStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static SessionStore in(Tx tx) {
    return tx.port(SessionStore.class);
  }

  /**
   * Stores a signed-in session; only the hash of its token is kept.
   *
   * @param tokenHash the hash of the session token; not null
   * @param session the session; not null
   */
  void insertSession(byte[] tokenHash, Session session);

  /**
   * @param tokenHash the hash of a presented token; not null
   * @return the session; empty if there is none
   */
  Optional<Session> session(byte[] tokenHash);

  /**
   * Records activity; implementations may skip the write when the last record is recent.
   *
   * @param tokenHash the session's token hash; not null
   * @param at when; not null
   */
  void touchSession(byte[] tokenHash, Instant at);

  /**
   * Ends a session (sign-out).
   *
   * @param tokenHash the session's token hash; not null
   */
  void deleteSession(byte[] tokenHash);

  /**
   * Ends sessions idle since {@code idleBefore} or begun before {@code createdBefore}.
   *
   * @param idleBefore sessions last used before this end; not null
   * @param createdBefore sessions begun before this end; not null
   * @return sessions ended
   */
  int deleteExpiredSessions(Instant idleBefore, Instant createdBefore);
}
