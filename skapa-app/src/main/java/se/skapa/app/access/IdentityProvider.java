package se.skapa.app.access;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.core.common.ValidationException;

/**
 * An organisation's own identity provider (OpenID Connect): Microsoft Entra ID, Inera's IdP with
 * SITHS, Freja eID through a broker. Staff sign in to the pages there (authorization code with
 * PKCE), and systems call the API with its access tokens.
 *
 * @param organisation the organisation
 * @param issuer the provider's issuer URL, exactly as in its tokens ({@code iss})
 * @param clientId SKAPA's client id at the provider
 * @param clientSecretVariable the name of the environment variable that holds the client secret
 *     (never the secret itself, which stays out of the database); empty for a public client with
 *     PKCE alone
 * @param staffClaim the claim that holds the person's staff key, which becomes their username (a
 *     pseudonymous key such as an employee number or Entra's {@code oid}; never a personnummer)
 * @param rolesClaim the claim whose values give the roles; empty when roles stay in SKAPA (the
 *     person then needs an account of that username, made by an admin)
 * @param roleValues which value of {@code rolesClaim} gives which role
 * @param apiAudience the audience ({@code aud}) the provider's access tokens for SKAPA's API carry;
 *     empty when systems use SKAPA's own keys only
 * @param passwordsAllowed whether SKAPA's own passwords still sign in too; false switches them off
 */
public record IdentityProvider(
    OrganisationId organisation,
    String issuer,
    String clientId,
    Optional<String> clientSecretVariable,
    String staffClaim,
    Optional<String> rolesClaim,
    Map<String, Role> roleValues,
    Optional<String> apiAudience,
    boolean passwordsAllowed) {

  /**
   * @param organisation the organisation; not null
   * @param issuer the issuer URL; not null
   * @param clientId the client id; not null
   * @param clientSecretVariable the variable holding the client secret; not null
   * @param staffClaim the claim naming the person; not null
   * @param rolesClaim the claim giving roles; not null
   * @param roleValues the claim's values and their roles; not null
   * @param apiAudience the API tokens' audience; not null
   * @param passwordsAllowed whether passwords still sign in
   * @throws NullPointerException if a component is null
   * @throws ValidationException rule {@code format} at {@code /issuer} if the issuer is not an
   *     https URL (http only on loopback, as a test provider runs)
   */
  public IdentityProvider {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecretVariable, "clientSecretVariable");
    Objects.requireNonNull(staffClaim, "staffClaim");
    Objects.requireNonNull(rolesClaim, "rolesClaim");
    roleValues = Map.copyOf(roleValues);
    Objects.requireNonNull(apiAudience, "apiAudience");
    if (!issuer.startsWith("https://")
        && !issuer.startsWith("http://127.0.0.1:")
        && !issuer.startsWith("http://localhost:")) {
      throw ValidationException.of(
          "/issuer",
          "format",
          "an issuer is an https URL (plain http only on loopback, for a test provider)");
    }
  }
}
