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
 * A personal account: a person of one organisation who signs in to the pages as themselves, so that
 * the audit trail names them. The username is their pseudonymous staff key (e.g. {@code h-2}).
 *
 * @param id the account's id; the audit trail names it where it names a key's id
 * @param services the services the account is limited to; empty for every service
 */
public record UserAccount(
    KeyId id,
    OrganisationId organisation,
    Pseudonym username,
    Set<Role> roles,
    Instant created,
    Optional<Set<ServiceId>> services) {

  /**
   * @param id the account's id; the audit trail names it where it names a key's id; not null
   * @param organisation the organisation; not null
   * @param username the username; not null
   * @param roles the roles
   * @param created when it was created; not null
   * @throws NullPointerException if a required component is null
   * @param services the services it is limited to; empty for every service; not null
   */
  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(created, "created");
    services = services.map(Set::copyOf);
  }

  /**
   * An account of every service of the organisation.
   *
   * @param id the account's id; not null
   * @param organisation the organisation; not null
   * @param username the username; not null
   * @param roles the roles
   * @param created when it was created; not null
   */
  public UserAccount(
      KeyId id, OrganisationId organisation, Pseudonym username, Set<Role> roles, Instant created) {
    this(id, organisation, username, roles, created, Optional.empty());
  }

  /** {@return the account as the principal of a use case} */
  public Actor actor() {
    return new Actor(organisation, id, username, roles, services);
  }
}
