package se.skapa.app.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;

/**
 * Organisations' identity providers and the sign-ins under way with them. A port of stored mode:
 * its implementation takes part in the transaction of the {@link Tx} it is asked from.
 */
public interface IdentityProviderStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static IdentityProviderStore in(Tx tx) {
    return tx.port(IdentityProviderStore.class);
  }

  /**
   * @param provider the provider, replacing the organisation's earlier one; not null
   */
  void put(IdentityProvider provider);

  /**
   * @param organisation the organisation; not null
   * @return its provider; empty if it has none
   */
  Optional<IdentityProvider> get(OrganisationId organisation);

  /**
   * @param issuer an issuer URL; not null
   * @return the providers with that issuer (several organisations may share one tenant)
   */
  List<IdentityProvider> byIssuer(String issuer);

  /**
   * A sign-in under way: what the browser's return must match.
   *
   * @param stateHash the hash of the state sent to the provider (the state itself is never kept)
   * @param organisation the organisation signing in
   * @param nonce the nonce the ID token must carry
   * @param verifier the PKCE code verifier
   * @param created when it began
   */
  record Pending(
      byte[] stateHash,
      OrganisationId organisation,
      String nonce,
      String verifier,
      Instant created) {}

  /**
   * @param pending a sign-in that began; not null
   */
  void begin(Pending pending);

  /**
   * Takes a sign-in under way, once: a second return with the same state finds nothing.
   *
   * @param stateHash the hash of the returned state; not null
   * @return the sign-in; empty if unknown or taken already
   */
  Optional<Pending> take(byte[] stateHash);

  /**
   * @param before sign-ins that began before this are forgotten; not null
   * @return how many
   */
  int forgetPending(Instant before);
}
