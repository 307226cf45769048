package se.skapa.app.access;

import java.time.Instant;
import java.util.Objects;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;

/** A service (verksamhet, insats) of one organisation, where measurements are taken. */
public record Service(OrganisationId organisation, ServiceId id, String name, Instant created) {

  /**
   * @param organisation the organisation; not null
   * @param id the id; not null
   * @param name the name; not null
   * @param created when it was created; not null
   * @throws NullPointerException if a required component is null
   */
  public Service {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
  }
}
