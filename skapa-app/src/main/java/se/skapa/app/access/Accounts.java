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

  /**
   * Failed sign-ins of one username within {@link #THROTTLE_WINDOW} before further attempts are
   * refused.
   */
  public static final int MAX_FAILURES = 5;

  /** The window in which {@link #MAX_FAILURES} failed sign-ins stop further attempts. */
  public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

  private static final String FAILED =
      "wrong username or password, or too many attempts (then wait "
          + THROTTLE_WINDOW.toMinutes()
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
    admin.require(org, Role.ADMIN);
    Violations v = new Violations();
    password(v, password, "/password");
    v.check(
        !roles.isEmpty(),
        "/roles",
        "roles",
        "an account needs at least one role: admin, handledare or analyst");
    v.throwIfAny();
    UserAccount account = new UserAccount(KeyId.random(), org, username, roles, clock.instant());
    String hash = Passwords.hash(password);
    return storage.transaction(
        tx -> {
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
  public static void checkPassword(String password, String pointer) {
    Violations v = new Violations();
    password(v, password, pointer);
    v.throwIfAny();
  }

  private static void password(Violations v, String password, String pointer) {
    v.check(
        password != null
            && password.length() >= Passwords.MIN_LENGTH
            && password.length() <= Passwords.MAX_LENGTH,
        pointer,
        "password",
        "a password has "
            + Passwords.MIN_LENGTH
            + "-"
            + Passwords.MAX_LENGTH
            + " characters; a few words make a good one");
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
   * Signs a person in.
   *
   * @throws StoredModeException SIGN_IN_FAILED, with the same sentence for an unknown account, a
   *     wrong password and too many recent failures
   * @param org the organisation; not null
   * @param username the username; not null
   * @param password the password; not null
   * @return the new session
   */
  public SignedIn signIn(OrganisationId org, Pseudonym username, String password) {
    Instant now = clock.instant();
    // Read first, hash outside any transaction: PBKDF2 takes a while and must hold no connection.
    Optional<AccountStore.Credentials> found =
        storage.transaction(tx -> AccountStore.in(tx).user(org, username));
    int failures =
        storage.transaction(
            tx -> AccountStore.in(tx).signInFailures(org, username, now.minus(THROTTLE_WINDOW)));
    boolean ok =
        Passwords.verify(
            password == null ? "" : password, found.map(c -> c.passwordHash()).orElse(DUMMY_HASH));
    if (!ok || found.isEmpty() || failures >= MAX_FAILURES) {
      storage.transaction(
          tx -> {
            AccountStore.in(tx).recordSignInFailure(org, username, now);
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
    UserAccount account = found.get().account();
    String token = randomToken();
    Session session = new Session(account, randomToken(), now, now);
    storage.transaction(
        tx -> {
          AccountStore.in(tx).clearSignInFailures(org, username);
          SessionStore.in(tx).insertSession(Secrets.hash(token), session);
          AuditLog.in(tx)
              .audit(AuditEntry.of(account.actor(), now, "user.signed-in", "sessions", null));
          return null;
        });
    return new SignedIn(token, session);
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
