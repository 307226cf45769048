package se.skapa.app.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Password accounts' second factors (TOTP secrets, recovery codes) and the organisations that
 * require one. A port of stored mode: its implementation takes part in the transaction of the
 * {@link Tx} it is asked from.
 */
public interface SecondFactorStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static SecondFactorStore in(Tx tx) {
    return tx.port(SecondFactorStore.class);
  }

  /**
   * An account's second factor.
   *
   * @param secret the confirmed secret; empty before the first confirmation
   * @param pending a secret being enrolled, not yet confirmed with a code
   * @param lastStep the last time step used; codes of it and before are refused
   */
  record Factor(Optional<byte[]> secret, Optional<byte[]> pending, long lastStep) {}

  /**
   * @param org the organisation; not null
   * @param username the account; not null
   * @return its factor; empty if it has none
   */
  Optional<Factor> factor(OrganisationId org, Pseudonym username);

  /**
   * Starts enrolling a secret; a confirmed one stays in use until the new one is confirmed.
   *
   * @param org the organisation; not null
   * @param username the account; not null
   * @param secret the new secret; not null
   */
  void begin(OrganisationId org, Pseudonym username, byte[] secret);

  /**
   * Makes the pending secret the account's, with the step of the code that confirmed it.
   *
   * @param org the organisation; not null
   * @param username the account; not null
   * @param step the step used; not null
   * @param at when; not null
   */
  void confirm(OrganisationId org, Pseudonym username, long step, Instant at);

  /**
   * Moves the last step used forward, only if {@code step} is newer: two sign-ins with one code
   * cannot both pass.
   *
   * @param org the organisation; not null
   * @param username the account; not null
   * @param step the step of the code just used
   * @return true if it was newer
   */
  boolean advance(OrganisationId org, Pseudonym username, long step);

  /**
   * @param org the organisation; not null
   * @param username the account; not null
   * @param codeHashes the hashes of the new recovery codes, replacing any earlier ones; not null
   */
  void replaceRecoveryCodes(OrganisationId org, Pseudonym username, List<byte[]> codeHashes);

  /**
   * Uses a recovery code, once.
   *
   * @param org the organisation; not null
   * @param username the account; not null
   * @param codeHash the hash of the typed code; not null
   * @return true if it was there (and is now gone)
   */
  boolean useRecoveryCode(OrganisationId org, Pseudonym username, byte[] codeHash);

  /**
   * Removes an account's second factor and recovery codes (an admin's reset).
   *
   * @param org the organisation; not null
   * @param username the account; not null
   * @return true if there was one
   */
  boolean remove(OrganisationId org, Pseudonym username);

  /**
   * @param org the organisation; not null
   * @return whether its password accounts must have a second factor
   */
  boolean required(OrganisationId org);

  /**
   * @param org the organisation; not null
   * @param required whether its password accounts must have a second factor
   */
  void setRequired(OrganisationId org, boolean required);
}
