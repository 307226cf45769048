package se.skapa.app.register;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;

/**
 * One version of a stored job, study or intervention.
 *
 * @param id its id
 * @param organisation the organisation
 * @param service the service it belongs to (a job's and studies' are their enrolment's)
 * @param participant the participant
 * @param enrolment the enrolment a job or studies were recorded under; empty for an intervention
 * @param version 1 for the first, one more for each correction
 * @param spell what it is
 * @param recordedByKey the key that recorded this version
 * @param recordedBy its holder
 * @param recordedAt when
 */
public record StoredSpell(
    SpellId id,
    OrganisationId organisation,
    ServiceId service,
    Pseudonym participant,
    Optional<EnrolmentId> enrolment,
    int version,
    Spell spell,
    KeyId recordedByKey,
    Pseudonym recordedBy,
    Instant recordedAt) {

  /**
   * @param id its id
   * @param organisation the organisation
   * @param service the service it belongs to (a job's and studies' are their enrolment's)
   * @param participant the participant
   * @param enrolment the enrolment a job or studies were recorded under; empty for an intervention
   * @param version 1 for the first, one more for each correction
   * @param spell what it is
   * @param recordedByKey the key that recorded this version
   * @param recordedBy its holder
   * @param recordedAt when
   * @throws NullPointerException if a component is null
   */
  public StoredSpell {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(spell, "spell");
    Objects.requireNonNull(recordedByKey, "recordedByKey");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /**
   * @param next the next version's spell
   * @param byKey who records it
   * @param by their holder
   * @param at when
   * @return the next version
   */
  public StoredSpell corrected(Spell next, KeyId byKey, Pseudonym by, Instant at) {
    return new StoredSpell(
        id, organisation, service, participant, enrolment, version + 1, next, byKey, by, at);
  }

  /**
   * @return the route's path under the organisation, e.g. {@code jobs/…}
   */
  public String resource() {
    return spell.collection() + "/" + id;
  }
}
