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
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/**
 * Jobs and studies recorded under an enrolment, and interventions a participant takes part in:
 * recorded, corrected with every version kept, read with an audit line naming the participant.
 */
public final class Spells {

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where they are kept; not null
   * @param clock "today", after which nothing may start; not null
   */
  public Spells(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a job or studies under an enrolment: the participant and service are the enrolment's.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param enrolment the enrolment; not null
   * @param spell a {@link Spell.Work} or {@link Spell.Studies}; not null
   * @return version 1
   * @throws StoredModeException NOT_FOUND for no such enrolment
   * @throws ValidationException rule {@code future-date} at {@code /started}
   */
  public StoredSpell recordUnder(
      Actor actor, OrganisationId org, EnrolmentId enrolment, Spell spell) {
    actor.require(org, Role.HANDLEDARE);
    if (spell instanceof Spell.Insats) {
      throw new IllegalArgumentException("an intervention is recorded for a participant");
    }
    notInFuture(spell);
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          StoredEnrolment e =
              Scoped.enrolment(tx, actor, org, enrolment, LocalDate.now(clock))
                  .orElseThrow(() -> StoredModeException.notFound("no enrolment " + enrolment));
          actor.requireService(e.service());
          StoredSpell s =
              new StoredSpell(
                  SpellId.random(),
                  org,
                  e.service(),
                  e.enrolment().key(),
                  Optional.of(enrolment),
                  1,
                  spell,
                  actor.key(),
                  actor.holder(),
                  at);
          return insert(tx, actor, s);
        });
  }

  /**
   * Records an intervention a participant takes part in at a service.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @param service the service responsible; not null
   * @param insats the intervention; not null
   * @return version 1
   * @throws ValidationException rule {@code unknown-service} at {@code /service}, {@code
   *     future-date} at {@code /from}
   */
  public StoredSpell recordIntervention(
      Actor actor,
      OrganisationId org,
      Pseudonym participant,
      ServiceId service,
      Spell.Insats insats) {
    actor.require(org, Role.HANDLEDARE);
    notInFuture(insats);
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          actor.requireService(service);
          Organisations.requireService(tx, org, service);
          StoredSpell s =
              new StoredSpell(
                  SpellId.random(),
                  org,
                  service,
                  participant,
                  Optional.empty(),
                  1,
                  insats,
                  actor.key(),
                  actor.holder(),
                  at);
          return insert(tx, actor, s);
        });
  }

  /**
   * Corrects a spell: a new version, kept beside the old.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the spell; not null
   * @param expectedVersion the version the correction was made from (If-Match)
   * @param collection the kind the caller addressed ({@code jobs}, {@code studies}, {@code
   *     interventions}); not null
   * @param next the corrected spell, of the same kind; not null
   * @return the new version
   * @throws StoredModeException NOT_FOUND (also for another kind's id), STALE if another version
   *     came first
   */
  public StoredSpell correct(
      Actor actor,
      OrganisationId org,
      SpellId id,
      int expectedVersion,
      String collection,
      Spell next) {
    return correct(actor, org, id, expectedVersion, collection, next, Optional.empty());
  }

  /**
   * Corrects a spell, naming the service it belongs to: a correction cannot move it to another.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the spell; not null
   * @param expectedVersion the version the correction was made from (If-Match)
   * @param collection the kind the caller addressed; not null
   * @param next the corrected spell, of the same kind; not null
   * @param service the service the caller names, if any; not null
   * @return the new version
   * @throws StoredModeException NOT_FOUND, STALE
   * @throws ValidationException rule {@code unchanged} at {@code /service} for another service
   */
  public StoredSpell correct(
      Actor actor,
      OrganisationId org,
      SpellId id,
      int expectedVersion,
      String collection,
      Spell next,
      Optional<ServiceId> service) {
    actor.require(org, Role.HANDLEDARE);
    notInFuture(next);
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          StoredSpell current = find(tx, actor, org, id, collection);
          if (service.isPresent() && !service.get().equals(current.service())) {
            throw ValidationException.of(
                "/service",
                "unchanged",
                "a correction keeps the service ("
                    + current.service()
                    + "); record the intervention at "
                    + service.get()
                    + " as a new one");
          }
          if (!current.spell().collection().equals(next.collection())) {
            throw new IllegalArgumentException("a correction keeps the kind");
          }
          if (current.version() != expectedVersion) {
            throw StoredModeException.stale(
                collection
                    + "/"
                    + id
                    + " is at version "
                    + current.version()
                    + ", not "
                    + expectedVersion
                    + "; read it again");
          }
          StoredSpell s = current.corrected(next, actor.key(), actor.holder(), at);
          if (!SpellStore.in(tx).updateSpell(s)) {
            throw StoredModeException.stale(
                collection + "/" + id + " changed meanwhile; read it again");
          }
          AuditLog.in(tx)
              .audit(AuditEntry.of(actor, at, "spell.corrected", s.resource(), s.participant()));
          return s;
        });
  }

  /**
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param id the spell; not null
   * @param collection the kind the caller addressed; not null
   * @return its current version
   * @throws StoredModeException NOT_FOUND
   */
  public StoredSpell get(Actor actor, OrganisationId org, SpellId id, String collection) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          StoredSpell s = find(tx, actor, org, id, collection);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor, clock.instant(), "spell.read", s.resource(), s.participant()));
          return s;
        });
  }

  /**
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param id the spell; not null
   * @param collection the kind the caller addressed; not null
   * @return every version, oldest first
   * @throws StoredModeException NOT_FOUND
   */
  public List<StoredSpell> history(Actor actor, OrganisationId org, SpellId id, String collection) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          StoredSpell s = find(tx, actor, org, id, collection);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor, clock.instant(), "spell.history.read", s.resource(), s.participant()));
          return SpellStore.in(tx).spellHistory(org, id);
        });
  }

  /**
   * A participant's jobs, studies and interventions.
   *
   * @param actor a handledare of the organisation (the read is audited); not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @return the current version of each, oldest start first
   */
  public List<StoredSpell> ofParticipant(Actor actor, OrganisationId org, Pseudonym participant) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          LocalDate day = LocalDate.now(clock);
          List<StoredSpell> all =
              SpellStore.in(tx).participantSpells(org, participant).stream()
                  .filter(s -> Scoped.visible(tx, actor, org, s, day))
                  .toList();
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "participant.spells.read",
                      "participants/spells",
                      participant));
          return all;
        });
  }

  private StoredSpell find(Tx tx, Actor actor, OrganisationId org, SpellId id, String collection) {
    return SpellStore.in(tx)
        .spell(org, id)
        .filter(s -> s.spell().collection().equals(collection))
        .filter(s -> Scoped.visible(tx, actor, org, s, LocalDate.now(clock)))
        .orElseThrow(() -> StoredModeException.notFound("no " + collection + "/" + id));
  }

  private StoredSpell insert(Tx tx, Actor actor, StoredSpell s) {
    SpellStore.in(tx).insertSpell(s);
    AuditLog.in(tx)
        .audit(
            AuditEntry.of(actor, s.recordedAt(), "spell.recorded", s.resource(), s.participant()));
    return s;
  }

  private void notInFuture(Spell spell) {
    LocalDate today = LocalDate.now(clock);
    LocalDate start = spell.start();
    Optional<LocalDate> end = spell.end();
    String first = spell instanceof Spell.Insats ? "/from" : "/started";
    String last = spell instanceof Spell.Insats ? "/to" : "/ended";
    if (start.isAfter(today)) {
      throw ValidationException.of(
          first, "future-date", first.substring(1) + " " + start + " is after today " + today);
    }
    if (end.isPresent() && end.get().isAfter(today) && !(spell instanceof Spell.Insats)) {
      throw ValidationException.of(
          last, "future-date", last.substring(1) + " " + end.get() + " is after today " + today);
    }
  }
}
