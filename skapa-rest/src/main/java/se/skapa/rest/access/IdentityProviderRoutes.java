package se.skapa.rest.access;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Role;
import se.skapa.app.access.IdentityProvider;
import se.skapa.app.access.SingleSignOn;
import se.skapa.core.common.Violations;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** The organisation's own identity provider (OpenID Connect): set and read by its admin. */
public final class IdentityProviderRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final SingleSignOn sso;
  private final RequestBodies bodies;

  public IdentityProviderRoutes(SingleSignOn sso, RequestBodies bodies) {
    this.sso = sso;
    this.bodies = bodies;
  }

  /**
   * An identity provider as set and answered.
   *
   * @param issuer the issuer URL, exactly as in the tokens
   * @param clientId SKAPA's client id there
   * @param clientSecretVariable the environment variable holding the client secret
   * @param staffClaim the claim naming the person (their staff key)
   * @param rolesClaim the claim giving roles; null when roles stay in SKAPA
   * @param roleValues the claim's values and the role each gives
   * @param apiAudience the audience of access tokens for the API; null for none
   * @param passwordsAllowed whether SKAPA's passwords still sign in too
   */
  public record ProviderBody(
      @Nullable String issuer,
      @Nullable String clientId,
      @Nullable String clientSecretVariable,
      @Nullable String staffClaim,
      @Nullable String rolesClaim,
      @Nullable Map<String, String> roleValues,
      @Nullable String apiAudience,
      @Nullable Boolean passwordsAllowed) {

    static ProviderBody of(IdentityProvider p) {
      Map<String, String> values = new TreeMap<>();
      p.roleValues().forEach((k, v) -> values.put(k, v.code()));
      return new ProviderBody(
          p.issuer(),
          p.clientId(),
          p.clientSecretVariable().orElse(null),
          p.staffClaim(),
          p.rolesClaim().orElse(null),
          values,
          p.apiAudience().orElse(null),
          p.passwordsAllowed());
    }
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.put(ORG + "/identity-provider", Access.MEMBER, this::put);
    r.get(ORG + "/identity-provider", Access.MEMBER, this::get);
  }

  private void put(Context ctx) {
    ProviderBody b = bodies.read(ctx, ProviderBody.class);
    Violations v = new Violations();
    v.check(b.issuer() != null, "/issuer", "required", "issuer is required");
    v.check(b.clientId() != null, "/clientId", "required", "clientId is required");
    v.check(b.staffClaim() != null, "/staffClaim", "required", "staffClaim is required");
    v.check(
        b.passwordsAllowed() != null,
        "/passwordsAllowed",
        "required",
        "passwordsAllowed is required");
    Map<String, Role> roles = new HashMap<>();
    Map<String, String> given = b.roleValues() == null ? Map.of() : b.roleValues();
    given.forEach(
        (value, code) -> {
          Role role = v.attempt("/roleValues/" + value, () -> Role.of(code));
          if (role != null) {
            roles.put(value, role);
          }
        });
    v.check(
        b.rolesClaim() == null || !roles.isEmpty(),
        "/roleValues",
        "required",
        "a rolesClaim needs roleValues: which of its values gives which role");
    v.throwIfAny();
    IdentityProvider p =
        v.attempt(
            "",
            () ->
                new IdentityProvider(
                    org(ctx),
                    Violations.built(b.issuer()),
                    Violations.built(b.clientId()),
                    Optional.ofNullable(b.clientSecretVariable()),
                    Violations.built(b.staffClaim()),
                    Optional.ofNullable(b.rolesClaim()),
                    roles,
                    Optional.ofNullable(b.apiAudience()),
                    Violations.built(b.passwordsAllowed())));
    v.throwIfAny();
    sso.configure(actor(ctx), Violations.built(p));
    bodies.json(ctx, ProviderBody.of(Violations.built(p)));
  }

  private void get(Context ctx) {
    bodies.json(ctx, ProviderBody.of(sso.provider(actor(ctx), org(ctx))));
  }
}
