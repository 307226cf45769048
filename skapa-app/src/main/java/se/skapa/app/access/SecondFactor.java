package se.skapa.app.access;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as the second factor of a password account: HMAC-SHA1,
 * six digits, 30-second steps, the step before and after accepted for a phone's clock, and never a
 * step at or before the last one used (a code is good once). The codes are java-otp's; what is
 * accepted when is this class's rule.
 */
public final class SecondFactor {

  /** Digits of a code, as authenticator apps show them. */
  public static final int DIGITS = 6;

  /** One code per step. */
  public static final Duration STEP = Duration.ofSeconds(30);

  /** Steps either side of now accepted, for a phone whose clock is a little off. */
  public static final int DRIFT_STEPS = 1;

  /** Bytes of a new secret (160 bits, as RFC 4226 recommends for HMAC-SHA1). */
  public static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TimeBasedOneTimePasswordGenerator TOTP =
      new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

  private SecondFactor() {}

  /** {@return a new random secret} */
  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /**
   * The step a code belongs to, if it is right now and newer than the last step used.
   *
   * @param secret the account's secret; not null
   * @param code what the person typed; spaces ignored; not null
   * @param now the instant of the attempt; not null
   * @param lastStep the last step used; codes of it and earlier ones are refused
   * @return the step; empty if the code is wrong, too old or used already
   */
  public static OptionalLong step(byte[] secret, String code, Instant now, long lastStep) {
    String digits = code.replace(" ", "");
    if (digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    int typed = Integer.parseInt(digits);
    long current = now.getEpochSecond() / STEP.getSeconds();
    SecretKeySpec key = new SecretKeySpec(secret, TOTP.getAlgorithm());
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (step <= lastStep) {
        continue;
      }
      try {
        if (TOTP.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds()))
            == typed) {
          return OptionalLong.of(step);
        }
      } catch (InvalidKeyException e) {
        throw new IllegalStateException("an HMAC-SHA1 key of any length is valid", e);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The code of an instant, for a test or a person's first confirmation.
   *
   * @param secret the secret; not null
   * @param at the instant; not null
   * @return the six digits
   */
  public static String code(byte[] secret, Instant at) {
    try {
      return TOTP.generateOneTimePasswordString(
          new SecretKeySpec(secret, TOTP.getAlgorithm()), at, java.util.Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("an HMAC-SHA1 key of any length is valid", e);
    }
  }
}
