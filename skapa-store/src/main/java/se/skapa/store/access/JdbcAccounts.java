package se.skapa.store.access;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.AccountStore;
import se.skapa.app.access.Secrets;
import se.skapa.app.access.UserAccount;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link AccountStore} on the tables {@code users} and {@code sign_in_failures}. */
public final class JdbcAccounts implements AccountStore {

  /** The columns {@link #account} reads, from {@code users u}. */
  static final String USER_COLUMNS =
      "u.id, u.org_id, u.username, u.roles, u.created_at, u.services";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcAccounts(Sql sql) {
    this.sql = sql;
  }

  @Override
  public boolean insertUser(UserAccount a, String passwordHash) {
    return sql.update(
            "INSERT INTO users (org_id, id, username, roles, password_hash, created_at, services)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING",
            a.organisation().value(),
            a.id().value(),
            a.username().value(),
            sql.roles(a.roles()),
            passwordHash,
            ts(a.created()),
            Sql.services(sql, a.services()))
        == 1;
  }

  @Override
  public Optional<Credentials> user(OrganisationId org, Pseudonym username) {
    return sql.one(
        "SELECT "
            + USER_COLUMNS
            + ", u.password_hash FROM users u WHERE u.org_id = ? AND u.username = ?"
            + " AND NOT u.disabled",
        rs -> new Credentials(account(rs), rs.getString("password_hash")),
        org.value(),
        username.value());
  }

  @Override
  public List<UserAccount> users(OrganisationId org) {
    return sql.list(
        "SELECT " + USER_COLUMNS + " FROM users u WHERE u.org_id = ? ORDER BY u.username",
        JdbcAccounts::account,
        org.value());
  }

  static UserAccount account(ResultSet rs) throws SQLException {
    return new UserAccount(
        new KeyId(rs.getObject("id", UUID.class)),
        OrganisationId.of(rs.getString("org_id")),
        Pseudonym.of(rs.getString("username")),
        Sql.roles(rs.getArray("roles")),
        at(rs, "created_at"),
        Sql.services(rs.getArray("services")));
  }

  @Override
  public Failures signInFailures(
      OrganisationId org, Pseudonym username, String address, Instant since) {
    return sql.one(
            "SELECT count(*) FILTER (WHERE org_id = ? AND username_hash = ?) AS account,"
                + " count(*) AS address FROM sign_in_failures"
                + " WHERE address_hash = ? AND failed_at >= ?",
            rs -> new Failures(rs.getInt("account"), rs.getInt("address")),
            org.value(),
            Secrets.hash(username.value()),
            Secrets.hash(address),
            ts(since))
        .orElse(new Failures(0, 0));
  }

  @Override
  public void recordSignInFailure(
      OrganisationId org, Pseudonym username, String address, Instant at) {
    sql.update(
        "INSERT INTO sign_in_failures (org_id, username_hash, address_hash, failed_at)"
            + " VALUES (?, ?, ?, ?)",
        org.value(),
        Secrets.hash(username.value()),
        Secrets.hash(address),
        ts(at));
  }

  @Override
  public void clearSignInFailures(OrganisationId org, Pseudonym username, String address) {
    sql.update(
        "DELETE FROM sign_in_failures WHERE org_id = ? AND username_hash = ? AND address_hash = ?",
        org.value(),
        Secrets.hash(username.value()),
        Secrets.hash(address));
  }

  @Override
  public int unlock(OrganisationId org, Pseudonym username) {
    return sql.update(
        "DELETE FROM sign_in_failures WHERE org_id = ? AND username_hash = ?",
        org.value(),
        Secrets.hash(username.value()));
  }

  @Override
  public void setRoles(
      OrganisationId org, Pseudonym username, java.util.Set<se.skapa.app.Role> roles) {
    sql.update(
        "UPDATE users SET roles = ? WHERE org_id = ? AND username = ?",
        sql.roles(roles),
        org.value(),
        username.value());
  }

  @Override
  public boolean setPasswordHash(OrganisationId org, Pseudonym username, String hash) {
    return sql.update(
            "UPDATE users SET password_hash = ? WHERE org_id = ? AND username = ?",
            hash,
            org.value(),
            username.value())
        == 1;
  }

  @Override
  public boolean setDisabled(OrganisationId org, Pseudonym username, boolean disabled) {
    return sql.update(
            "UPDATE users SET disabled = ? WHERE org_id = ? AND username = ?",
            disabled,
            org.value(),
            username.value())
        == 1;
  }

  @Override
  public List<Pseudonym> disabled(OrganisationId org) {
    return sql.list(
        "SELECT username FROM users WHERE org_id = ? AND disabled ORDER BY username",
        rs -> Pseudonym.of(rs.getString("username")),
        org.value());
  }

  @Override
  public int endSessions(OrganisationId org, Pseudonym username) {
    return sql.update(
        "DELETE FROM sessions WHERE org_id = ? AND username = ?", org.value(), username.value());
  }
}
