package se.skapa.app;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
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
 * @param services the services the key or account is limited to; empty for every service of the
 *     organisation. A limited actor records only in its services and sees a participant's data only
 *     where it was filed in them, or in services the participant has consented to share with them
 *     (secrecy between services, offentlighets- och sekretesslagen)
 */
public record Actor(
    OrganisationId organisation,
    KeyId key,
    Pseudonym holder,
    Set<Role> roles,
    Optional<Set<ServiceId>> services) {

  /**
   * @param organisation the organisation the key belongs to; not null
   * @param key the key's id (audit names it); not null
   * @param holder the pseudonymous staff key of the person or system, e.g. {@code h-2}; not null
   * @param roles at least one role
   * @throws NullPointerException if a required component is null
   * @param services the services it is limited to; empty for every service; not null
   */
  public Actor {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    roles = Set.copyOf(roles);
    services = services.map(Set::copyOf);
  }

  /**
   * An actor of every service of the organisation.
   *
   * @param organisation the organisation the key belongs to; not null
   * @param key the key's id (audit names it); not null
   * @param holder the pseudonymous staff key of the person or system; not null
   * @param roles at least one role
   */
  public Actor(OrganisationId organisation, KeyId key, Pseudonym holder, Set<Role> roles) {
    this(organisation, key, holder, roles, Optional.empty());
  }

  /**
   * @param service a service of the organisation; not null
   * @return true if this actor works in it (an actor without a limit works in every service)
   */
  public boolean serves(ServiceId service) {
    return services.map(s -> s.contains(service)).orElse(true);
  }

  /**
   * Admits this actor to record in {@code service}.
   *
   * @param service the service written to; not null
   * @throws StoredModeException FORBIDDEN if the actor is limited to other services
   */
  public void requireService(ServiceId service) {
    if (!serves(service)) {
      throw StoredModeException.forbidden(
          "the key of "
              + holder
              + " is limited to the services "
              + services.orElseThrow().stream().map(ServiceId::value).sorted().toList()
              + "; "
              + service.value()
              + " is not one of them");
    }
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
