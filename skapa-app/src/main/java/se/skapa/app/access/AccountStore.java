package se.skapa.app.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Staff accounts for the pages and the failed sign-ins that lock them. A port of stored mode: its
 * implementation takes part in the transaction of the {@link Tx} it is asked from, and every query
 * names its organisation.
 */
public interface AccountStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static AccountStore in(Tx tx) {
    return tx.port(AccountStore.class);
  }

  /**
   * @return false if the organisation has an account with this username
   * @param account the account; not null
   * @param passwordHash the password's PBKDF2 hash, never the password; not null
   */
  boolean insertUser(UserAccount account, String passwordHash);

  /**
   * An account and its password hash.
   *
   * @param account the account
   * @param passwordHash the password's hash
   */
  record Credentials(UserAccount account, String passwordHash) {}

  /**
   * @param organisation the organisation; not null
   * @param username the account's username; not null
   * @return the account and its hash; empty if there is none or it is disabled
   */
  Optional<Credentials> user(OrganisationId organisation, Pseudonym username);

  /**
   * @param organisation the organisation; not null
   * @return the organisation's accounts
   */
  List<UserAccount> users(OrganisationId organisation);

  /**
   * Failed sign-ins counted for the throttle.
   *
   * @param forAccountFromAddress of this username from this address
   * @param fromAddress of any username from this address
   */
  record Failures(int forAccountFromAddress, int fromAddress) {}

  /**
   * Failed sign-ins since {@code since}. Neither the username nor the address is kept as typed: the
   * store keeps their hashes only.
   *
   * @param organisation the organisation; not null
   * @param username the username tried; not null
   * @param address the client's address; not null
   * @param since the first instant counted; not null
   * @return how many
   */
  Failures signInFailures(
      OrganisationId organisation, Pseudonym username, String address, Instant since);

  /**
   * Records a failed sign-in.
   *
   * @param organisation the organisation; not null
   * @param username the username tried; not null
   * @param address the client's address; not null
   * @param at when; not null
   */
  void recordSignInFailure(
      OrganisationId organisation, Pseudonym username, String address, Instant at);

  /**
   * Forgets a username's failed sign-ins from one address, after a successful one there.
   *
   * @param organisation the organisation; not null
   * @param username the username; not null
   * @param address the client's address; not null
   */
  void clearSignInFailures(OrganisationId organisation, Pseudonym username, String address);

  /**
   * Forgets a username's failed sign-ins from every address (an admin lifts the throttle).
   *
   * @param organisation the organisation; not null
   * @param username the username; not null
   * @return how many were forgotten
   */
  int unlock(OrganisationId organisation, Pseudonym username);

  /**
   * Sets an account's roles, as the organisation's identity provider says them at sign-in.
   *
   * @param organisation the organisation; not null
   * @param username the account; not null
   * @param roles the roles; not null
   */
  void setRoles(OrganisationId organisation, Pseudonym username, Set<Role> roles);

  /**
   * @param organisation the organisation; not null
   * @param username the account; not null
   * @param passwordHash the new password's hash; not null
   * @return false if there is no such account
   */
  boolean setPasswordHash(OrganisationId organisation, Pseudonym username, String passwordHash);

  /**
   * @param organisation the organisation; not null
   * @param username the account; not null
   * @param disabled whether it may sign in no more
   * @return false if there is no such account
   */
  boolean setDisabled(OrganisationId organisation, Pseudonym username, boolean disabled);

  /**
   * @param organisation the organisation; not null
   * @return the usernames of its disabled accounts
   */
  List<Pseudonym> disabled(OrganisationId organisation);

  /**
   * Ends every session of an account, in every instance.
   *
   * @param organisation the organisation; not null
   * @param username the account; not null
   * @return how many ended
   */
  int endSessions(OrganisationId organisation, Pseudonym username);
}
