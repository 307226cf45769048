package se.skapa.app.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;

/**
 * API keys: issued, looked up by their hash, revoked, their last use. A port of stored mode: its
 * implementation takes part in the transaction of the {@link Tx} it is asked from, and every query
 * names its organisation.
 */
public interface KeyStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static KeyStore in(Tx tx) {
    return tx.port(KeyStore.class);
  }

  /**
   * Stores an API key; only the hash of its secret is kept.
   *
   * @param key the key's id, holder and roles; not null
   * @param hash the hash of its secret; not null
   */
  void insertKey(ApiKey key, byte[] hash);

  /**
   * A key that is not revoked, by the hash of its secret.
   *
   * @param hash the hash of a presented secret; not null
   * @return the key; empty if none or revoked
   */
  Optional<ApiKey> activeKeyByHash(byte[] hash);

  /**
   * @param organisation the organisation; not null
   * @return every key of the organisation, revoked ones included
   */
  List<ApiKey> keys(OrganisationId organisation);

  /**
   * @return false if there is no such unrevoked key in the organisation
   * @param organisation the organisation; not null
   * @param id the key; not null
   * @param at when it is revoked; not null
   */
  boolean revokeKey(OrganisationId organisation, KeyId id, Instant at);

  /**
   * Records use. The use case calls it at most once a minute per key; an implementation writes it.
   *
   * @param id the key used; not null
   * @param at when; not null
   */
  void touchKey(KeyId id, Instant at);
}
