package se.skapa.app.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.core.common.Pseudonym;

/**
 * One line of the append-only audit trail: who did what to which resource, when. It holds no
 * content: no scores, no comments. After an erasure, {@code participant} is gone from every line.
 *
 * @param key the key that acted; empty for SKAPA itself (retention)
 * @param holder the key's holder, or {@code system}
 * @param action e.g. {@code measurement.recorded}, {@code participant.read}, {@code
 *     participant.erased}
 * @param resource the resource path within the organisation, e.g. {@code measurements/<id>}
 * @param participant the person whose data was read or written, while they are not erased
 * @param rows rows touched, where that is the point (erasure)
 */
public record AuditEntry(
    OrganisationId organisation,
    Instant at,
    Optional<KeyId> key,
    String holder,
    String action,
    String resource,
    Optional<Pseudonym> participant,
    Optional<Integer> rows) {

  /**
   * @param organisation the organisation; not null
   * @param at when; not null
   * @param key the key that acted; empty for SKAPA itself (retention); not null
   * @param holder the key's holder, or {@code system}; not null
   * @param action e.g. {@code measurement.recorded}, {@code participant.read}, {@code
   *     participant.erased}; not null
   * @param resource the resource path within the organisation, e.g. {@code measurements/<id>}; not
   *     null
   * @param participant the person whose data was read or written, while they are not erased; not
   *     null
   * @param rows rows touched, where that is the point (erasure); not null
   * @throws NullPointerException if a required component is null
   */
  public AuditEntry {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(rows, "rows");
  }

  /**
   * An entry for what an actor did.
   *
   * @param actor who acted; not null
   * @param at when; not null
   * @param action what was done, e.g. {@code measurement.recorded}; not null
   * @param resource what it was done to, e.g. {@code measurements/<id>}; not null
   * @param participant whose data it was; null when no one's
   * @return the line
   */
  public static AuditEntry of(
      Actor actor, Instant at, String action, String resource, @Nullable Pseudonym participant) {
    return new AuditEntry(
        actor.organisation(),
        at,
        Optional.of(actor.key()),
        actor.holder().value(),
        action,
        resource,
        Optional.ofNullable(participant),
        Optional.empty());
  }

  /**
   * A read or export that names no participant but counts what it covered.
   *
   * @param actor who acted; not null
   * @param at when; not null
   * @param action what was done, e.g. {@code insights.read}; not null
   * @param resource on what, relative to the organisation; not null
   * @param rows how many rows (people, enrolments) it covered
   * @return the entry
   */
  public static AuditEntry counted(
      Actor actor, Instant at, String action, String resource, int rows) {
    return new AuditEntry(
        actor.organisation(),
        at,
        Optional.of(actor.key()),
        actor.holder().value(),
        action,
        resource,
        Optional.empty(),
        Optional.of(rows));
  }
}
