package se.skapa.store.access;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.instant;
import static se.skapa.store.sql.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.ApiKey;
import se.skapa.app.access.KeyStore;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link KeyStore} on the table {@code api_keys}. */
public final class JdbcKeys implements KeyStore {

  private static final String COLUMNS =
      "id, org_id, holder, roles, created_at, revoked_at, last_used_at, services";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcKeys(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insertKey(ApiKey k, byte[] hash) {
    sql.update(
        "INSERT INTO api_keys (id, org_id, holder, roles, secret_sha256, created_at, services)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        k.id().value(),
        k.organisation().value(),
        k.holder().value(),
        sql.roles(k.roles()),
        hash,
        ts(k.created()),
        Sql.services(sql, k.services()));
  }

  @Override
  public Optional<ApiKey> activeKeyByHash(byte[] hash) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM api_keys WHERE secret_sha256 = ? AND revoked_at IS NULL",
        JdbcKeys::key,
        hash);
  }

  @Override
  public List<ApiKey> keys(OrganisationId org) {
    return sql.list(
        "SELECT " + COLUMNS + " FROM api_keys WHERE org_id = ? ORDER BY created_at, holder, id",
        JdbcKeys::key,
        org.value());
  }

  @Override
  public boolean revokeKey(OrganisationId org, KeyId id, Instant at) {
    return sql.update(
            "UPDATE api_keys SET revoked_at = ? WHERE org_id = ? AND id = ? AND revoked_at IS NULL",
            ts(at),
            org.value(),
            id.value())
        == 1;
  }

  @Override
  public void touchKey(KeyId id, Instant at) {
    // How often this is called is the use case's rule (Organisations: once a minute per key).
    sql.update("UPDATE api_keys SET last_used_at = ? WHERE id = ?", ts(at), id.value());
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    return new ApiKey(
        new KeyId(rs.getObject("id", UUID.class)),
        OrganisationId.of(rs.getString("org_id")),
        Pseudonym.of(rs.getString("holder")),
        Sql.roles(rs.getArray("roles")),
        at(rs, "created_at"),
        instant(rs, "revoked_at"),
        instant(rs, "last_used_at"),
        Sql.services(rs.getArray("services")));
  }
}
