package se.skapa.app;

import java.time.Instant;
import java.util.Objects;

/** A service (verksamhet, insats) of one organisation, where measurements are taken. */
public record Service(OrganisationId organisation, ServiceId id, String name, Instant created) {

    public Service {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
    }
}
