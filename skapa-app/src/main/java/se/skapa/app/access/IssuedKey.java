package se.skapa.app.access;

import java.util.Objects;

/**
 * A key just created: the only moment its secret exists outside the caller. SKAPA keeps a hash.
 *
 * @param secret the key to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedKey(ApiKey key, String secret) {

  /**
   * @param key the key; not null
   * @param secret the key to send as {@code Authorization: Bearer <secret>}; not null
   * @throws NullPointerException if a required component is null
   */
  public IssuedKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
  }

  /** Never the secret. */
  @Override
  public String toString() {
    return "IssuedKey[" + key.id() + " of " + key.holder() + "]";
  }
}
