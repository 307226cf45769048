package se.skapa.rest.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.skapa.app.Actor;
import se.skapa.app.access.IdentityProvider;
import se.skapa.app.access.SingleSignOn;

/**
 * Access tokens from an organisation's identity provider as API keys (system-to-system): a signed
 * JWT whose issuer is a configured provider's, verified with the Nimbus JOSE+JWT library against
 * the keys the provider publishes (JWKS), its audience the one configured for SKAPA's API, within
 * its lifetime. Anything else is not a token SKAPA knows, and the caller is refused as for an
 * unknown key.
 */
public final class BearerTokens {

  private final SingleSignOn sso;
  private final Map<String, DefaultJWTProcessor<SecurityContext>> processors =
      new ConcurrentHashMap<>();

  /**
   * @param sso the organisations' providers
   */
  public BearerTokens(SingleSignOn sso) {
    this.sso = sso;
  }

  /**
   * @param token what followed {@code Bearer }; not null
   * @return true if it has the shape of a JWT (three base64url parts)
   */
  public static boolean looksLikeJwt(String token) {
    return token.startsWith("eyJ") && token.chars().filter(c -> c == '.').count() == 2;
  }

  /**
   * @param token a bearer token; not null
   * @return the caller it proves; empty when it proves nothing
   */
  public Optional<Actor> actor(String token) {
    String issuer;
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token);
      issuer = jwt.getJWTClaimsSet().getIssuer();
    } catch (java.text.ParseException e) {
      return Optional.empty();
    }
    if (issuer == null) {
      return Optional.empty();
    }
    for (IdentityProvider p : sso.byIssuer(issuer)) {
      if (p.apiAudience().isEmpty()) {
        continue;
      }
      try {
        JWTClaimsSet claims = processor(p).process(jwt, null);
        Optional<Actor> actor = sso.apiActor(p, claims.toJSONObject());
        if (actor.isPresent()) {
          return actor;
        }
      } catch (BadJOSEException | JOSEException | IOException | GeneralException e) {
        // Not this provider's: another organisation may share the issuer with its own audience.
      }
    }
    return Optional.empty();
  }

  private DefaultJWTProcessor<SecurityContext> processor(IdentityProvider p)
      throws IOException, GeneralException {
    String key = p.issuer() + "\n" + p.apiAudience().orElseThrow();
    DefaultJWTProcessor<SecurityContext> processor = processors.get(key);
    if (processor == null) {
      OIDCProviderMetadata meta = OIDCProviderMetadata.resolve(new Issuer(p.issuer()));
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(meta.getJWKSetURI().toURL()).build();
      processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
      processor.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              p.apiAudience().get(),
              new JWTClaimsSet.Builder().issuer(p.issuer()).build(),
              Set.of("sub", "exp", "iat")));
      processors.put(key, processor);
    }
    return processor;
  }
}
