package se.skapa.app.measurement;

import java.time.Instant;
import java.util.Objects;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.core.common.Pseudonym;

/**
 * Where a stored version came from.
 *
 * @param version 1 for the first recording, +1 per correction
 * @param recordedByKey the key that wrote this version
 * @param recordedBy that key's holder
 * @param recordedAt when this version was written
 */
public record Provenance(
    MeasurementId id,
    OrganisationId organisation,
    int version,
    KeyId recordedByKey,
    Pseudonym recordedBy,
    Instant recordedAt) {

  /**
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param version 1 for the first recording, +1 per correction
   * @param recordedByKey the key that wrote this version; not null
   * @param recordedBy that key's holder; not null
   * @param recordedAt when this version was written; not null
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the version is below 1
   */
  public Provenance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, got " + version);
    }
    Objects.requireNonNull(recordedByKey, "recordedByKey");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
