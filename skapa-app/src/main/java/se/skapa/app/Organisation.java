package se.skapa.app;

import java.time.Instant;
import java.util.Objects;

/**
 * An organisation that runs SKAPA in stored mode. Everything stored belongs to exactly one.
 *
 * @param name a display name, e.g. {@code AME Boden}
 */
public record Organisation(OrganisationId id, String name, Instant created) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
    }
}
