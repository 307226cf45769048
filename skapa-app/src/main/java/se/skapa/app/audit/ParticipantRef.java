package se.skapa.app.audit;

import java.util.Objects;
import se.skapa.app.OrganisationId;
import se.skapa.core.common.Pseudonym;

/** A participant of one organisation: the same key in two organisations is two people. */
public record ParticipantRef(OrganisationId organisation, Pseudonym participant) {

  /**
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @throws NullPointerException if a required component is null
   */
  public ParticipantRef {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(participant, "participant");
  }
}
