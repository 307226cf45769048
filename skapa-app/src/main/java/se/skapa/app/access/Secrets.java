package se.skapa.app.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API key secrets: 256 random bits, stored only as SHA-256. A slow password hash is not needed
 * here: the secret is random and long, not chosen by a person, so a hash cannot be guessed back.
 */
public final class Secrets {

  /** Every SKAPA key starts so, which lets secret scanners and people recognise one. */
  public static final String PREFIX = "skapa_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * SHA-256 of the secret's UTF-8 bytes.
   *
   * @param secret a key's secret; not null
   * @return 32 bytes
   */
  public static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
