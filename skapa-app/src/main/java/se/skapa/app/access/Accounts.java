package se.skapa.app.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Personal accounts and their sessions: people sign in as themselves, so the audit trail names a
 * person, never a shared key. Sessions and the throttling of failed sign-ins live in the database:
 * they survive a restart and hold across instances. An identity provider (OIDC) can later replace
 * {@link #signIn} by creating the same {@link Session} for a person it vouches for.
 */
public final class Accounts {

  /**
   * A session ends after this long without a request (a handledare's conversation fits well within
   * it).
   */
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

  /** ...and after this long in any case: a working day. */
  public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(10);

  private static final String FAILED =
      "wrong username, password or code, or too many attempts (then wait "
          + SignInThrottle.WINDOW.toMinutes()
          + " minutes)";

  /**
   * Checked for unknown usernames too, so the time taken does not tell whether an account exists.
   */
  private static final String DUMMY_HASH = Passwords.hash("not a password of anyone");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where accounts and sessions are kept; not null
   * @param clock "now" for sessions, throttling and the audit; not null
   */
  public Accounts(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A new session and the token the browser keeps (shown this once).
   *
   * @param token the session token, for the browser's cookie; shown this once
   * @param session the session
   */
  public record SignedIn(String token, Session session) {
    /** {@return the session's account, never the token} */
    @Override
    public String toString() {
      return "SignedIn[" + session.account().username() + "]";
    }
  }

  /**
   * Creates an account (admin).
   *
   * @throws ValidationException rule {@code password} (length), {@code roles}
   * @throws StoredModeException CONFLICT if the username is taken in the organisation
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param username the person's pseudonymous staff key; not null
   * @param password 12–200 characters, stored only as a PBKDF2 hash; not null
   * @param roles at least one; not null
   * @return the account
   */
  public UserAccount createUser(
      Actor admin, OrganisationId org, Pseudonym username, String password, Set<Role> roles) {
    return createUser(admin, org, username, password, roles, Optional.empty());
  }

  /**
   * Creates an account limited to some services (admin); see {@link #createUser(Actor,
   * OrganisationId, Pseudonym, String, Set)}.
   *
   * @param services the services the account works in; empty for every service; not null
   * @return the account
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param username the person's pseudonymous staff key; not null
   * @param password the password; not null
   * @param roles at least one; not null
   */
  public UserAccount createUser(
      Actor admin,
      OrganisationId org,
      Pseudonym username,
      String password,
      Set<Role> roles,
      Optional<Set<ServiceId>> services) {
    admin.require(org, Role.ADMIN);
    Violations v = new Violations();
    PasswordRule.check(v, password, username.value(), "/password");
    v.check(
        !roles.isEmpty(),
        "/roles",
        "roles",
        "an account needs at least one role: admin, handledare or analyst");
    v.throwIfAny();
    UserAccount account =
        new UserAccount(KeyId.random(), org, username, roles, clock.instant(), services);
    String hash = Passwords.hash(password);
    return storage.transaction(
        tx -> {
          services.ifPresent(set -> set.forEach(sv -> Organisations.requireService(tx, org, sv)));
          if (!AccountStore.in(tx).insertUser(account, hash)) {
            throw StoredModeException.conflict(
                "the organisation has an account '" + username + "' already", null);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin, account.created(), "user.created", "users/" + username, null));
          return account;
        });
  }

  /**
   * Checks a new password against the rule without storing anything.
   *
   * @throws ValidationException rule {@code password} at {@code pointer}
   * @param password the password; may be null
   * @param pointer where the password is in the caller's input
   */
  public static void checkPassword(@Nullable String password, String pointer) {
    Violations v = new Violations();
    PasswordRule.check(v, password, null, pointer);
    v.throwIfAny();
  }

  /**
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @return the accounts, never a password hash
   */
  public List<UserAccount> users(Actor admin, OrganisationId org) {
    admin.require(org, Role.ADMIN);
    return storage.transaction(tx -> AccountStore.in(tx).users(org));
  }

  /**
   * Signs a person in. Failed attempts are counted per account and address and per address (see
   * {@link SignInThrottle}); a refused address costs no password hash.
   *
   * @throws StoredModeException SIGN_IN_FAILED, with the same sentence for an unknown account, a
   *     wrong password and too many recent failures
   * @param org the organisation; not null
   * @param username the username; not null
   * @param password the password; not null
   * @param address the client's network address, as the server sees it behind trusted proxies; not
   *     null
   * @return the new session
   */
  public SignedIn signIn(OrganisationId org, Pseudonym username, String password, String address) {
    return signIn(org, username, password, null, address);
  }

  /**
   * Signs a person in with password and, where the account has a second factor, a code from the
   * authenticator app or a recovery code (see {@link SecondFactors}); a wrong code counts as a
   * failed sign-in.
   *
   * @param org the organisation; not null
   * @param username the username; not null
   * @param password the password; not null
   * @param code the second factor's code; null when the person gave none
   * @param address the client's network address; not null
   * @return the new session
   * @throws StoredModeException SIGN_IN_FAILED, the same sentence for every reason
   */
  public SignedIn signIn(
      OrganisationId org,
      Pseudonym username,
      String password,
      @Nullable String code,
      String address) {
    Instant now = clock.instant();
    // One read before any hash: whether passwords sign in here at all, and the throttle's counts.
    AccountStore.Failures failures =
        storage.transaction(
            tx -> {
              if (IdentityProviderStore.in(tx)
                  .get(org)
                  .map(p -> !p.passwordsAllowed())
                  .orElse(false)) {
                throw StoredModeException.signInFailed(
                    "this organisation signs in with its own identity provider, not with passwords");
              }
              return AccountStore.in(tx)
                  .signInFailures(org, username, address, now.minus(SignInThrottle.WINDOW));
            });
    if (SignInThrottle.refuses(failures)) {
      storage.transaction(
          tx -> {
            AccountStore.in(tx).recordSignInFailure(org, username, address, now);
            return null;
          });
      throw StoredModeException.signInFailed(FAILED);
    }
    // Read first, hash outside any transaction: PBKDF2 takes a while and must hold no connection.
    Optional<AccountStore.Credentials> found =
        storage.transaction(tx -> AccountStore.in(tx).user(org, username));
    boolean ok =
        Passwords.verify(
            password == null ? "" : password, found.map(c -> c.passwordHash()).orElse(DUMMY_HASH));
    if (!ok || found.isEmpty()) {
      storage.transaction(
          tx -> {
            AccountStore.in(tx).recordSignInFailure(org, username, address, now);
            if (found.isPresent()) {
              AuditLog.in(tx)
                  .audit(
                      new AuditEntry(
                          org,
                          now,
                          Optional.of(found.get().account().id()),
                          username.value(),
                          "user.sign-in-failed",
                          "sessions",
                          Optional.empty(),
                          Optional.empty()));
            }
            return null;
          });
      throw StoredModeException.signInFailed(FAILED);
    }
    Optional<SignedIn> in =
        storage.transaction(
            tx -> {
              if (!SecondFactors.passes(tx, org, username, code, now)) {
                return Optional.empty();
              }
              AccountStore.in(tx).clearSignInFailures(org, username, address);
              return Optional.of(openSession(tx, found.get().account(), now, "user.signed-in"));
            });
    if (in.isEmpty()) {
      storage.transaction(
          tx -> {
            AccountStore.in(tx).recordSignInFailure(org, username, address, now);
            AuditLog.in(tx)
                .audit(
                    AuditEntry.of(
                        found.get().account().actor(),
                        now,
                        "user.second-factor-failed",
                        "sessions",
                        null));
            return null;
          });
      throw StoredModeException.signInFailed(FAILED);
    }
    return in.get();
  }

  /**
   * A new session for an account someone has proved to be: by password here, by the organisation's
   * identity provider in {@link SingleSignOn}.
   */
  static SignedIn openSession(Tx tx, UserAccount account, Instant now, String action) {
    String token = randomToken();
    Session session = new Session(account, randomToken(), now, now);
    SessionStore.in(tx).insertSession(Secrets.hash(token), session);
    AuditLog.in(tx).audit(AuditEntry.of(account.actor(), now, action, "sessions", null));
    return new SignedIn(token, session);
  }

  /**
   * Lifts the throttle on an account (admin): its failed sign-ins from every address are forgotten.
   *
   * @throws StoredModeException NOT_FOUND if the organisation has no such account
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param username the account; not null
   * @return how many failed sign-ins were forgotten
   */
  public int unlock(Actor admin, OrganisationId org, Pseudonym username) {
    admin.require(org, Role.ADMIN);
    Instant now = clock.instant();
    return storage.transaction(
        tx -> {
          if (AccountStore.in(tx).user(org, username).isEmpty()) {
            throw StoredModeException.notFound("no account '" + username + "'");
          }
          int forgotten = AccountStore.in(tx).unlock(org, username);
          AuditLog.in(tx)
              .audit(AuditEntry.of(admin, now, "user.unlocked", "users/" + username, null));
          return forgotten;
        });
  }

  /**
   * The live session a token stands for; expired sessions are ended here.
   *
   * @param token a presented session token; not null
   * @return the session; empty if unknown or expired
   */
  public Optional<Session> session(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    byte[] hash = Secrets.hash(token);
    Instant now = clock.instant();
    return storage.transaction(
        tx -> {
          Optional<Session> s = SessionStore.in(tx).session(hash);
          if (s.isEmpty()) {
            return Optional.empty();
          }
          if (s.get().lastSeen().isBefore(now.minus(IDLE_TIMEOUT))
              || s.get().created().isBefore(now.minus(ABSOLUTE_TIMEOUT))) {
            SessionStore.in(tx).deleteSession(hash);
            return Optional.empty();
          }
          SessionStore.in(tx).touchSession(hash, now);
          return s;
        });
  }

  /**
   * Ends the session on the server: the token is worthless from now on.
   *
   * @param token the session token; not null
   */
  public void signOut(String token) {
    if (token == null || token.isEmpty()) {
      return;
    }
    byte[] hash = Secrets.hash(token);
    storage.transaction(
        tx -> {
          SessionStore.in(tx)
              .session(hash)
              .ifPresent(
                  s ->
                      AuditLog.in(tx)
                          .audit(
                              AuditEntry.of(
                                  s.account().actor(),
                                  clock.instant(),
                                  "user.signed-out",
                                  "sessions",
                                  null)));
          SessionStore.in(tx).deleteSession(hash);
          return null;
        });
  }

  /**
   * Ends every expired session (housekeeping).
   *
   * @return sessions ended
   */
  public int endExpiredSessions() {
    Instant now = clock.instant();
    return storage.transaction(
        tx ->
            SessionStore.in(tx)
                .deleteExpiredSessions(now.minus(IDLE_TIMEOUT), now.minus(ABSOLUTE_TIMEOUT)));
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
