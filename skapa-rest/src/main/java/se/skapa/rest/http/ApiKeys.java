package se.skapa.rest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * API keys held as SHA-256 digests and compared in constant time, so that neither timing nor a heap
 * dump gives a key away. Keys are never logged.
 */
public final class ApiKeys {

  private static final String PREFIX = "Bearer ";
  private final List<byte[]> digests;

  public ApiKeys(List<String> keys) {
    this.digests = keys.stream().map(ApiKeys::sha256).toList();
  }

  public boolean enabled() {
    return !digests.isEmpty();
  }

  /** How many keys are configured. */
  public int size() {
    return digests.size();
  }

  /** Never the keys, not even their digests. */
  @Override
  public String toString() {
    return digests.size() + " API key(s)";
  }

  /**
   * True if the Authorization header carries one of the keys. Every key is compared, match or not.
   */
  public boolean accepts(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] candidate = sha256(authorization.substring(PREFIX.length()).trim());
    boolean ok = false;
    for (byte[] d : digests) {
      ok |= MessageDigest.isEqual(d, candidate);
    }
    return ok;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
