package se.skapa.app.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/**
 * Signing in with the organisation's own identity provider (OpenID Connect), and the API's bearer
 * tokens from it. The protocol, the signatures and the token's lifetime, issuer, audience and nonce
 * are checked by the adapter with a kept library before any claim reaches this class; here the
 * verified claims become a person: their staff key becomes the username, and their roles come from
 * the token (mapped values of one claim) or stay in SKAPA (the account an admin made).
 */
public final class SingleSignOn {

  /** How long a sign-in may take at the provider before its state is forgotten. */
  public static final Duration PENDING_FOR = Duration.ofMinutes(10);

  /** Stored for accounts made at sign-in: no password ever matches it. */
  static final String NO_PASSWORD = "oidc-only";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where providers, sign-ins under way, accounts and sessions are kept; not null
   * @param clock "now"; not null
   */
  public SingleSignOn(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sets the organisation's identity provider (admin).
   *
   * @param admin an admin of the organisation; not null
   * @param provider the provider; not null
   */
  public void configure(Actor admin, IdentityProvider provider) {
    admin.require(provider.organisation(), Role.ADMIN);
    storage.transaction(
        tx -> {
          IdentityProviderStore.in(tx).put(provider);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin, clock.instant(), "identity-provider.set", "identity-provider", null));
          return null;
        });
  }

  /**
   * @param org the organisation; not null
   * @return its identity provider, for the sign-in page; empty if it has none
   */
  public Optional<IdentityProvider> provider(OrganisationId org) {
    return storage.transaction(tx -> IdentityProviderStore.in(tx).get(org));
  }

  /**
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @return its identity provider
   * @throws StoredModeException NOT_FOUND if it has none
   */
  public IdentityProvider provider(Actor admin, OrganisationId org) {
    admin.require(org, Role.ADMIN);
    return provider(org)
        .orElseThrow(
            () -> StoredModeException.notFound("the organisation has no identity provider"));
  }

  /**
   * @param issuer an issuer URL from a token, not yet trusted; not null
   * @return the providers configured with it
   */
  public List<IdentityProvider> byIssuer(String issuer) {
    return storage.transaction(tx -> IdentityProviderStore.in(tx).byIssuer(issuer));
  }

  /**
   * What the browser carries to the provider and back.
   *
   * @param provider the organisation's provider
   * @param state the state, returned by the provider; kept only as a hash
   * @param nonce the nonce the ID token must carry
   * @param verifier the PKCE code verifier
   */
  public record Begun(IdentityProvider provider, String state, String nonce, String verifier) {}

  /**
   * Begins a sign-in with the organisation's provider.
   *
   * @param org the organisation; not null
   * @return the state, nonce and PKCE verifier of this sign-in
   * @throws StoredModeException NOT_FOUND if the organisation has no provider
   */
  public Begun begin(OrganisationId org) {
    String state = random();
    String nonce = random();
    String verifier = random() + random();
    IdentityProvider p =
        storage.transaction(
            tx -> {
              IdentityProvider found =
                  IdentityProviderStore.in(tx)
                      .get(org)
                      .orElseThrow(
                          () ->
                              StoredModeException.notFound(
                                  "the organisation signs in with passwords only"));
              IdentityProviderStore.in(tx)
                  .begin(
                      new IdentityProviderStore.Pending(
                          Secrets.hash(state), org, nonce, verifier, clock.instant()));
              return found;
            });
    return new Begun(p, state, nonce, verifier);
  }

  /**
   * Takes the sign-in a returned state belongs to, once and within {@link #PENDING_FOR}.
   *
   * @param state the state the provider returned; not null
   * @return the sign-in and its organisation's provider
   * @throws StoredModeException SIGN_IN_FAILED for an unknown, replayed or expired state
   */
  public Begun resume(String state) {
    Instant now = clock.instant();
    return storage.transaction(
        tx -> {
          IdentityProviderStore.Pending p =
              IdentityProviderStore.in(tx)
                  .take(Secrets.hash(state))
                  .filter(x -> x.created().isAfter(now.minus(PENDING_FOR)))
                  .orElseThrow(
                      () ->
                          StoredModeException.signInFailed(
                              "this sign-in is unknown, used already or too old; begin again"));
          IdentityProvider provider =
              IdentityProviderStore.in(tx)
                  .get(p.organisation())
                  .orElseThrow(() -> StoredModeException.signInFailed("no identity provider"));
          return new Begun(provider, state, p.nonce(), p.verifier());
        });
  }

  /**
   * Signs in the person a verified ID token names.
   *
   * @param provider the provider that issued it; not null
   * @param claims the token's claims, verified; not null
   * @return the session
   * @throws StoredModeException SIGN_IN_FAILED when the token names no usable staff key, gives no
   *     role, or (roles kept in SKAPA) the person has no account
   */
  public Accounts.SignedIn signIn(IdentityProvider provider, Map<String, Object> claims) {
    OrganisationId org = provider.organisation();
    Pseudonym staff = staffKey(provider, claims);
    Optional<Set<Role>> fromToken = roles(provider, claims);
    Instant now = clock.instant();
    return storage.transaction(
        tx -> {
          AccountStore accounts = AccountStore.in(tx);
          Optional<UserAccount> existing = accounts.user(org, staff).map(c -> c.account());
          UserAccount account;
          if (fromToken.isPresent()) {
            if (existing.isEmpty()) {
              account = new UserAccount(KeyId.random(), org, staff, fromToken.get(), now);
              if (!accounts.insertUser(account, NO_PASSWORD)) {
                throw StoredModeException.signInFailed("the account is disabled");
              }
              AuditLog.in(tx)
                  .audit(
                      AuditEntry.of(account.actor(), now, "user.created", "users/" + staff, null));
            } else {
              UserAccount e = existing.get();
              accounts.setRoles(org, staff, fromToken.get());
              account =
                  new UserAccount(e.id(), org, staff, fromToken.get(), e.created(), e.services());
            }
          } else {
            account =
                existing.orElseThrow(
                    () ->
                        StoredModeException.signInFailed(
                            "the identity provider vouches for "
                                + staff
                                + ", who has no SKAPA account: an admin creates it"));
          }
          return Accounts.openSession(tx, account, now, "user.signed-in.oidc");
        });
  }

  /**
   * The caller a verified access token for the API names.
   *
   * @param provider the provider that issued it; not null
   * @param claims the token's claims, verified (issuer, audience, lifetime, signature); not null
   * @return the actor; empty when the token gives no role and the staff key has no account
   */
  public Optional<Actor> apiActor(IdentityProvider provider, Map<String, Object> claims) {
    Pseudonym staff;
    try {
      staff = staffKey(provider, claims);
    } catch (StoredModeException e) {
      return Optional.empty();
    }
    KeyId key =
        new KeyId(
            UUID.nameUUIDFromBytes(
                ("oidc\n" + provider.issuer() + "\n" + staff.value())
                    .getBytes(StandardCharsets.UTF_8)));
    Optional<Set<Role>> fromToken;
    try {
      fromToken = roles(provider, claims);
    } catch (StoredModeException e) {
      return Optional.empty();
    }
    if (fromToken.isPresent()) {
      return Optional.of(new Actor(provider.organisation(), key, staff, fromToken.get()));
    }
    return storage
        .transaction(tx -> AccountStore.in(tx).user(provider.organisation(), staff))
        .map(c -> c.account().actor());
  }

  private static Pseudonym staffKey(IdentityProvider provider, Map<String, Object> claims) {
    Object value = claims.get(provider.staffClaim());
    if (!(value instanceof String text)) {
      throw StoredModeException.signInFailed(
          "the token has no claim '" + provider.staffClaim() + "' naming the person");
    }
    try {
      return Pseudonym.of(text);
    } catch (ValidationException e) {
      throw StoredModeException.signInFailed(
          "the claim '"
              + provider.staffClaim()
              + "' is not a pseudonymous staff key (never a personnummer or a name)");
    }
  }

  /** Roles from the token; empty when roles stay in SKAPA. */
  private static Optional<Set<Role>> roles(IdentityProvider provider, Map<String, Object> claims) {
    if (provider.rolesClaim().isEmpty()) {
      return Optional.empty();
    }
    Object value = claims.get(provider.rolesClaim().get());
    Collection<?> values =
        value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object v : values) {
      Role r = provider.roleValues().get(String.valueOf(v));
      if (r != null) {
        roles.add(r);
      }
    }
    if (roles.isEmpty()) {
      throw StoredModeException.signInFailed(
          "the token gives no SKAPA role: none of its '"
              + provider.rolesClaim().get()
              + "' values is mapped to one");
    }
    return Optional.of(roles);
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
