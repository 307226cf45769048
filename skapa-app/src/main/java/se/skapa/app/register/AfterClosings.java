package se.skapa.app.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.register.AfterClosing;

/**
 * Follow-ups after closing: each closing makes follow-ups due some months later (the organisation's
 * choice, {@link OrganisationSettings#afterClosingMonths()}: 6 and 12 by default), and "could not
 * be reached" is an answer that counts.
 */
public final class AfterClosings {

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where they are kept; not null
   * @param clock "today"; not null
   */
  public AfterClosings(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A follow-up that is due or overdue.
   *
   * @param enrolment the closed enrolment
   * @param service its service
   * @param participant the participant
   * @param closed the day of closing
   * @param monthsAfter which follow-up
   * @param due the day it falls due
   */
  public record Due(
      EnrolmentId enrolment,
      ServiceId service,
      Pseudonym participant,
      LocalDate closed,
      int monthsAfter,
      LocalDate due) {}

  /**
   * Records what a follow-up after closing found.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param enrolment the closed enrolment; not null
   * @param followUp what was found; not null
   * @return the record
   * @throws StoredModeException NOT_FOUND, CONFLICT if that follow-up was recorded already
   * @throws ValidationException rule {@code not-closed} at {@code /monthsAfter} for an open
   *     enrolment, {@code date-order} at {@code /date} before the closing, {@code future-date}
   */
  public SupportStore.Recorded record(
      Actor actor, OrganisationId org, EnrolmentId enrolment, AfterClosing followUp) {
    actor.require(org, Role.HANDLEDARE);
    LocalDate today = LocalDate.now(clock);
    if (followUp.date().isAfter(today)) {
      throw ValidationException.of(
          "/date", "future-date", "date " + followUp.date() + " is after today " + today);
    }
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          StoredEnrolment e =
              Scoped.enrolment(tx, actor, org, enrolment, LocalDate.now(clock))
                  .orElseThrow(() -> StoredModeException.notFound("no enrolment " + enrolment));
          LocalDate closed =
              e.enrolment()
                  .closed()
                  .orElseThrow(
                      () ->
                          ValidationException.of(
                              "/monthsAfter",
                              "not-closed",
                              "enrolment " + enrolment + " is not closed; close it first"));
          if (followUp.date().isBefore(closed)) {
            throw ValidationException.of(
                "/date",
                "date-order",
                "date (" + followUp.date() + ") is before closed (" + closed + ")");
          }
          SupportStore.Recorded r =
              new SupportStore.Recorded(enrolment, followUp, actor.key(), actor.holder(), at);
          if (!SupportStore.in(tx).insertAfterClosing(org, r)) {
            throw StoredModeException.conflict(
                "the follow-up "
                    + followUp.monthsAfter()
                    + " months after closing enrolment "
                    + enrolment
                    + " is recorded already",
                "enrolments/" + enrolment + "/after-closing");
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      at,
                      "after-closing.recorded",
                      "enrolments/" + enrolment + "/after-closing",
                      e.enrolment().key()));
          return r;
        });
  }

  /**
   * @param actor a handledare of the organisation (audited as a read of the person); not null
   * @param org the organisation; not null
   * @param enrolment the enrolment; not null
   * @return its follow-ups after closing
   */
  public List<SupportStore.Recorded> list(Actor actor, OrganisationId org, EnrolmentId enrolment) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          StoredEnrolment e =
              Scoped.enrolment(tx, actor, org, enrolment, LocalDate.now(clock))
                  .orElseThrow(() -> StoredModeException.notFound("no enrolment " + enrolment));
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "after-closing.read",
                      "enrolments/" + enrolment + "/after-closing",
                      e.enrolment().key()));
          return SupportStore.in(tx).afterClosings(org, enrolment);
        });
  }

  /**
   * The follow-ups after closing due on or before {@code asOf} plus {@code within} days and not yet
   * recorded, the longest overdue first.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service only this service's; empty for all
   * @param asOf the day; empty for today
   * @param withinDays how far ahead "due" looks, 0–366
   * @return the follow-ups due
   */
  public List<Due> due(
      Actor actor,
      OrganisationId org,
      Optional<ServiceId> service,
      Optional<LocalDate> asOf,
      int withinDays) {
    actor.require(org, Role.HANDLEDARE);
    LocalDate day = asOf.orElse(LocalDate.now(clock));
    LocalDate horizon = day.plusDays(withinDays);
    return storage.transaction(
        tx -> {
          List<Integer> months = OrganisationSettings.in(tx, org).afterClosingMonths();
          Map<EnrolmentId, List<SupportStore.Recorded>> done =
              SupportStore.in(tx).afterClosingsOf(org, service);
          List<Due> out = new ArrayList<>();
          for (StoredEnrolment e : RegisterStore.in(tx).enrolments(org, service, day)) {
            Optional<LocalDate> closed = e.enrolment().closed();
            if (closed.isEmpty()) {
              continue;
            }
            for (int m : months) {
              LocalDate due = AfterClosing.due(closed.get(), m);
              if (!due.isAfter(horizon)
                  && done.getOrDefault(e.id(), List.of()).stream()
                      .noneMatch(r -> r.followUp().monthsAfter() == m)) {
                out.add(new Due(e.id(), e.service(), e.enrolment().key(), closed.get(), m, due));
              }
            }
          }
          out.sort(Comparator.comparing(Due::due).thenComparing(d -> d.participant().value()));
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(actor.key()),
                      actor.holder().value(),
                      "after-closing.due.read",
                      "follow-ups",
                      Optional.empty(),
                      Optional.of(out.size())));
          return out;
        });
  }
}
