package se.skapa.app.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.register.Support;
import se.skapa.core.register.Supports;

/**
 * Admissions and closings (inskrivning, avslut) per service, targets as data with a period, and the
 * outcome report of a service or the whole organisation for any period: a kvartalsrapport, a
 * delårsrapport, a helårsrapport. Reports read by the analyst role withhold small numbers. Stored
 * with the same provenance, versions and audit as measurements.
 */
public final class Enrolments {

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where enrolments and targets are kept; not null
   * @param clock "today" for the future-date rule and "now" for the audit; not null
   */
  public Enrolments(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Enrols a participant in a service.
   *
   * @throws ValidationException on the enrolment's rules (first contact before admission), rule
   *     {@code unknown-service} at {@code /service}, {@code future-date} at {@code /admitted}
   * @throws StoredModeException CONFLICT naming the existing enrolment of the same participant,
   *     service and date
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service admitted to; not null
   * @param participant the participant; not null
   * @param admitted the day of admission; not null
   * @param firstContact the first contact, if there has been one; not null
   * @param actionPlan an individual action plan exists
   * @return version 1 of the enrolment
   */
  public StoredEnrolment enrol(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      Pseudonym participant,
      LocalDate admitted,
      Optional<LocalDate> firstContact,
      boolean actionPlan) {
    return enrol(actor, org, service, participant, admitted, firstContact, actionPlan, List.of());
  }

  /**
   * Enrols a participant in a service, with what they lived on at admission (försörjning), in one
   * transaction.
   *
   * @throws ValidationException as {@link #enrol(Actor, OrganisationId, ServiceId, Pseudonym,
   *     LocalDate, Optional, boolean)}, and rule {@code duplicate} for a source given twice
   * @throws StoredModeException CONFLICT naming the existing enrolment
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service admitted to; not null
   * @param participant the participant; not null
   * @param admitted the day of admission; not null
   * @param firstContact the first contact, if there has been one; not null
   * @param actionPlan an individual action plan exists
   * @param support what they lived on at admission; empty if not recorded; not null
   * @return version 1 of the enrolment
   */
  public StoredEnrolment enrol(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      Pseudonym participant,
      LocalDate admitted,
      Optional<LocalDate> firstContact,
      boolean actionPlan,
      List<Support> support) {
    actor.require(org, Role.HANDLEDARE);
    actor.requireService(service);
    Supports.requireDistinct(support);
    ServiceParticipant p =
        new ServiceParticipant(
            participant,
            admitted,
            Optional.empty(),
            Optional.empty(),
            false,
            firstContact,
            actionPlan);
    notInFuture(p);
    Instant at = clock.instant();
    StoredEnrolment e =
        new StoredEnrolment(
            EnrolmentId.random(), org, service, p, 1, actor.key(), actor.holder(), at);
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          Optional<EnrolmentId> existing = RegisterStore.in(tx).insertEnrolment(e);
          if (existing.isPresent()) {
            throw StoredModeException.conflict(
                "participant "
                    + participant
                    + " is already enrolled in "
                    + service
                    + " from "
                    + admitted
                    + ": "
                    + existing.get(),
                null);
          }
          if (!support.isEmpty()) {
            SupportStore.in(tx).replaceSupport(org, e.id(), SupportStore.Moment.ADMISSION, support);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor, at, "enrolment.created", "enrolments/" + e.id(), participant));
          return e;
        });
  }

  /**
   * Closes an enrolment (avslut) with its outcome; closing again corrects the closing, as a new
   * version.
   *
   * @throws ValidationException closed before admitted, subsidised without EMPLOYMENT, a date in
   *     the future
   * @throws StoredModeException NOT_FOUND; STALE if another change came first
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the enrolment; not null
   * @param closed the day of closing; not null
   * @param outcome what the participant went on to; not null
   * @param subsidised for EMPLOYMENT: with a wage subsidy
   * @return the new version
   */
  public StoredEnrolment close(
      Actor actor,
      OrganisationId org,
      EnrolmentId id,
      LocalDate closed,
      OutcomeType outcome,
      boolean subsidised) {
    return close(actor, org, id, closed, outcome, subsidised, Optional.empty());
  }

  /**
   * Closes an enrolment with its outcome and what the participant lives on at closing, in one
   * transaction.
   *
   * @throws ValidationException as {@link #close(Actor, OrganisationId, EnrolmentId, LocalDate,
   *     OutcomeType, boolean)}, and rule {@code duplicate} for a source given twice
   * @throws StoredModeException NOT_FOUND; STALE if another change came first
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the enrolment; not null
   * @param closed the day of closing; not null
   * @param outcome what the participant went on to; not null
   * @param subsidised for EMPLOYMENT: with a wage subsidy
   * @param support what they live on at closing, replacing what was recorded; empty to leave it
   * @return the new version
   */
  public StoredEnrolment close(
      Actor actor,
      OrganisationId org,
      EnrolmentId id,
      LocalDate closed,
      OutcomeType outcome,
      boolean subsidised,
      Optional<List<Support>> support) {
    return close(actor, org, id, closed, outcome, subsidised, support, Optional.empty());
  }

  /**
   * Closes an enrolment, or corrects its closing: an enrolment already closed is closed again only
   * against the version the caller read, as a measurement is corrected, so that a second closing
   * never silently replaces the first.
   *
   * @throws ValidationException as {@link #close(Actor, OrganisationId, EnrolmentId, LocalDate,
   *     OutcomeType, boolean, Optional)}
   * @throws StoredModeException NOT_FOUND; PRECONDITION_REQUIRED for a closed enrolment without
   *     {@code expectedVersion}; STALE if it is not the current version
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the enrolment; not null
   * @param closed the day of closing; not null
   * @param outcome what the participant went on to; not null
   * @param subsidised for EMPLOYMENT: with a wage subsidy
   * @param support what they live on at closing, replacing what was recorded; empty to leave it
   * @param expectedVersion the version the caller read (If-Match); required once closed
   * @return the new version
   */
  public StoredEnrolment close(
      Actor actor,
      OrganisationId org,
      EnrolmentId id,
      LocalDate closed,
      OutcomeType outcome,
      boolean subsidised,
      Optional<List<Support>> support,
      Optional<Integer> expectedVersion) {
    actor.require(org, Role.HANDLEDARE);
    support.ifPresent(Supports::requireDistinct);
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          StoredEnrolment current =
              Scoped.enrolment(tx, actor, org, id, LocalDate.now(clock))
                  .orElseThrow(() -> StoredModeException.notFound("no enrolment " + id));
          if (current.enrolment().closed().isPresent() && expectedVersion.isEmpty()) {
            throw StoredModeException.preconditionRequired(
                "enrolment "
                    + id
                    + " is already closed (version "
                    + current.version()
                    + "): a second closing corrects the first; send If-Match: \""
                    + current.version()
                    + "\"");
          }
          if (expectedVersion.isPresent() && expectedVersion.get() != current.version()) {
            throw StoredModeException.stale(
                "enrolment "
                    + id
                    + " is at version "
                    + current.version()
                    + ", not "
                    + expectedVersion.get()
                    + "; read it again");
          }
          ServiceParticipant was = current.enrolment();
          ServiceParticipant now =
              new ServiceParticipant(
                  was.key(),
                  was.admitted(),
                  Optional.of(closed),
                  Optional.of(outcome),
                  subsidised,
                  was.firstContact(),
                  was.actionPlan());
          notInFuture(now);
          StoredEnrolment next =
              new StoredEnrolment(
                  id,
                  org,
                  current.service(),
                  now,
                  current.version() + 1,
                  actor.key(),
                  actor.holder(),
                  at);
          if (!RegisterStore.in(tx).updateEnrolment(next)) {
            throw StoredModeException.stale(
                "enrolment " + id + " changed while you closed it; read it again");
          }
          support.ifPresent(
              list ->
                  SupportStore.in(tx).replaceSupport(org, id, SupportStore.Moment.CLOSING, list));
          AuditLog.in(tx)
              .audit(AuditEntry.of(actor, at, "enrolment.closed", "enrolments/" + id, was.key()));
          return next;
        });
  }

  /**
   * A participant's enrolments in the services the actor may see, the latest admitted first: what
   * the participant's page lists, to admit or close. Audited as a read of one person's data.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @return the enrolments, possibly none
   */
  public List<StoredEnrolment> ofParticipant(
      Actor actor, OrganisationId org, Pseudonym participant) {
    actor.require(org, Role.HANDLEDARE);
    LocalDate today = LocalDate.now(clock);
    return storage.transaction(
        tx -> {
          java.util.function.Predicate<ServiceId> seen =
              se.skapa.app.consent.ParticipantScope.visible(tx, actor, org, participant, today);
          List<StoredEnrolment> out =
              RegisterStore.in(tx).participantEnrolments(org, participant).stream()
                  .filter(e -> seen.test(e.service()))
                  .toList();
          if (!out.isEmpty()) {
            AuditLog.in(tx)
                .audit(
                    AuditEntry.of(
                        actor, clock.instant(), "enrolments.read", "enrolments", participant));
          }
          return out;
        });
  }

  /**
   * @throws StoredModeException NOT_FOUND
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param id the enrolment; not null
   * @return its current version
   */
  public StoredEnrolment get(Actor actor, OrganisationId org, EnrolmentId id) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          StoredEnrolment e =
              Scoped.enrolment(tx, actor, org, id, LocalDate.now(clock))
                  .orElseThrow(() -> StoredModeException.notFound("no enrolment " + id));
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "enrolment.read",
                      "enrolments/" + id,
                      e.enrolment().key()));
          return e;
        });
  }

  /**
   * Sets the targets of a service, or of the organisation when {@code targets.service()} is empty
   * (admin).
   *
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param targets the targets, replacing those of the same service and period; not null
   */
  public void setTargets(Actor admin, OrganisationId org, TargetSet targets) {
    admin.require(org, Role.ADMIN);
    storage.transaction(
        tx -> {
          targets.service().ifPresent(s -> Organisations.requireService(tx, org, s));
          RegisterStore.in(tx).replaceTargets(org, targets);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin,
                      clock.instant(),
                      "targets.set",
                      targets.service().map(s -> "services/" + s + "/targets").orElse("targets"),
                      null));
          return null;
        });
  }

  private void notInFuture(ServiceParticipant p) {
    Violations v = new Violations();
    p.checkNotAfter(LocalDate.now(clock), v, "");
    v.throwIfAny();
  }
}
