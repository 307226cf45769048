package se.skapa.app.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Recording, reading and withdrawing a participant's consent to share between services. Recorded by
 * a handledare of one of the services (or one of every service), audited, erased with the
 * participant.
 */
public final class Consents {

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where consents are kept; not null
   * @param clock "today", after which a consent cannot be given; not null
   */
  public Consents(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records that the participant consents to the services sharing their data, from {@code given}.
   *
   * @param actor a handledare of one of the services; not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @param services two or more services of the organisation; not null
   * @param given the first day the consent holds; not after today; not null
   * @return the consent
   * @throws ValidationException rule {@code size} at {@code /services} for fewer than two, {@code
   *     unknown-service}, {@code future-date} at {@code /given}
   * @throws StoredModeException FORBIDDEN if the actor works in none of the services
   */
  public Consent record(
      Actor actor,
      OrganisationId org,
      Pseudonym participant,
      Set<ServiceId> services,
      LocalDate given) {
    actor.require(org, Role.HANDLEDARE);
    Violations v = new Violations();
    v.check(
        services.size() >= 2, "/services", "size", "a consent to share names two services or more");
    v.check(
        !given.isAfter(LocalDate.now(clock)),
        "/given",
        "future-date",
        "a consent is recorded once given: " + given + " is after today");
    v.throwIfAny();
    if (services.stream().noneMatch(actor::serves)) {
      throw StoredModeException.forbidden(
          "a consent is recorded by a handledare of one of the services it names");
    }
    return storage.transaction(
        tx -> {
          for (ServiceId s :
              services.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList()) {
            Organisations.requireService(tx, org, s);
          }
          Consent c =
              new Consent(
                  UUID.randomUUID(),
                  org,
                  participant,
                  services,
                  given,
                  Optional.empty(),
                  actor.holder(),
                  clock.instant());
          ConsentStore.in(tx).insert(c);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      c.recordedAt(),
                      "consent.recorded",
                      "consents/" + c.id(),
                      participant));
          return c;
        });
  }

  /**
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @return the participant's consents that name a service the actor works in, oldest first
   */
  public List<Consent> ofParticipant(Actor actor, OrganisationId org, Pseudonym participant) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          List<Consent> all =
              ConsentStore.in(tx).ofParticipant(org, participant).stream()
                  .filter(c -> c.services().stream().anyMatch(actor::serves))
                  .toList();
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "consents.read",
                      "participants/consents",
                      participant));
          return all;
        });
  }

  /**
   * Withdraws a consent from {@code day} on: from then the services no longer share.
   *
   * @param actor a handledare of one of its services; not null
   * @param org the organisation; not null
   * @param id the consent; not null
   * @param day the first day it no longer holds; not before it was given; not null
   * @return the withdrawn consent
   * @throws StoredModeException NOT_FOUND for no such consent (or one of no service of the
   *     actor's), CONFLICT if it is withdrawn already
   * @throws ValidationException rule {@code date-order} at {@code /withdrawn}
   */
  public Consent withdraw(Actor actor, OrganisationId org, UUID id, LocalDate day) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          Consent c =
              ConsentStore.in(tx)
                  .get(org, id)
                  .filter(x -> x.services().stream().anyMatch(actor::serves))
                  .orElseThrow(() -> StoredModeException.notFound("no consent " + id));
          if (c.withdrawn().isPresent()) {
            throw StoredModeException.conflict(
                "consent " + id + " was withdrawn on " + c.withdrawn().get(), null);
          }
          if (day.isBefore(c.given())) {
            throw ValidationException.of(
                "/withdrawn",
                "date-order",
                "a consent is withdrawn on or after the day it was given (" + c.given() + ")");
          }
          ConsentStore.in(tx).withdraw(org, id, day);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "consent.withdrawn",
                      "consents/" + id,
                      c.participant()));
          return new Consent(
              c.id(),
              c.organisation(),
              c.participant(),
              c.services(),
              c.given(),
              Optional.of(day),
              c.recordedBy(),
              c.recordedAt());
        });
  }
}
