package se.skapa.app.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * An account's life after it is made: a person changes their own password; an admin sets a new one
 * for a person who forgot theirs, and disables an account (it signs in no more, in no way, and its
 * sessions end at once) or enables it again.
 */
public final class AccountLife {

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where accounts are kept; not null
   * @param clock "now" for the audit; not null
   */
  public AccountLife(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Changes the signed-in person's own password; their other sessions end.
   *
   * @param session the person's session; not null
   * @param current the password now; not null
   * @param next the new password; not null
   * @throws ValidationException rule {@code current-password} at {@code /current} if the present
   *     password is wrong, or the rules of {@link PasswordRule} at {@code /password}
   */
  public void changeOwnPassword(Session session, String current, String next) {
    UserAccount a = session.account();
    String stored =
        storage
            .transaction(tx -> AccountStore.in(tx).user(a.organisation(), a.username()))
            .map(AccountStore.Credentials::passwordHash)
            .orElse("");
    Violations v = new Violations();
    v.check(
        Passwords.verify(current, stored),
        "/current",
        "current-password",
        "the present password is not right");
    PasswordRule.check(v, next, a.username().value(), "/password");
    v.throwIfAny();
    String hash = Passwords.hash(next);
    Instant now = clock.instant();
    storage.transaction(
        tx -> {
          AccountStore.in(tx).setPasswordHash(a.organisation(), a.username(), hash);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      a.actor(), now, "user.password-changed", "users/" + a.username(), null));
          return null;
        });
  }

  /**
   * Sets a new password for an account (admin); its sessions end and its sign-in lock is lifted.
   *
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param username the account; not null
   * @param next the new password, to be changed by the person at once; not null
   * @throws ValidationException the rules of {@link PasswordRule} at {@code /password}
   * @throws StoredModeException NOT_FOUND if there is no such account
   */
  public void resetPassword(Actor admin, OrganisationId org, Pseudonym username, String next) {
    admin.require(org, Role.ADMIN);
    Violations v = new Violations();
    PasswordRule.check(v, next, username.value(), "/password");
    v.throwIfAny();
    String hash = Passwords.hash(next);
    storage.transaction(
        tx -> {
          AccountStore store = AccountStore.in(tx);
          if (!store.setPasswordHash(org, username, hash)) {
            throw StoredModeException.notFound("no account '" + username + "'");
          }
          store.endSessions(org, username);
          store.unlock(org, username);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin, clock.instant(), "user.password-reset", "users/" + username, null));
          return null;
        });
  }

  /**
   * Disables an account, or enables it again (admin). A disabled account signs in no more, with a
   * password or through the identity provider, and its sessions end at once.
   *
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param username the account; not null
   * @param disabled true to disable, false to enable
   * @throws StoredModeException NOT_FOUND if there is no such account; CONFLICT for the admin's own
   *     account (an organisation must not lock out its last admin by mistake)
   */
  public void setDisabled(Actor admin, OrganisationId org, Pseudonym username, boolean disabled) {
    admin.require(org, Role.ADMIN);
    if (disabled && admin.holder().equals(username)) {
      throw StoredModeException.conflict("an admin does not disable their own account", null);
    }
    storage.transaction(
        tx -> {
          AccountStore store = AccountStore.in(tx);
          if (!store.setDisabled(org, username, disabled)) {
            throw StoredModeException.notFound("no account '" + username + "'");
          }
          if (disabled) {
            store.endSessions(org, username);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin,
                      clock.instant(),
                      disabled ? "user.disabled" : "user.enabled",
                      "users/" + username,
                      null));
          return null;
        });
  }

  /**
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @return the usernames of its disabled accounts
   */
  public List<Pseudonym> disabled(Actor admin, OrganisationId org) {
    admin.require(org, Role.ADMIN);
    return storage.transaction(tx -> AccountStore.in(tx).disabled(org));
  }
}
