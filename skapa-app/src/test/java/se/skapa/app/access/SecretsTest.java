package se.skapa.app.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A key's secret carries its prefix and is kept only as a SHA-256 hash. */
class SecretsTest {

  @Test
  void aSecretHasItsPrefixAndA32ByteHash() {
    assertEquals(32, Secrets.hash(Secrets.newSecret()).length);
    assertTrue(Secrets.newSecret().startsWith(Secrets.PREFIX));
  }
}
