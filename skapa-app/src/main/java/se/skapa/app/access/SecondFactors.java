package se.skapa.app.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/**
 * A second factor for password accounts (OWASP ASVS 4.0 V2.8): a TOTP secret enrolled from the
 * person's own account page and confirmed with a first code, ten recovery codes shown once, an
 * organisation setting that requires it, and an admin's reset for a lost phone. Accounts that sign
 * in with the organisation's identity provider use the provider's second factor instead.
 */
public final class SecondFactors {

  /** Recovery codes made at enrolment, each good once. */
  public static final int RECOVERY_CODES = 10;

  /** Characters of a recovery code, shown as two halves with a dash between. */
  private static final int RECOVERY_LENGTH = 10;

  /** Unambiguous characters for recovery codes (no 0/O, 1/I/L). */
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage where factors are kept; not null
   * @param clock "now" for codes and the audit; not null
   */
  public SecondFactors(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Begins enrolling a new secret for the signed-in person.
   *
   * @param session the person's session; not null
   * @return the secret, for the authenticator app (shown once, as text and as an otpauth URI)
   */
  public byte[] begin(Session session) {
    byte[] secret = SecondFactor.newSecret();
    UserAccount a = session.account();
    storage.transaction(
        tx -> {
          SecondFactorStore.in(tx).begin(a.organisation(), a.username(), secret);
          return null;
        });
    return secret;
  }

  /**
   * Confirms the secret being enrolled with a code from the app; from then on the account signs in
   * with password and code.
   *
   * @param session the person's session; not null
   * @param code the code the app shows; not null
   * @return the recovery codes, shown this once
   * @throws ValidationException rule {@code second-factor-code} at {@code /code} if the code does
   *     not match the secret being enrolled
   */
  public List<String> confirm(Session session, String code) {
    UserAccount a = session.account();
    Instant now = clock.instant();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      codes.add(recoveryCode());
    }
    return storage.transaction(
        tx -> {
          SecondFactorStore store = SecondFactorStore.in(tx);
          Optional<SecondFactorStore.Factor> f = store.factor(a.organisation(), a.username());
          OptionalLong step =
              f.flatMap(SecondFactorStore.Factor::pending)
                  .map(p -> SecondFactor.step(p, code, now, Long.MIN_VALUE))
                  .orElse(OptionalLong.empty());
          if (step.isEmpty()) {
            throw ValidationException.of(
                "/code",
                "second-factor-code",
                "the code does not match: check the phone's clock and type the code the app"
                    + " shows now");
          }
          store.confirm(a.organisation(), a.username(), step.getAsLong(), now);
          store.replaceRecoveryCodes(
              a.organisation(), a.username(), codes.stream().map(Secrets::hash).toList());
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      a.actor(),
                      now,
                      "user.second-factor.enrolled",
                      "users/" + a.username(),
                      null));
          return List.copyOf(codes);
        });
  }

  /**
   * @param org the organisation; not null
   * @param username the account; not null
   * @return true if the account has a confirmed second factor
   */
  public boolean enrolled(OrganisationId org, Pseudonym username) {
    return storage.transaction(tx -> enrolled(tx, org, username));
  }

  /**
   * Where a person stands, read once.
   *
   * @param required whether the organisation requires a second factor
   * @param enrolled whether the account has a confirmed one
   */
  public record Status(boolean required, boolean enrolled) {
    /** {@return true if the person must enrol before anything else} */
    public boolean mustEnrol() {
      return required && !enrolled;
    }
  }

  /**
   * @param session a session; not null
   * @return whether the organisation requires a second factor and the account has one
   */
  public Status status(Session session) {
    UserAccount a = session.account();
    return storage.transaction(
        tx -> {
          boolean required = SecondFactorStore.in(tx).required(a.organisation());
          return new Status(required, enrolled(tx, a.organisation(), a.username()));
        });
  }

  /**
   * @param session a session; not null
   * @return true if the person must enrol a second factor before anything else: the organisation
   *     requires one and the account has none
   */
  public boolean mustEnrol(Session session) {
    UserAccount a = session.account();
    return storage.transaction(
        tx ->
            SecondFactorStore.in(tx).required(a.organisation())
                && !enrolled(tx, a.organisation(), a.username()));
  }

  /**
   * Sets whether the organisation's password accounts must have a second factor (admin).
   *
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param required whether they must
   */
  public void require(Actor admin, OrganisationId org, boolean required) {
    admin.require(org, Role.ADMIN);
    storage.transaction(
        tx -> {
          SecondFactorStore.in(tx).setRequired(org, required);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin,
                      clock.instant(),
                      required ? "second-factor.required" : "second-factor.optional",
                      "sign-in-policy",
                      null));
          return null;
        });
  }

  /**
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @return whether its password accounts must have a second factor
   */
  public boolean required(Actor admin, OrganisationId org) {
    admin.require(org, Role.ADMIN);
    return storage.transaction(tx -> SecondFactorStore.in(tx).required(org));
  }

  /**
   * Removes an account's second factor (admin): for a lost phone; the person enrols again.
   *
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param username the account; not null
   * @return true if the account had one (a reset of none is no error: the outcome is the same)
   */
  public boolean reset(Actor admin, OrganisationId org, Pseudonym username) {
    admin.require(org, Role.ADMIN);
    return storage.transaction(
        tx -> {
          boolean had = SecondFactorStore.in(tx).remove(org, username);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      admin,
                      clock.instant(),
                      "user.second-factor.reset",
                      "users/" + username,
                      null));
          return had;
        });
  }

  /**
   * Whether a sign-in's second step passes: no confirmed factor needs no code; else a TOTP code
   * newer than the last used, or an unused recovery code (then used up).
   */
  static boolean passes(
      Tx tx, OrganisationId org, Pseudonym username, @Nullable String code, Instant now) {
    SecondFactorStore store = SecondFactorStore.in(tx);
    Optional<SecondFactorStore.Factor> f = store.factor(org, username);
    if (f.isEmpty() || f.get().secret().isEmpty()) {
      return true;
    }
    if (code == null || code.isBlank()) {
      return false;
    }
    OptionalLong step = SecondFactor.step(f.get().secret().get(), code, now, f.get().lastStep());
    if (step.isPresent()) {
      return store.advance(org, username, step.getAsLong());
    }
    return store.useRecoveryCode(org, username, Secrets.hash(normalise(code)));
  }

  private static boolean enrolled(Tx tx, OrganisationId org, Pseudonym username) {
    return SecondFactorStore.in(tx)
        .factor(org, username)
        .map(f -> f.secret().isPresent())
        .orElse(false);
  }

  private static String recoveryCode() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < RECOVERY_LENGTH; i++) {
      if (i == RECOVERY_LENGTH / 2) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** A recovery code as typed: any case, with or without the dash and spaces. */
  private static String normalise(String typed) {
    String s = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    int half = RECOVERY_LENGTH / 2;
    return s.length() == RECOVERY_LENGTH ? s.substring(0, half) + "-" + s.substring(half) : s;
  }
}
