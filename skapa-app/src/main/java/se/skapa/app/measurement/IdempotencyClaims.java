package se.skapa.app.measurement;

import java.time.Instant;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Idempotency-Keys claimed by requests that record a measurement. A port of stored mode: its
 * implementation takes part in the transaction of the {@link Tx} it is asked from, and every query
 * names its organisation.
 */
public interface IdempotencyClaims {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static IdempotencyClaims in(Tx tx) {
    return tx.port(IdempotencyClaims.class);
  }

  /**
   * Claims an Idempotency-Key for a request. Waits for a concurrent claim of the same key to end.
   *
   * @return empty if this call claimed it; else the earlier claim
   * @param organisation the organisation; not null
   * @param key the client's Idempotency-Key; not null
   * @param fingerprint a hash of what the request sent; not null
   * @param id the measurement this request creates; not null
   * @param participant whose measurement it is, so erasure can remove the claim; not null
   * @param at when; not null
   */
  Optional<IdempotentClaim> claimIdempotencyKey(
      OrganisationId organisation,
      String key,
      String fingerprint,
      MeasurementId id,
      Pseudonym participant,
      Instant at);

  /**
   * An earlier request's claim of an Idempotency-Key: what it sent (a hash) and what it created.
   *
   * @param fingerprint the hash of what the earlier request sent
   * @param created the measurement it created
   */
  record IdempotentClaim(String fingerprint, MeasurementId created) {}
}
