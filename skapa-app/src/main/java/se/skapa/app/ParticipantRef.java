package se.skapa.app;

import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/** A participant of one organisation: the same key in two organisations is two people. */
public record ParticipantRef(OrganisationId organisation, Pseudonym participant) {

    public ParticipantRef {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(participant, "participant");
    }
}
