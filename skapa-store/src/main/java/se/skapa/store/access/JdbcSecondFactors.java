package se.skapa.store.access;

import static se.skapa.store.sql.Sql.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.SecondFactorStore;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link SecondFactorStore} on the tables {@code second_factors} and {@code recovery_codes}. */
public final class JdbcSecondFactors implements SecondFactorStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcSecondFactors(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<Factor> factor(OrganisationId org, Pseudonym username) {
    return sql.one(
        "SELECT secret, pending, last_step FROM second_factors WHERE org_id = ? AND username = ?",
        rs ->
            new Factor(
                Optional.ofNullable(rs.getBytes("secret")),
                Optional.ofNullable(rs.getBytes("pending")),
                rs.getLong("last_step")),
        org.value(),
        username.value());
  }

  @Override
  public void begin(OrganisationId org, Pseudonym username, byte[] secret) {
    sql.update(
        "INSERT INTO second_factors (org_id, username, pending) VALUES (?, ?, ?)"
            + " ON CONFLICT (org_id, username) DO UPDATE SET pending = EXCLUDED.pending",
        org.value(),
        username.value(),
        secret);
  }

  @Override
  public void confirm(OrganisationId org, Pseudonym username, long step, Instant at) {
    sql.update(
        "UPDATE second_factors SET secret = pending, pending = NULL, last_step = ?,"
            + " confirmed_at = ? WHERE org_id = ? AND username = ? AND pending IS NOT NULL",
        step,
        ts(at),
        org.value(),
        username.value());
  }

  @Override
  public boolean advance(OrganisationId org, Pseudonym username, long step) {
    return sql.update(
            "UPDATE second_factors SET last_step = ? WHERE org_id = ? AND username = ?"
                + " AND last_step < ?",
            step,
            org.value(),
            username.value(),
            step)
        == 1;
  }

  @Override
  public void replaceRecoveryCodes(OrganisationId org, Pseudonym username, List<byte[]> hashes) {
    sql.update(
        "DELETE FROM recovery_codes WHERE org_id = ? AND username = ?",
        org.value(),
        username.value());
    for (byte[] h : hashes) {
      sql.update(
          "INSERT INTO recovery_codes (org_id, username, code_hash) VALUES (?, ?, ?)",
          org.value(),
          username.value(),
          h);
    }
  }

  @Override
  public boolean useRecoveryCode(OrganisationId org, Pseudonym username, byte[] codeHash) {
    return sql.update(
            "DELETE FROM recovery_codes WHERE org_id = ? AND username = ? AND code_hash = ?",
            org.value(),
            username.value(),
            codeHash)
        == 1;
  }

  @Override
  public boolean remove(OrganisationId org, Pseudonym username) {
    sql.update(
        "DELETE FROM recovery_codes WHERE org_id = ? AND username = ?",
        org.value(),
        username.value());
    return sql.update(
            "DELETE FROM second_factors WHERE org_id = ? AND username = ?",
            org.value(),
            username.value())
        == 1;
  }

  @Override
  public boolean required(OrganisationId org) {
    return sql.one(
            "SELECT require_second_factor FROM organisations WHERE id = ?",
            rs -> rs.getBoolean(1),
            org.value())
        .orElse(false);
  }

  @Override
  public void setRequired(OrganisationId org, boolean required) {
    sql.update(
        "UPDATE organisations SET require_second_factor = ? WHERE id = ?", required, org.value());
  }
}
