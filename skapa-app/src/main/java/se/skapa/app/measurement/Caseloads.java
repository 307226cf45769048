package se.skapa.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.FollowUpStatus;
import se.skapa.core.progression.ProgressionOptions;

/**
 * Who is due for the next conversation: a handledare's caseload and the follow-up list, answered
 * from the handledare's own participants however large the organisation.
 */
public final class Caseloads {

  private final Storage storage;
  private final Clock clock;
  private final ProgressionOptions options;

  /**
   * @param storage where measurements are kept; not null
   * @param clock "today", the default of every {@code asOf}; not null
   * @param options the follow-up interval of an organisation that has chosen none; not null
   */
  public Caseloads(Storage storage, Clock clock, ProgressionOptions options) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Participants whose next measurement is overdue or due within {@code window} of {@code asOf},
   * the longest overdue first: what a handledare opens on Monday morning.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param instrumentId the instrument; not null
   * @param asOf the day; empty for today
   * @param handledare only this handledare's participants; empty for all
   * @param service only this service's; empty for all
   * @param window how far ahead "due" looks; not null
   * @return the participants due or overdue
   */
  public List<FollowUp> followUps(
      Actor actor,
      OrganisationId org,
      String instrumentId,
      Optional<LocalDate> asOf,
      Optional<Pseudonym> handledare,
      Optional<ServiceId> service,
      Period window) {
    return read(
        actor,
        org,
        instrumentId,
        asOf,
        handledare,
        service,
        "follow-ups.read",
        "follow-ups",
        f -> f.status().dueWithin(window));
  }

  /**
   * Every participant with a measurement on or before {@code asOf}, with their follow-up status,
   * the longest overdue first: a handledare's caseload ("my participants").
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param instrumentId the instrument; not null
   * @param asOf the day; empty for today
   * @param handledare only this handledare's participants; empty for all
   * @return every participant with their status
   */
  public List<FollowUp> caseload(
      Actor actor,
      OrganisationId org,
      String instrumentId,
      Optional<LocalDate> asOf,
      Optional<Pseudonym> handledare) {
    return read(
        actor,
        org,
        instrumentId,
        asOf,
        handledare,
        Optional.empty(),
        "participants.read",
        "participants",
        f -> true);
  }

  private List<FollowUp> read(
      Actor actor,
      OrganisationId org,
      String instrumentId,
      Optional<LocalDate> asOf,
      Optional<Pseudonym> handledare,
      Optional<ServiceId> service,
      String action,
      String resource,
      Predicate<FollowUp> keep) {
    actor.require(org, Role.HANDLEDARE);
    LocalDate day = asOf.orElse(LocalDate.now(clock));
    return storage.transaction(
        tx -> {
          ProgressionOptions interval =
              OrganisationSettings.in(tx, org).progressionOptions(options);
          List<FollowUp> due =
              MeasurementStore.in(tx)
                  .latestPerParticipant(org, instrumentId, day, handledare)
                  .stream()
                  .filter(m -> service.isEmpty() || service.get().equals(m.service()))
                  .filter(m -> actor.serves(m.service()))
                  .map(
                      m ->
                          new FollowUp(
                              m.measurement().participant(),
                              m.service(),
                              m.measurement().handledare(),
                              FollowUpStatus.of(m.measurement().date(), interval, day)))
                  .filter(keep)
                  .sorted(
                      Comparator.comparing((FollowUp f) -> f.status().nextDue())
                          .thenComparing(
                              FollowUp::participant, Comparator.comparing(Pseudonym::value)))
                  .toList();
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(actor.key()),
                      actor.holder().value(),
                      action,
                      resource,
                      Optional.empty(),
                      Optional.of(due.size())));
          return due;
        });
  }
}
