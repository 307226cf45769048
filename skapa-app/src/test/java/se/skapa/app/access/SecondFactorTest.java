package se.skapa.app.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** TOTP as RFC 6238 defines it, and the rule of which code is accepted when. */
class SecondFactorTest {

  /** RFC 6238, appendix B: the SHA-1 secret and the codes (their last six digits). */
  static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void the_codes_are_rfc_6238s_own_test_vectors() {
    long[][] vectors = {
      {59L, 94287082L},
      {1111111109L, 7081804L},
      {1111111111L, 14050471L},
      {1234567890L, 89005924L},
      {2000000000L, 69279037L},
      {20000000000L, 65353130L}
    };
    for (long[] v : vectors) {
      String expected = String.format("%06d", v[1] % 1_000_000);
      assertEquals(
          expected, SecondFactor.code(RFC_SECRET, Instant.ofEpochSecond(v[0])), "T=" + v[0]);
    }
  }

  @Test
  void a_code_is_good_in_its_step_and_one_either_side_and_only_once() {
    Instant now = Instant.ofEpochSecond(1_800_000_015L);
    long step = now.getEpochSecond() / 30;
    String code = SecondFactor.code(RFC_SECRET, now);
    assertEquals(OptionalLong.of(step), SecondFactor.step(RFC_SECRET, code, now, 0));
    assertEquals(
        OptionalLong.of(step),
        SecondFactor.step(RFC_SECRET, code, now.plusSeconds(30), 0),
        "the phone a step behind");
    assertEquals(
        OptionalLong.empty(),
        SecondFactor.step(RFC_SECRET, code, now.plusSeconds(90), 0),
        "three steps late");
    assertEquals(
        OptionalLong.empty(), SecondFactor.step(RFC_SECRET, code, now, step), "used already");
    assertEquals(
        OptionalLong.of(step),
        SecondFactor.step(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, 0),
        "typed with a space");
  }

  @Test
  void property_a_wrong_code_passes_about_as_rarely_as_chance_allows() {
    SplittableRandom r = new SplittableRandom(2026);
    byte[] secret = SecondFactor.newSecret();
    Instant now = Instant.ofEpochSecond(1_900_000_000L);
    int passed = 0;
    int tries = 20_000;
    for (int i = 0; i < tries; i++) {
      String guess = String.format("%06d", r.nextInt(1_000_000));
      if (SecondFactor.step(secret, guess, now, 0).isPresent()) {
        passed++;
      }
    }
    // Three steps are open: a guess passes with probability 3 / 10^6; 20 000 guesses expect 0.06.
    assertTrue(passed <= 2, "guesses that passed: " + passed);
    for (String junk : new String[] {"", "12345", "1234567", "abcdef", "12 34 5x"}) {
      assertEquals(OptionalLong.empty(), SecondFactor.step(secret, junk, now, 0), junk);
    }
  }
}
