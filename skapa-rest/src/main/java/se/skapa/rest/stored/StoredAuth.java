package se.skapa.rest.stored;

import io.javalin.http.Context;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.access.Organisations;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.ApiKeys;
import se.skapa.rest.http.Problem;

/**
 * Who is calling a stored-mode route. Creating an organisation takes an operator key ({@code
 * SKAPA_OPERATOR_KEYS}), or nothing on a server that listens on loopback only and has none;
 * everything else takes a key of the organisation, so that the audit trail names a holder.
 */
public final class StoredAuth {

  public static final String ORGANISATIONS = "/api/v1/organisations";
  private static final String ACTOR = "skapa.actor";
  private static final String PREFIX = "Bearer ";

  private final Optional<Organisations> organisations;
  private final ApiKeys operatorKeys;
  private final boolean loopbackOnly;

  /**
   * @param organisations empty when the server runs without a database
   */
  public StoredAuth(
      Optional<Organisations> organisations, ApiKeys operatorKeys, boolean loopbackOnly) {
    this.organisations = organisations;
    this.operatorKeys = operatorKeys;
    this.loopbackOnly = loopbackOnly;
  }

  public static boolean isStoredPath(String path) {
    return path.equals(ORGANISATIONS) || path.startsWith(ORGANISATIONS + "/");
  }

  /** Admits the request or throws the 401/403/503 problem. */
  public void admit(Context ctx) {
    Organisations orgs =
        organisations.orElseThrow(
            () ->
                new ApiException(
                    Problem.of(
                        503,
                        "no-storage",
                        "Stored mode is off",
                        "this server was started without a database, so it keeps nothing; the stateless routes work")));
    String authorization = ctx.header("Authorization");
    if (ctx.path().equals(ORGANISATIONS)) {
      if (operatorKeys.enabled() ? operatorKeys.accepts(authorization) : loopbackOnly) {
        return;
      }
      if (!operatorKeys.enabled()) {
        throw new ApiException(
            Problem.of(
                403,
                "forbidden",
                "Forbidden",
                "creating organisations needs an operator key "
                    + "(SKAPA_OPERATOR_KEYS) on a server that listens beyond loopback"));
      }
      throw unauthorized(
          ctx, "send an operator key (SKAPA_OPERATOR_KEYS) as 'Authorization: Bearer <key>'");
    }
    String secret =
        authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            ? authorization.substring(PREFIX.length()).strip()
            : null;
    Actor actor =
        orgs.authenticate(secret)
            .orElseThrow(
                () ->
                    unauthorized(
                        ctx,
                        "send a key of the organisation as 'Authorization: Bearer <key>'; its admin creates keys with POST "
                            + ORGANISATIONS
                            + "/{org}/keys"));
    ctx.attribute(ACTOR, actor);
  }

  static Actor actor(Context ctx) {
    Actor a = ctx.attribute(ACTOR);
    if (a == null) {
      throw new IllegalStateException("stored route reached without an actor");
    }
    return a;
  }

  private static ApiException unauthorized(Context ctx, String detail) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"skapa\"");
    return new ApiException(Problem.of(401, "unauthorized", "Unauthorized", detail));
  }
}
