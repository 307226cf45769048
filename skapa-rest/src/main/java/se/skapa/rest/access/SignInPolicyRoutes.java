package se.skapa.rest.access;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import se.skapa.app.access.SecondFactors;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.Violations;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** Whether password accounts need a second factor, and an admin's reset of one (a lost phone). */
public final class SignInPolicyRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final SecondFactors factors;
  private final RequestBodies bodies;

  public SignInPolicyRoutes(SecondFactors factors, RequestBodies bodies) {
    this.factors = factors;
    this.bodies = bodies;
  }

  /**
   * The organisation's sign-in policy.
   *
   * @param requireSecondFactor whether password accounts must have a second factor (TOTP)
   */
  public record Policy(@Nullable Boolean requireSecondFactor) {}

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.put(ORG + "/sign-in-policy", Access.MEMBER, this::put);
    r.get(ORG + "/sign-in-policy", Access.MEMBER, this::get);
    r.delete(ORG + "/users/{username}/second-factor", Access.MEMBER, this::reset);
  }

  private void put(Context ctx) {
    Policy b = bodies.read(ctx, Policy.class);
    Violations v = new Violations();
    v.check(
        b.requireSecondFactor() != null,
        "/requireSecondFactor",
        "required",
        "requireSecondFactor is required");
    v.throwIfAny();
    boolean required = Violations.built(b.requireSecondFactor());
    factors.require(actor(ctx), org(ctx), required);
    bodies.json(ctx, new Policy(required));
  }

  private void get(Context ctx) {
    bodies.json(ctx, new Policy(factors.required(actor(ctx), org(ctx))));
  }

  private void reset(Context ctx) {
    Violations v = new Violations();
    Pseudonym username = Keys.key(v, "/username", ctx.pathParam("username"));
    v.throwIfAny();
    factors.reset(actor(ctx), org(ctx), Violations.built(username));
    ctx.status(204);
  }
}
