package se.skapa.store.access;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.time.Instant;
import java.util.Optional;
import se.skapa.app.access.Session;
import se.skapa.app.access.SessionStore;
import se.skapa.store.sql.Sql;

/** {@link SessionStore} on the table {@code sessions}. */
public final class JdbcSessions implements SessionStore {

  /** A session's last activity is recorded to the minute: the idle timeout needs no finer. */
  private static final String TOUCH_INTERVAL = "1 minute";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcSessions(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insertSession(byte[] tokenHash, Session s) {
    sql.update(
        "INSERT INTO sessions (token_sha256, org_id, username, csrf, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)",
        tokenHash,
        s.account().organisation().value(),
        s.account().username().value(),
        s.csrf(),
        ts(s.created()),
        ts(s.lastSeen()));
  }

  @Override
  public Optional<Session> session(byte[] tokenHash) {
    return sql.one(
        "SELECT "
            + JdbcAccounts.USER_COLUMNS
            + ", s.csrf, s.created_at AS session_created_at, s.last_seen_at FROM sessions s JOIN users u "
            + "ON u.org_id = s.org_id AND u.username = s.username WHERE s.token_sha256 = ?",
        rs ->
            new Session(
                JdbcAccounts.account(rs),
                rs.getString("csrf"),
                at(rs, "session_created_at"),
                at(rs, "last_seen_at")),
        tokenHash);
  }

  @Override
  public void touchSession(byte[] tokenHash, Instant at) {
    sql.update(
        "UPDATE sessions SET last_seen_at = ? WHERE token_sha256 = ? AND last_seen_at < ?::timestamptz - interval '"
            + TOUCH_INTERVAL
            + "'",
        ts(at),
        tokenHash,
        ts(at));
  }

  @Override
  public void deleteSession(byte[] tokenHash) {
    sql.update("DELETE FROM sessions WHERE token_sha256 = ?", tokenHash);
  }

  @Override
  public int deleteExpiredSessions(Instant idleBefore, Instant createdBefore) {
    sql.update("DELETE FROM sign_in_failures WHERE failed_at < ?", ts(createdBefore));
    // Sign-ins with the identity provider that never came back: housekeeping's, as failures are.
    sql.update("DELETE FROM oidc_pending WHERE created_at < ?", ts(idleBefore));
    return sql.update(
        "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?",
        ts(idleBefore),
        ts(createdBefore));
  }
}
