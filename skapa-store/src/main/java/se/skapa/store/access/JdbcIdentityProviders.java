package se.skapa.store.access;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.access.IdentityProvider;
import se.skapa.app.access.IdentityProviderStore;
import se.skapa.store.sql.Sql;

/**
 * {@link IdentityProviderStore} on the tables {@code identity_providers} and {@code oidc_pending}.
 */
public final class JdbcIdentityProviders implements IdentityProviderStore {

  private static final String COLUMNS =
      "org_id, issuer, client_id, client_secret_variable, staff_claim, roles_claim, role_values,"
          + " role_codes, api_audience, passwords_allowed";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcIdentityProviders(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void put(IdentityProvider p) {
    List<String> values = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    p.roleValues().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              values.add(e.getKey());
              codes.add(e.getValue().code());
            });
    sql.update(
        "INSERT INTO identity_providers ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET"
            + " issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,"
            + " client_secret_variable = EXCLUDED.client_secret_variable,"
            + " staff_claim = EXCLUDED.staff_claim, roles_claim = EXCLUDED.roles_claim,"
            + " role_values = EXCLUDED.role_values, role_codes = EXCLUDED.role_codes,"
            + " api_audience = EXCLUDED.api_audience,"
            + " passwords_allowed = EXCLUDED.passwords_allowed",
        p.organisation().value(),
        p.issuer(),
        p.clientId(),
        p.clientSecretVariable().orElse(null),
        p.staffClaim(),
        p.rolesClaim().orElse(null),
        sql.textArray(List.copyOf(values)),
        sql.textArray(List.copyOf(codes)),
        p.apiAudience().orElse(null),
        p.passwordsAllowed());
  }

  @Override
  public Optional<IdentityProvider> get(OrganisationId org) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM identity_providers WHERE org_id = ?",
        JdbcIdentityProviders::provider,
        org.value());
  }

  @Override
  public List<IdentityProvider> byIssuer(String issuer) {
    return sql.list(
        "SELECT " + COLUMNS + " FROM identity_providers WHERE issuer = ? ORDER BY org_id",
        JdbcIdentityProviders::provider,
        issuer);
  }

  @Override
  public void begin(Pending p) {
    sql.update(
        "INSERT INTO oidc_pending (state_hash, org_id, nonce, verifier, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        p.stateHash(),
        p.organisation().value(),
        p.nonce(),
        p.verifier(),
        ts(p.created()));
  }

  @Override
  public Optional<Pending> take(byte[] stateHash) {
    return sql.one(
        "DELETE FROM oidc_pending WHERE state_hash = ?"
            + " RETURNING state_hash, org_id, nonce, verifier, created_at",
        rs ->
            new Pending(
                rs.getBytes("state_hash"),
                OrganisationId.of(rs.getString("org_id")),
                rs.getString("nonce"),
                rs.getString("verifier"),
                at(rs, "created_at")),
        stateHash);
  }

  @Override
  public int forgetPending(Instant before) {
    return sql.update("DELETE FROM oidc_pending WHERE created_at < ?", ts(before));
  }

  private static IdentityProvider provider(ResultSet rs) throws SQLException {
    String[] values = (String[]) rs.getArray("role_values").getArray();
    String[] codes = (String[]) rs.getArray("role_codes").getArray();
    Map<String, Role> map = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(values[i], Role.of(codes[i]));
    }
    return new IdentityProvider(
        OrganisationId.of(rs.getString("org_id")),
        rs.getString("issuer"),
        rs.getString("client_id"),
        Optional.ofNullable(rs.getString("client_secret_variable")),
        rs.getString("staff_claim"),
        Optional.ofNullable(rs.getString("roles_claim")),
        map,
        Optional.ofNullable(rs.getString("api_audience")),
        rs.getBoolean("passwords_allowed"));
  }
}
