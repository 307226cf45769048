package se.skapa.app.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;

/**
 * An API key as stored: never the key itself, only its id, holder, roles and life.
 *
 * @param lastUsed when it last authenticated a request (to the minute), if ever
 * @param services the services the key is limited to; empty for every service
 */
public record ApiKey(
    KeyId id,
    OrganisationId organisation,
    Pseudonym holder,
    Set<Role> roles,
    Instant created,
    Optional<Instant> revoked,
    Optional<Instant> lastUsed,
    Optional<Set<ServiceId>> services) {

  /**
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param holder the holder's pseudonymous key; not null
   * @param roles the roles
   * @param created when it was created; not null
   * @param revoked when it was revoked, if it was; not null
   * @param lastUsed when it last authenticated a request (to the minute), if ever; not null
   * @throws NullPointerException if a required component is null
   * @param services the services it is limited to; empty for every service; not null
   */
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(holder, "holder");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(revoked, "revoked");
    Objects.requireNonNull(lastUsed, "lastUsed");
    services = services.map(Set::copyOf);
  }

  /**
   * A key of every service of the organisation.
   *
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param holder the holder; not null
   * @param roles the roles
   * @param created when it was created; not null
   * @param revoked when it was revoked, if it was; not null
   * @param lastUsed when it last authenticated a request, if ever; not null
   */
  public ApiKey(
      KeyId id,
      OrganisationId organisation,
      Pseudonym holder,
      Set<Role> roles,
      Instant created,
      Optional<Instant> revoked,
      Optional<Instant> lastUsed) {
    this(id, organisation, holder, roles, created, revoked, lastUsed, Optional.empty());
  }

  /** {@return the key as the principal of a use case} */
  public Actor actor() {
    return new Actor(organisation, id, holder, roles, services);
  }
}
