package se.skapa.app.access;

import java.time.Duration;

/**
 * When failed sign-ins stop further attempts (OWASP ASVS 4.0 V2.2.1). Counted per account and
 * address, so that an attacker elsewhere cannot lock a known person out (the person's own address
 * keeps working), and per address over every account, so that one address cannot spray a password
 * over many usernames; a refused address is refused before any password hash is computed. The
 * refusal ends by itself {@link #WINDOW} after the last failures, and an admin can lift it at once.
 */
public final class SignInThrottle {

  /** The window in which failures count. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** Failures of one account from one address within the window before it is refused there. */
  public static final int PER_ACCOUNT_AND_ADDRESS = 5;

  /**
   * Failures from one address, over every account, within the window before the address is refused.
   * Behind a proxy every person has its address unless {@code SKAPA_TRUSTED_PROXIES} names it.
   */
  public static final int PER_ADDRESS = 20;

  private SignInThrottle() {}

  /**
   * @param failures the failures counted within the window; not null
   * @return true if the next attempt is refused unheard
   */
  public static boolean refuses(AccountStore.Failures failures) {
    return failures.forAccountFromAddress() >= PER_ACCOUNT_AND_ADDRESS
        || failures.fromAddress() >= PER_ADDRESS;
  }
}
