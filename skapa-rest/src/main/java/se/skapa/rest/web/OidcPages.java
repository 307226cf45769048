package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.skapa.app.OrganisationId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.IdentityProvider;
import se.skapa.app.access.SingleSignOn;

/**
 * Sign-in with the organisation's identity provider: OpenID Connect's authorization code flow with
 * PKCE (S256), a one-time state and a nonce, the ID token's signature, issuer, audience, lifetime
 * and nonce checked by the Nimbus OAuth 2.0 SDK against the provider's published keys. Nothing of
 * the protocol is hand-written here.
 */
public final class OidcPages {

  private static final Logger LOG = LoggerFactory.getLogger(OidcPages.class);

  private final Pages pages;
  private final SingleSignOn sso;
  private final Function<String, Optional<String>> environment;
  private final Map<String, OIDCProviderMetadata> metadata = new ConcurrentHashMap<>();
  private final Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();

  /**
   * @param pages the page renderer
   * @param sso the use case
   * @param environment reads the environment variable a provider names for its client secret
   */
  OidcPages(Pages pages, SingleSignOn sso, Function<String, Optional<String>> environment) {
    this.pages = pages;
    this.sso = sso;
    this.environment = environment;
  }

  /** {@code GET /login/oidc?org=…}: to the organisation's provider. */
  public void begin(Context ctx) {
    String org = Optional.ofNullable(ctx.queryParam("org")).orElse("").strip();
    try {
      SingleSignOn.Begun b = sso.begin(OrganisationId.of(org));
      OIDCProviderMetadata meta = metadata(b.provider());
      AuthenticationRequest request =
          new AuthenticationRequest.Builder(
                  new ResponseType("code"),
                  new Scope("openid"),
                  new ClientID(b.provider().clientId()),
                  redirectUri(ctx))
              .endpointURI(meta.getAuthorizationEndpointURI())
              .state(new State(b.state()))
              .nonce(new Nonce(b.nonce()))
              .codeChallenge(new CodeVerifier(b.verifier()), CodeChallengeMethod.S256)
              .build();
      ctx.redirect(request.toURI().toString(), HttpStatus.SEE_OTHER);
    } catch (IllegalArgumentException | StoredModeException | IOException | GeneralException e) {
      failed(ctx, org, e);
    }
  }

  /** {@code GET /login/oidc/callback}: the provider's answer, checked, becomes a session. */
  public void callback(Context ctx) {
    String org = "";
    try {
      AuthenticationResponse response =
          AuthenticationResponseParser.parse(URI.create(ctx.fullUrl()));
      if (response instanceof AuthenticationErrorResponse error) {
        throw StoredModeException.signInFailed(
            "the identity provider refused: " + error.getErrorObject().getCode());
      }
      State state = response.toSuccessResponse().getState();
      if (state == null) {
        throw StoredModeException.signInFailed("no state in the provider's answer");
      }
      SingleSignOn.Begun b = sso.resume(state.getValue());
      IdentityProvider p = b.provider();
      org = p.organisation().value();
      AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
      if (code == null) {
        throw StoredModeException.signInFailed("no authorization code in the provider's answer");
      }
      OIDCProviderMetadata meta = metadata(p);
      AuthorizationCodeGrant grant =
          new AuthorizationCodeGrant(code, redirectUri(ctx), new CodeVerifier(b.verifier()));
      Optional<String> secret = p.clientSecretVariable().flatMap(environment);
      TokenRequest request =
          secret.isPresent()
              ? new TokenRequest(
                  meta.getTokenEndpointURI(),
                  new ClientSecretBasic(new ClientID(p.clientId()), new Secret(secret.get())),
                  grant)
              : new TokenRequest(meta.getTokenEndpointURI(), new ClientID(p.clientId()), grant);
      TokenResponse tokens = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
      if (!tokens.indicatesSuccess()) {
        throw StoredModeException.signInFailed(
            "the identity provider gave no token: "
                + tokens.toErrorResponse().getErrorObject().getCode());
      }
      JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
      Map<String, Object> claims =
          validator(p, meta).validate(idToken, new Nonce(b.nonce())).toJSONObject();
      Accounts.SignedIn in = sso.signIn(p, claims);
      ctx.res()
          .addHeader(
              "Set-Cookie",
              WebRoutes.SESSION_COOKIE
                  + "="
                  + in.token()
                  + "; Path=/; HttpOnly; SameSite=Lax"
                  + secure(ctx));
      ctx.redirect("/app", HttpStatus.SEE_OTHER);
    } catch (StoredModeException
        | IOException
        | GeneralException
        | BadJOSEException
        | JOSEException
        | IllegalArgumentException e) {
      failed(ctx, org, e);
    }
  }

  private void failed(Context ctx, String org, Exception e) {
    // The class only: a message may quote what the browser sent.
    LOG.info("An OIDC sign-in was refused: {}", e.getClass().getSimpleName());
    pages.message(
        ctx, 401, Msg.OIDC_FAILED.in(lang(ctx)) + (org.isEmpty() ? "" : " (" + org + ")"));
  }

  private static URI redirectUri(Context ctx) {
    String scheme =
        "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
    return URI.create(scheme + "://" + ctx.host() + "/login/oidc/callback");
  }

  private OIDCProviderMetadata metadata(IdentityProvider p) throws IOException, GeneralException {
    OIDCProviderMetadata m = metadata.get(p.issuer());
    if (m == null) {
      m = OIDCProviderMetadata.resolve(new Issuer(p.issuer()));
      metadata.put(p.issuer(), m);
    }
    return m;
  }

  private IDTokenValidator validator(IdentityProvider p, OIDCProviderMetadata meta)
      throws IOException {
    String key = p.issuer() + "\n" + p.clientId();
    IDTokenValidator v = validators.get(key);
    if (v == null) {
      v =
          new IDTokenValidator(
              new Issuer(p.issuer()),
              new ClientID(p.clientId()),
              JWSAlgorithm.RS256,
              meta.getJWKSetURI().toURL());
      validators.put(key, v);
    }
    return v;
  }
}
