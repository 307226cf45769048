package se.skapa.app.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.core.common.Pseudonym;

/**
 * A personal account: a person of one organisation who signs in to the pages as themselves, so that
 * the audit trail names them. The username is their pseudonymous staff key (e.g. {@code h-2}).
 *
 * @param id the account's id; the audit trail names it where it names a key's id
 */
public record UserAccount(
    KeyId id, OrganisationId organisation, Pseudonym username, Set<Role> roles, Instant created) {

  /**
   * @param id the account's id; the audit trail names it where it names a key's id; not null
   * @param organisation the organisation; not null
   * @param username the username; not null
   * @param roles the roles
   * @param created when it was created; not null
   * @throws NullPointerException if a required component is null
   */
  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(created, "created");
  }

  /** {@return the account as the principal of a use case} */
  public Actor actor() {
    return new Actor(organisation, id, username, roles);
  }
}
