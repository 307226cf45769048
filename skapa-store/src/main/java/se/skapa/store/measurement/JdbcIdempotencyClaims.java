package se.skapa.store.measurement;

import static se.skapa.store.sql.Sql.ts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.measurement.IdempotencyClaims;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link IdempotencyClaims} on the table {@code idempotency_keys}. */
public final class JdbcIdempotencyClaims implements IdempotencyClaims {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcIdempotencyClaims(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<IdempotentClaim> claimIdempotencyKey(
      OrganisationId org,
      String key,
      String fingerprint,
      MeasurementId id,
      Pseudonym participant,
      Instant at) {
    int claimed =
        sql.update(
            "INSERT INTO idempotency_keys (org_id, key, fingerprint, measurement_id, participant, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            org.value(),
            key,
            fingerprint,
            id.value(),
            participant.value(),
            ts(at));
    if (claimed == 1) {
      return Optional.empty();
    }
    return sql.one(
        "SELECT fingerprint, measurement_id FROM idempotency_keys WHERE org_id = ? AND key = ?",
        rs ->
            new IdempotentClaim(
                rs.getString("fingerprint"),
                new MeasurementId(rs.getObject("measurement_id", UUID.class))),
        org.value(),
        key);
  }
}
