package se.skapa.app;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.skapa.core.common.Pseudonym;

/**
 * Who acts: the holder of a key of one organisation, with its roles. The one principal type that an
 * OIDC login can fill later (organisation, subject, roles).
 *
 * @param organisation the organisation the key belongs to
 * @param key the key's id (audit names it)
 * @param holder the pseudonymous staff key of the person or system, e.g. {@code h-2}
 * @param roles at least one role
 */
public record Actor(OrganisationId organisation, KeyId key, Pseudonym holder, Set<Role> roles) {

  /**
   * @param organisation the organisation the key belongs to; not null
   * @param key the key's id (audit names it); not null
   * @param holder the pseudonymous staff key of the person or system, e.g. {@code h-2}; not null
   * @param roles at least one role
   * @throws NullPointerException if a required component is null
   */
  public Actor {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    roles = Set.copyOf(roles);
  }

  /**
   * Admits this actor to {@code org} with any of {@code anyOf}.
   *
   * @throws StoredModeException NOT_FOUND for another organisation (exactly as for one that does
   *     not exist), FORBIDDEN without any of the roles
   * @param org the organisation the use case acts in; not null
   * @param anyOf the roles, any one of which admits
   */
  public void require(OrganisationId org, Role... anyOf) {
    if (!organisation.equals(org)) {
      throw StoredModeException.notFound("no organisation '" + org + "'");
    }
    Set<Role> wanted = EnumSet.noneOf(Role.class);
    wanted.addAll(Arrays.asList(anyOf));
    if (wanted.stream().noneMatch(roles::contains)) {
      throw StoredModeException.forbidden(
          "this needs the role "
              + String.join(" or ", wanted.stream().map(Role::code).toList())
              + "; the key of "
              + holder
              + " has "
              + roles.stream().map(Role::code).sorted().toList());
    }
  }

  /**
   * @param role a role; not null
   * @return true if the actor has it
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * An analyst and nothing more: sees aggregates only, with small numbers withheld.
   *
   * @return true for an analyst without another role
   */
  public boolean analystOnly() {
    return has(Role.ANALYST) && !has(Role.HANDLEDARE) && !has(Role.ADMIN);
  }
}
