package se.skapa.app.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.port.Storage;
import se.skapa.core.common.Pseudonym;

/**
 * Erasure (GDPR art. 17) and gallring: every row of a participant goes; the audit trail keeps that
 * it happened, by whom and how many rows, and nothing of the content, not even the participant's
 * key.
 */
public final class Erasure {

  /** The holder named in the audit trail when retention erases. */
  public static final String RETENTION = "system:gallring";

  /** How long a retried POST is recognised: a day covers every client's retry policy. */
  public static final Duration IDEMPOTENCY_TTL = Duration.ofHours(24);

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where the data is kept; not null
   * @param clock "today", for retention and the audit line; not null
   */
  public Erasure(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Erases one participant of the admin's organisation.
   *
   * @return rows deleted
   * @throws StoredModeException NOT_FOUND if the organisation holds nothing of the participant
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param participant the participant to erase; not null
   */
  public int erase(Actor admin, OrganisationId org, Pseudonym participant) {
    admin.require(org, Role.ADMIN);
    return storage.transaction(
        tx -> {
          int rows = ErasureStore.in(tx).eraseParticipant(org, participant);
          if (rows == 0) {
            throw StoredModeException.notFound("no data of participant " + participant);
          }
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(admin.key()),
                      admin.holder().value(),
                      "participant.erased",
                      "participants",
                      Optional.empty(),
                      Optional.of(rows)));
          return rows;
        });
  }

  /**
   * Gallring's dry run: who {@link #applyRetention} would erase today, erasing nothing.
   * Participants with an open enrolment are never among them; the others count from their last
   * record of any kind.
   *
   * @param retention how long a participant is kept after their last record; not null
   * @return the participants, by organisation and key (for counts and tests; never logged)
   */
  public List<ParticipantRef> wouldErase(Period retention) {
    LocalDate cutoff = LocalDate.now(clock).minus(retention);
    return storage.transaction(tx -> ErasureStore.in(tx).participantsInactiveSince(cutoff));
  }

  /**
   * Erases, in every organisation, each participant with no measurement dated within {@code
   * retention} of today. Each participant is erased in a transaction of its own.
   *
   * @return participants erased
   * @param retention how long after the latest measurement data is kept (gallring); not null
   */
  public int applyRetention(Period retention) {
    List<ParticipantRef> stale = wouldErase(retention);
    int erased = 0;
    for (ParticipantRef p : stale) {
      erased +=
          storage.transaction(
              tx -> {
                int rows = ErasureStore.in(tx).eraseParticipant(p.organisation(), p.participant());
                // Another instance's housekeeping may have erased them a moment ago: nothing to
                // record then.
                if (rows > 0) {
                  AuditLog.in(tx)
                      .audit(
                          new AuditEntry(
                              p.organisation(),
                              clock.instant(),
                              Optional.empty(),
                              RETENTION,
                              "participant.erased",
                              "participants",
                              Optional.empty(),
                              Optional.of(rows)));
                }
                return rows > 0 ? 1 : 0;
              });
    }
    return erased;
  }

  /**
   * Forgets Idempotency-Keys older than {@link #IDEMPOTENCY_TTL}: they name participants, and a
   * retry comes within seconds or hours, not days.
   *
   * @return idempotency claims forgotten
   */
  public int forgetOldIdempotencyClaims() {
    Instant before = clock.instant().minus(IDEMPOTENCY_TTL);
    return storage.transaction(tx -> ErasureStore.in(tx).forgetIdempotencyClaims(before));
  }
}
