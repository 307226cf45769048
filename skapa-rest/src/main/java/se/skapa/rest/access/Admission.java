package se.skapa.rest.access;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import se.skapa.app.Actor;
import se.skapa.app.access.Organisations;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.ApiKeys;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.Problem;
import se.skapa.rest.http.Router;

/**
 * Who may call a route, as each route declares it ({@link Router.Access}). The stateless API takes
 * a key of {@code SKAPA_API_KEYS} when any is set. Creating an organisation takes an operator key
 * ({@code SKAPA_OPERATOR_KEYS}), or nothing on a server that listens on loopback only and has none;
 * every other stored-mode route takes a key of the organisation, so that the audit trail names a
 * holder.
 */
public final class Admission implements Router.Admission {

  private static final String ORGANISATIONS = Params.ORGANISATIONS;

  private static final String PREFIX = "Bearer ";

  private final Optional<Organisations> organisations;
  private final ApiKeys callerKeys;
  private final ApiKeys operatorKeys;
  private final boolean loopbackOnly;
  private final Optional<BearerTokens> tokens;
  private final Function<Context, Optional<Actor>> pageSession;

  /**
   * @param organisations empty when the server runs without a database
   * @param callerKeys the stateless API's keys; none for an open API
   * @param operatorKeys who may create organisations
   * @param loopbackOnly true if the server listens on loopback only
   */
  public Admission(
      Optional<Organisations> organisations,
      ApiKeys callerKeys,
      ApiKeys operatorKeys,
      boolean loopbackOnly) {
    this(organisations, callerKeys, operatorKeys, loopbackOnly, Optional.empty());
  }

  /**
   * @param organisations empty when the server runs without a database
   * @param callerKeys the stateless API's keys; none for an open API
   * @param operatorKeys who may create organisations
   * @param loopbackOnly true if the server listens on loopback only
   * @param tokens access tokens from organisations' identity providers, beside SKAPA's own keys
   */
  public Admission(
      Optional<Organisations> organisations,
      ApiKeys callerKeys,
      ApiKeys operatorKeys,
      boolean loopbackOnly,
      Optional<BearerTokens> tokens) {
    this(organisations, callerKeys, operatorKeys, loopbackOnly, tokens, ctx -> Optional.empty());
  }

  /**
   * @param organisations empty when the server runs without a database
   * @param callerKeys the stateless API's keys; none for an open API
   * @param operatorKeys who may create organisations
   * @param loopbackOnly true if the server listens on loopback only
   * @param tokens access tokens from organisations' identity providers, beside SKAPA's own keys
   * @param pageSession who a request's page session (cookie) signs in as, for the files the pages
   *     link to: a report's PDF or CSV read in the browser is the API's own file
   */
  public Admission(
      Optional<Organisations> organisations,
      ApiKeys callerKeys,
      ApiKeys operatorKeys,
      boolean loopbackOnly,
      Optional<BearerTokens> tokens,
      Function<Context, Optional<Actor>> pageSession) {
    this.pageSession = pageSession;
    this.organisations = organisations;
    this.callerKeys = callerKeys;
    this.operatorKeys = operatorKeys;
    this.loopbackOnly = loopbackOnly;
    this.tokens = tokens;
  }

  @Override
  public void admit(Context ctx, Router.Access access) {
    switch (access) {
      case OPEN -> {}
      case CALLER -> caller(ctx);
      case OPERATOR -> operator(ctx);
      case MEMBER -> member(ctx);
    }
  }

  private void caller(Context ctx) {
    if (callerKeys.enabled()) {
      if (!callerKeys.accepts(ctx.header("Authorization"))) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"skapa\"");
        throw ApiException.unauthorized();
      }
    } else if (!loopbackOnly) {
      // Beyond loopback without API keys: a key of an organisation admits, as in stored mode.
      member(ctx);
    }
  }

  private void operator(Context ctx) {
    storedOrganisations();
    if (operatorKeys.enabled() ? operatorKeys.accepts(ctx.header("Authorization")) : loopbackOnly) {
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

  private void member(Context ctx) {
    Organisations orgs = storedOrganisations();
    String authorization = ctx.header("Authorization");
    String secret =
        authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            ? authorization.substring(PREFIX.length()).strip()
            : null;
    Optional<Actor> fromToken =
        secret != null && BearerTokens.looksLikeJwt(secret)
            ? tokens.flatMap(t -> t.actor(secret))
            : Optional.empty();
    // A file the pages link to or show (a report's PDF, CSV or chart), fetched by the browser with
    // its session: read-only, so a cross-site link gains an attacker nothing the same-origin rule
    // lets them read.
    boolean pageFile =
        authorization == null
            && ctx.method().name().equals("GET")
            && (ctx.path().endsWith(".pdf")
                || ctx.path().endsWith(".csv")
                || ctx.path().endsWith(".svg"));
    Actor actor =
        fromToken
            .or(() -> pageFile ? pageSession.apply(ctx) : Optional.empty())
            .or(() -> orgs.authenticate(secret))
            .orElseThrow(
                () ->
                    unauthorized(
                        ctx,
                        "send a key of the organisation as 'Authorization: Bearer <key>'; its admin creates keys with POST "
                            + ORGANISATIONS
                            + "/{org}/keys"));
    Params.admitted(ctx, actor);
  }

  private Organisations storedOrganisations() {
    return organisations.orElseThrow(
        () ->
            new ApiException(
                Problem.of(
                    503,
                    "no-storage",
                    "Stored mode is off",
                    "this server was started without a database, so it keeps nothing; the stateless routes work")));
  }

  private static ApiException unauthorized(Context ctx, String detail) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"skapa\"");
    return new ApiException(Problem.of(401, "unauthorized", "Unauthorized", detail));
  }
}
