package se.skapa.rest.access;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.ApiKey;
import se.skapa.app.access.IssuedKey;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.access.UserAccount;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.StoredRequests;

/** Stored mode over HTTP: organisations, their keys, accounts and services. Translation only. */
public final class AccessRoutes {

  private static final String ORGANISATIONS = Params.ORGANISATIONS;
  private static final String ORG = ORGANISATIONS + "/{org}";

  private final Organisations organisations;
  private final Accounts accounts;
  private final RequestBodies bodies;

  public AccessRoutes(Organisations organisations, Accounts accounts, RequestBodies bodies) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORGANISATIONS, Access.OPERATOR, this::createOrganisation);
    r.post(ORG + "/keys", Access.MEMBER, this::createKey);
    r.get(ORG + "/keys", Access.MEMBER, this::keys);
    r.delete(ORG + "/keys/{id}", Access.MEMBER, this::revokeKey);
    r.post(ORG + "/users", Access.MEMBER, this::createUser);
    r.get(ORG + "/users", Access.MEMBER, this::users);
    r.post(ORG + "/users/{username}/unlock", Access.MEMBER, this::unlock);
    r.post(ORG + "/services", Access.MEMBER, this::createService);
    r.get(ORG + "/services", Access.MEMBER, this::services);
  }

  public void createOrganisation(Context ctx) {
    StoredRequests.NewOrganisation req = bodies.read(ctx, StoredRequests.NewOrganisation.class);
    Violations v = new Violations();
    OrganisationId id = v.attempt("/id", () -> OrganisationId.of(req.id()));
    Pseudonym admin = Keys.key(v, "/admin", req.admin() == null ? "admin" : req.admin());
    v.throwIfAny();
    if (req.adminPassword() != null) {
      // Checked before anything is created: the organisation and its admin account come whole or
      // not at all.
      Accounts.checkPassword(req.adminPassword(), "/adminPassword");
    }
    Organisations.Created created =
        organisations.create(Violations.built(id), req.name(), Violations.built(admin));
    AccessResponses.User account = null;
    if (req.adminPassword() != null) {
      account =
          AccessResponses.User.of(
              accounts.createUser(
                  created.adminKey().key().actor(),
                  created.organisation().id(),
                  Violations.built(admin),
                  req.adminPassword(),
                  Set.of(Role.ADMIN)));
    }
    AccessResponses.CreatedOrganisation out =
        new AccessResponses.CreatedOrganisation(
            created.organisation().id().value(),
            created.organisation().name(),
            created.organisation().created(),
            AccessResponses.Issued.of(created.adminKey()),
            account);
    ctx.header("Location", BASE + id);
    created(bodies, ctx, out);
  }

  public void createKey(Context ctx) {
    StoredRequests.NewKey req = bodies.read(ctx, StoredRequests.NewKey.class);
    Violations v = new Violations();
    Pseudonym holder = Keys.key(v, "/holder", req.holder());
    Set<Role> roles = roles(v, req.roles());
    Optional<Set<ServiceId>> services = services(v, req.services());
    v.throwIfAny();
    IssuedKey key =
        organisations.issueKey(actor(ctx), org(ctx), Violations.built(holder), roles, services);
    ctx.header("Location", BASE + org(ctx) + "/keys/" + key.key().id());
    created(bodies, ctx, AccessResponses.Issued.of(key));
  }

  public void createUser(Context ctx) {
    StoredRequests.NewUser req = bodies.read(ctx, StoredRequests.NewUser.class);
    Violations v = new Violations();
    Pseudonym username = Keys.key(v, "/username", req.username());
    Set<Role> roles = roles(v, req.roles());
    Optional<Set<ServiceId>> services = services(v, req.services());
    v.throwIfAny();
    UserAccount account =
        accounts.createUser(
            actor(ctx), org(ctx), Violations.built(username), req.password(), roles, services);
    ctx.header("Location", BASE + org(ctx) + "/users/" + username);
    created(bodies, ctx, AccessResponses.User.of(account));
  }

  public void users(Context ctx) {
    List<UserAccount> users = accounts.users(actor(ctx), org(ctx));
    bodies.json(
        ctx, new AccessResponses.Users(users.stream().map(AccessResponses.User::of).toList()));
  }

  public void unlock(Context ctx) {
    bodies.discard(ctx);
    Violations v = new Violations();
    Pseudonym username = Keys.key(v, "/username", ctx.pathParam("username"));
    v.throwIfAny();
    int forgotten = accounts.unlock(actor(ctx), org(ctx), Violations.built(username));
    bodies.json(ctx, new AccessResponses.Unlocked(Violations.built(username).value(), forgotten));
  }

  /** A limit to services as asked for; empty (every service) when none was given. */
  private static Optional<Set<ServiceId>> services(Violations v, @Nullable List<String> ids) {
    if (ids == null) {
      return Optional.empty();
    }
    Set<ServiceId> out = new java.util.HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      ServiceId s = v.attempt("/services/" + i, () -> ServiceId.of(id));
      if (s != null) {
        out.add(s);
      }
    }
    return Optional.of(out);
  }

  private static Set<Role> roles(Violations v, List<String> codes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Optional.ofNullable(v.attempt(Pointer.at("/roles", i), () -> Role.of(code)))
          .ifPresent(roles::add);
    }
    return roles;
  }

  public void keys(Context ctx) {
    List<ApiKey> keys = organisations.keys(actor(ctx), org(ctx));
    bodies.json(ctx, new AccessResponses.Keys(keys.stream().map(AccessResponses.Key::of).toList()));
  }

  public void revokeKey(Context ctx) {
    organisations.revokeKey(actor(ctx), org(ctx), KeyId.parse(ctx.pathParam("id")));
    ctx.status(204);
  }

  public void createService(Context ctx) {
    StoredRequests.NewService req = bodies.read(ctx, StoredRequests.NewService.class);
    ServiceId id;
    try {
      id = ServiceId.of(req.id());
    } catch (ValidationException e) {
      throw e.under("/id");
    }
    Service s = organisations.createService(actor(ctx), org(ctx), id, req.name());
    ctx.header("Location", BASE + org(ctx) + "/services/" + id);
    created(bodies, ctx, AccessResponses.ServiceView.of(s));
  }

  public void services(Context ctx) {
    List<Service> services = organisations.services(actor(ctx), org(ctx));
    bodies.json(
        ctx,
        new AccessResponses.Services(
            services.stream().map(AccessResponses.ServiceView::of).toList()));
  }
}
