package se.skapa.app.access;

import java.time.Instant;
import java.util.Objects;
import se.skapa.app.OrganisationId;

/**
 * An organisation that runs SKAPA in stored mode. Everything stored belongs to exactly one.
 *
 * @param name a display name, e.g. {@code AME Boden}
 */
public record Organisation(OrganisationId id, String name, Instant created) {

  /**
   * @param id the id; not null
   * @param name a display name, e.g. {@code AME Boden}; not null
   * @param created when it was created; not null
   * @throws NullPointerException if a required component is null
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
  }
}
