package se.skapa.app.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Consents to share between services. A port of stored mode: its implementation takes part in the
 * transaction of the {@link Tx} it is asked from, and every query names its organisation.
 */
public interface ConsentStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static ConsentStore in(Tx tx) {
    return tx.port(ConsentStore.class);
  }

  /**
   * @param consent a new consent; not null
   */
  void insert(Consent consent);

  /**
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @return every consent of the participant, withdrawn ones included, oldest first
   */
  List<Consent> ofParticipant(OrganisationId organisation, Pseudonym participant);

  /**
   * @param organisation the organisation; not null
   * @param id the consent's id; not null
   * @return the consent; empty if the organisation has none with this id
   */
  Optional<Consent> get(OrganisationId organisation, UUID id);

  /**
   * @param organisation the organisation; not null
   * @param id the consent's id; not null
   * @param day the day it no longer holds from; not null
   */
  void withdraw(OrganisationId organisation, UUID id, LocalDate day);
}
