package se.skapa.app.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/** Organisations, their services and their keys: the operator's and the admin's use cases. */
public final class Organisations {

  /** The holder named in the audit trail for what the server's operator does. */
  public static final String OPERATOR = "operator";

  /** How often a key's last use is written, at most. */
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  private final Storage storage;
  private final Map<KeyId, Instant> touched = new ConcurrentHashMap<>();
  private final Clock clock;

  /**
   * @param storage where organisations, keys and services are kept; not null
   * @param clock "now" for creation times and the audit; not null
   */
  public Organisations(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * An organisation and the key of its first admin.
   *
   * @param organisation the organisation
   * @param adminKey its first admin key, the secret shown this once
   */
  public record Created(Organisation organisation, IssuedKey adminKey) {}

  /**
   * Creates an organisation and its first admin key (operator only).
   *
   * @throws ValidationException on a bad name
   * @throws StoredModeException CONFLICT if the id is taken
   * @param id the organisation's id; not null
   * @param name its display name; not null
   * @param adminHolder the holder of the first admin key; not null
   * @return the organisation and its first admin key
   */
  public Created create(OrganisationId id, String name, Pseudonym adminHolder) {
    Organisation org = new Organisation(id, Names.check(name), now());
    return storage.transaction(
        tx -> {
          if (!OrganisationStore.in(tx).insertOrganisation(org)) {
            throw StoredModeException.conflict("organisation '" + id + "' exists already", null);
          }
          IssuedKey admin = issue(tx, org.id(), adminHolder, Set.of(Role.ADMIN));
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      id,
                      org.created(),
                      Optional.empty(),
                      OPERATOR,
                      "organisation.created",
                      "",
                      Optional.empty(),
                      Optional.empty()));
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      id,
                      org.created(),
                      Optional.empty(),
                      OPERATOR,
                      "key.created",
                      "keys/" + admin.key().id(),
                      Optional.empty(),
                      Optional.empty()));
          return new Created(org, admin);
        });
  }

  /**
   * Creates a key for a person or system of the admin's organisation.
   *
   * @throws ValidationException rule {@code roles} if no role is given
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param holder who holds the key; not null
   * @param roles its roles, at least one; not null
   * @return the key, its secret shown this once
   */
  public IssuedKey issueKey(Actor admin, OrganisationId org, Pseudonym holder, Set<Role> roles) {
    return issueKey(admin, org, holder, roles, Optional.empty());
  }

  /**
   * Issues a key limited to some services (secrecy between services): it records only in them and
   * sees a participant's data only where it was filed in them or consent shares it.
   *
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param holder the holder's pseudonymous key; not null
   * @param roles at least one; not null
   * @param services the services; empty for every service; not null
   * @return the key and its secret, shown once
   * @throws ValidationException rule {@code roles}, {@code unknown-service}
   */
  public IssuedKey issueKey(
      Actor admin,
      OrganisationId org,
      Pseudonym holder,
      Set<Role> roles,
      Optional<Set<ServiceId>> services) {
    admin.require(org, Role.ADMIN);
    if (roles.isEmpty()) {
      throw ValidationException.of(
          "/roles", "roles", "a key needs at least one role: admin, handledare or analyst");
    }
    return storage.transaction(
        tx -> {
          services.ifPresent(set -> set.forEach(sv -> requireService(tx, org, sv)));
          IssuedKey key = issue(tx, org, holder, roles, services);
          AuditLog.in(tx)
              .audit(AuditEntry.of(admin, now(), "key.created", "keys/" + key.key().id(), null));
          return key;
        });
  }

  /**
   * @throws StoredModeException NOT_FOUND if the organisation holds no such unrevoked key
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param id the key; not null
   */
  public void revokeKey(Actor admin, OrganisationId org, KeyId id) {
    admin.require(org, Role.ADMIN);
    storage.transaction(
        tx -> {
          Instant at = now();
          if (!KeyStore.in(tx).revokeKey(org, id, at)) {
            throw StoredModeException.notFound("no active key " + id);
          }
          AuditLog.in(tx).audit(AuditEntry.of(admin, at, "key.revoked", "keys/" + id, null));
          return null;
        });
  }

  /**
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @return every key, revoked ones included, never a secret
   */
  public List<ApiKey> keys(Actor admin, OrganisationId org) {
    admin.require(org, Role.ADMIN);
    return storage.transaction(tx -> KeyStore.in(tx).keys(org));
  }

  /**
   * @throws StoredModeException CONFLICT if the organisation has a service with this id
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param id the service's id; not null
   * @param name its display name; not null
   * @return the service
   * @throws ValidationException on a bad name
   */
  public Service createService(Actor admin, OrganisationId org, ServiceId id, String name) {
    admin.require(org, Role.ADMIN);
    Service service = new Service(org, id, Names.check(name), now());
    return storage.transaction(
        tx -> {
          if (!OrganisationStore.in(tx).insertService(service)) {
            throw StoredModeException.conflict("service '" + id + "' exists already", null);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin, service.created(), "service.created", "services/" + id, null));
          return service;
        });
  }

  /**
   * The organisation a person means at sign-in: its id as typed, or its name when exactly one
   * organisation has it (a person knows their kommun's or förbund's name, not SKAPA's id for it).
   *
   * @param typed what was typed; not null
   * @return the id; empty when it is neither an id that exists nor one organisation's name
   */
  public Optional<OrganisationId> signInId(String typed) {
    String t = typed.strip();
    return storage.transaction(
        tx -> {
          OrganisationStore store = OrganisationStore.in(tx);
          Optional<OrganisationId> byId;
          try {
            byId = store.organisation(OrganisationId.of(t)).map(Organisation::id);
          } catch (se.skapa.core.common.ValidationException notAnId) {
            byId = Optional.empty();
          }
          if (byId.isPresent()) {
            return byId;
          }
          List<Organisation> named = store.organisationsNamed(t);
          return named.size() == 1 ? Optional.of(named.get(0).id()) : Optional.empty();
        });
  }

  /**
   * The organisation the actor belongs to, with its name.
   *
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @return the organisation
   */
  public Organisation organisation(Actor actor, OrganisationId org) {
    actor.require(org, Role.values());
    return storage
        .transaction(tx -> OrganisationStore.in(tx).organisation(org))
        .orElseThrow(() -> StoredModeException.notFound("no organisation '" + org + "'"));
  }

  /**
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @return the organisation's services
   */
  public List<Service> services(Actor actor, OrganisationId org) {
    actor.require(org, Role.values());
    return storage.transaction(tx -> OrganisationStore.in(tx).services(org));
  }

  /**
   * The actor a presented key stands for, if it is a key of any organisation and not revoked.
   *
   * @param secret a presented key; not null
   * @return the key's actor; empty for an unknown or revoked key
   */
  public Optional<Actor> authenticate(@Nullable String secret) {
    if (secret == null || !secret.startsWith(Secrets.PREFIX)) {
      return Optional.empty();
    }
    byte[] hash = Secrets.hash(secret);
    Optional<ApiKey> key = storage.read(tx -> KeyStore.in(tx).activeKeyByHash(hash));
    key.ifPresent(this::touch);
    return key.map(ApiKey::actor);
  }

  /**
   * Records a key's use, at most once a {@link #TOUCH_INTERVAL} per key and instance: a write on
   * every request would cost every request a commit.
   */
  private void touch(ApiKey key) {
    Instant now = now();
    Instant last = touched.get(key.id());
    if (last != null && last.plus(TOUCH_INTERVAL).isAfter(now)) {
      return;
    }
    touched.put(key.id(), now);
    storage.transaction(
        tx -> {
          KeyStore.in(tx).touchKey(key.id(), now);
          return null;
        });
  }

  /**
   * The rule every capability that records at a service applies first: the service must exist in
   * the organisation.
   *
   * @param tx the running transaction; not null
   * @param org the organisation; not null
   * @param service the service named by the request; not null
   * @throws ValidationException rule {@code unknown-service} at {@code /service} if the
   *     organisation has no such service
   */
  public static void requireService(Tx tx, OrganisationId org, ServiceId service) {
    if (OrganisationStore.in(tx).service(org, service).isEmpty()) {
      throw ValidationException.of(
          "/service",
          "unknown-service",
          "the organisation has no service '"
              + service
              + "'; an admin creates it with POST /api/v1/organisations/"
              + org
              + "/services");
    }
  }

  private IssuedKey issue(Tx tx, OrganisationId org, Pseudonym holder, Set<Role> roles) {
    return issue(tx, org, holder, roles, Optional.empty());
  }

  private IssuedKey issue(
      Tx tx,
      OrganisationId org,
      Pseudonym holder,
      Set<Role> roles,
      Optional<Set<ServiceId>> services) {
    String secret = Secrets.newSecret();
    ApiKey key =
        new ApiKey(
            KeyId.random(),
            org,
            holder,
            roles,
            now(),
            Optional.empty(),
            Optional.empty(),
            services);
    KeyStore.in(tx).insertKey(key, Secrets.hash(secret));
    return new IssuedKey(key, secret);
  }

  private Instant now() {
    return clock.instant();
  }
}
