package se.skapa.app.measurement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.consent.ParticipantScope;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ValidMeasurement;

/**
 * Recording, reading and correcting measurements: the handledare's use cases. Every write and every
 * read of one person's measurement leaves a line in the audit trail, in the same transaction.
 */
public final class Measurements {

  private final Storage storage;
  private final Clock clock;
  private final InstrumentCatalog catalog;
  private final Set<String> knownServices = ConcurrentHashMap.newKeySet();

  /**
   * @param storage where measurements are kept; not null
   * @param clock "today" for the future-date rule and "now" for the audit; not null
   * @param catalog the instruments measurements may name; not null
   */
  public Measurements(Storage storage, Clock clock, InstrumentCatalog catalog) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * A recorded measurement.
   *
   * @param replayed true if an earlier request with the same Idempotency-Key stored it
   * @param measurement the stored measurement
   */
  public record Recorded(StoredMeasurement measurement, boolean replayed) {}

  /**
   * Records a new measurement taken at {@code service}.
   *
   * @param idempotencyKey if present, a retry with the same key and fingerprint returns the first
   *     recording instead of storing again
   * @param fingerprint a hash of the request, to tell a retry from a different request
   * @throws ValidationException on any measurement rule, or rule {@code unknown-service} at {@code
   *     /service}
   * @throws StoredModeException CONFLICT naming the existing id if the organisation has a
   *     measurement of the same participant, instrument, respondent and date; IDEMPOTENCY_MISMATCH
   *     if the key was used for another request
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service where it was taken; not null
   * @param measurement the measurement; not null
   * @return the stored measurement, version 1
   */
  public Recorded record(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      Measurement measurement,
      Optional<String> idempotencyKey,
      String fingerprint) {
    actor.require(org, Role.HANDLEDARE);
    actor.requireService(service);
    ValidMeasurement valid = validate(measurement);
    Instant at = clock.instant();
    MeasurementId id = MeasurementId.random();
    Provenance provenance = new Provenance(id, org, 1, actor.key(), actor.holder(), at);
    return storage.transaction(
        tx -> {
          if (idempotencyKey.isPresent()) {
            Optional<IdempotencyClaims.IdempotentClaim> earlier =
                IdempotencyClaims.in(tx)
                    .claimIdempotencyKey(
                        org, idempotencyKey.get(), fingerprint, id, measurement.participant(), at);
            if (earlier.isPresent()) {
              return replay(tx, org, earlier.get(), fingerprint);
            }
          }
          requireService(tx, org, service);
          Optional<MeasurementId> existing =
              MeasurementStore.in(tx).insertMeasurement(provenance, service, valid);
          if (existing.isPresent()) {
            throw duplicate(measurement, existing.get());
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      at,
                      "measurement.recorded",
                      "measurements/" + id,
                      measurement.participant()));
          return new Recorded(new StoredMeasurement(provenance, service, measurement), false);
        });
  }

  /**
   * Records the ratings of one conversation (the participant's and the handledare's, taken at one
   * service) in one transaction: all of them or none.
   *
   * @throws ValidationException on any rule, pointers under {@code /<index>} of {@code
   *     measurements}
   * @throws StoredModeException CONFLICT naming the existing id of a duplicate
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service where they were taken; not null
   * @param measurements the ratings of one conversation; not null
   * @return the stored measurements, in order
   */
  public List<StoredMeasurement> recordAll(
      Actor actor, OrganisationId org, ServiceId service, List<Measurement> measurements) {
    actor.require(org, Role.HANDLEDARE);
    actor.requireService(service);
    if (measurements.isEmpty()) {
      throw ValidationException.of("", "non-empty", "nothing to record: no indicator was rated");
    }
    Violations v = new Violations();
    List<ValidMeasurement> valid = new ArrayList<>();
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      ValidMeasurement ok = v.attempt("/" + i, () -> validate(m));
      if (ok != null) {
        valid.add(ok);
      }
    }
    v.throwIfAny();
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          requireService(tx, org, service);
          List<StoredMeasurement> stored = new ArrayList<>();
          for (ValidMeasurement m : valid) {
            Provenance provenance =
                new Provenance(MeasurementId.random(), org, 1, actor.key(), actor.holder(), at);
            Optional<MeasurementId> existing =
                MeasurementStore.in(tx).insertMeasurement(provenance, service, m);
            if (existing.isPresent()) {
              throw duplicate(m.measurement(), existing.get());
            }
            AuditLog.in(tx)
                .audit(
                    AuditEntry.of(
                        actor,
                        at,
                        "measurement.recorded",
                        "measurements/" + provenance.id(),
                        m.measurement().participant()));
            stored.add(new StoredMeasurement(provenance, service, m.measurement()));
          }
          return stored;
        });
  }

  /**
   * @throws StoredModeException NOT_FOUND if the organisation has no such measurement
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param id the measurement; not null
   * @return its current version
   */
  public StoredMeasurement get(Actor actor, OrganisationId org, MeasurementId id) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          StoredMeasurement m =
              MeasurementStore.in(tx)
                  .measurement(org, id)
                  .filter(found -> seen(tx, actor, org, found))
                  .orElseThrow(() -> notFound(id));
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "measurement.read",
                      "measurements/" + id,
                      m.measurement().participant()));
          return m;
        });
  }

  /**
   * Corrects a measurement: a new version, the earlier ones kept.
   *
   * @param expectedVersion the version the caller corrects (from its ETag)
   * @throws StoredModeException NOT_FOUND; STALE if another correction came first; CONFLICT if the
   *     corrected measurement collides with another one
   * @throws ValidationException on any measurement rule, or rule {@code participant} if the
   *     participant changes
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the measurement; not null
   * @param service where it was taken; not null
   * @param measurement the corrected measurement; not null
   * @return the new version
   */
  public StoredMeasurement correct(
      Actor actor,
      OrganisationId org,
      MeasurementId id,
      int expectedVersion,
      ServiceId service,
      Measurement measurement) {
    actor.require(org, Role.HANDLEDARE);
    actor.requireService(service);
    ValidMeasurement valid = validate(measurement);
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          StoredMeasurement current =
              MeasurementStore.in(tx)
                  .measurement(org, id)
                  .filter(found -> seen(tx, actor, org, found))
                  .orElseThrow(() -> notFound(id));
          if (!current.measurement().participant().equals(measurement.participant())) {
            // A measurement of the wrong person is erased and recorded anew; a correction never
            // moves data between people.
            throw ValidationException.of(
                "/participant",
                "participant",
                "a correction cannot change the participant ("
                    + current.measurement().participant()
                    + "); record the measurement for the right participant and erase this one");
          }
          if (current.version() != expectedVersion) {
            throw stale(id, expectedVersion, current.version());
          }
          requireService(tx, org, service);
          Optional<MeasurementId> same =
              MeasurementStore.in(tx)
                  .sameMeasurement(
                      org,
                      measurement.participant(),
                      measurement.instrumentId(),
                      measurement.respondent(),
                      measurement.date(),
                      Optional.of(id));
          if (same.isPresent()) {
            throw duplicate(measurement, same.get());
          }
          Provenance next =
              new Provenance(id, org, expectedVersion + 1, actor.key(), actor.holder(), at);
          if (!MeasurementStore.in(tx).correctMeasurement(next, service, valid)) {
            throw stale(id, expectedVersion, expectedVersion + 1);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      at,
                      "measurement.corrected",
                      "measurements/" + id,
                      measurement.participant()));
          return new StoredMeasurement(next, service, measurement);
        });
  }

  /**
   * Every version, oldest first, with who wrote it and when.
   *
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param id the measurement; not null
   * @return every version
   * @throws StoredModeException NOT_FOUND if the organisation has no such measurement
   */
  public List<StoredMeasurement> history(Actor actor, OrganisationId org, MeasurementId id) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          List<StoredMeasurement> versions = MeasurementStore.in(tx).history(org, id);
          if (versions.isEmpty() || !seen(tx, actor, org, versions.get(versions.size() - 1))) {
            throw notFound(id);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "measurement.history.read",
                      "measurements/" + id + "/history",
                      versions.get(0).measurement().participant()));
          return versions;
        });
  }

  /**
   * The service rule, remembered once it held: services are never deleted, so a service seen once
   * exists for good, and recording spares the lookup on every request after the first.
   */
  private void requireService(Tx tx, OrganisationId org, ServiceId service) {
    String key = org.value() + "/" + service.value();
    if (!knownServices.contains(key)) {
      Organisations.requireService(tx, org, service);
      knownServices.add(key);
    }
  }

  private ValidMeasurement validate(Measurement m) {
    return validate(catalog, clock, m);
  }

  /** Every rule of a measurement, its instrument resolved from the catalogue, as of today. */
  static ValidMeasurement validate(InstrumentCatalog catalog, Clock clock, Measurement m) {
    Instrument instrument = catalog.require(m.instrumentId(), Optional.of(m.instrumentVersion()));
    return ValidMeasurement.check(instrument, m, LocalDate.now(clock));
  }

  private Recorded replay(
      Tx tx, OrganisationId org, IdempotencyClaims.IdempotentClaim claim, String fingerprint) {
    if (!claim.fingerprint().equals(fingerprint)) {
      throw StoredModeException.idempotencyMismatch(
          "this Idempotency-Key was used for a different request; "
              + "use a new key for a new measurement");
    }
    List<StoredMeasurement> versions = MeasurementStore.in(tx).history(org, claim.created());
    if (versions.isEmpty()) {
      throw StoredModeException.notFound(
          "the measurement this Idempotency-Key created no longer exists");
    }
    return new Recorded(versions.get(0), true);
  }

  private static StoredModeException duplicate(Measurement m, MeasurementId existing) {
    return StoredModeException.conflict(
        "participant "
            + m.participant()
            + " already has a "
            + m.respondent()
            + " measurement of "
            + m.instrumentId()
            + " on "
            + m.date()
            + ": "
            + existing
            + "; correct that one with PUT instead",
        "measurements/" + existing);
  }

  private static StoredModeException stale(MeasurementId id, int expected, int current) {
    return StoredModeException.stale(
        "measurement "
            + id
            + " is at version "
            + current
            + ", not "
            + expected
            + ": someone corrected it since you read it; read it again and redo your correction");
  }

  private static StoredModeException notFound(MeasurementId id) {
    return StoredModeException.notFound("no measurement " + id);
  }

  /** Whether the actor sees this measurement of a participant (secrecy between services). */
  private boolean seen(Tx tx, Actor actor, OrganisationId org, StoredMeasurement m) {
    return ParticipantScope.visible(
            tx, actor, org, m.measurement().participant(), LocalDate.now(clock))
        .test(m.service());
  }
}
