package se.skapa.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * What erasure and gallring remove across every capability of one participant. A port of stored
 * mode: its implementation takes part in the transaction of the {@link Tx} it is asked from, and
 * every query names its organisation.
 */
public interface ErasureStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static ErasureStore in(Tx tx) {
    return tx.port(ErasureStore.class);
  }

  /**
   * Deletes every row of one participant (measurements, their history, idempotency records) and
   * removes the participant from the audit trail's earlier lines.
   *
   * @return rows deleted
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   */
  int eraseParticipant(OrganisationId organisation, Pseudonym participant);

  /**
   * Participants, in every organisation, whose last record of any kind (a measurement, an
   * admission, a first contact, a closing) is dated before {@code cutoff} and who have no open
   * enrolment: gallring counts from the end of what SKAPA holds of a person, and never touches
   * someone still in a service.
   *
   * @param cutoff the first day that keeps a participant; not null
   * @return the participants, by organisation and key
   */
  List<ParticipantRef> participantsInactiveSince(LocalDate cutoff);

  /**
   * Forgets idempotency claims made before {@code before}.
   *
   * @param before the first instant kept; not null
   * @return rows deleted
   */
  int forgetIdempotencyClaims(Instant before);
}
