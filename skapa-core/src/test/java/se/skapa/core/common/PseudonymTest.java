package se.skapa.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.skapa.core.testing.IdentityNumbers;
import se.skapa.core.testing.Property;

class PseudonymTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "121212-1212",
        "1212121212",
        "19121212-1212",
        "191212121212",
        "121212+1212",
        "p-19121212-1212",
        "701063-2391",
        "197010632391"
      })
  void refuses_keys_that_look_like_a_personnummer_or_samordningsnummer(String key) {
    ValidationException e = assertThrows(ValidationException.class, () -> Pseudonym.of(key));
    assertEquals("personnummer", e.violations().get(0).rule());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"p-17", "1212121213", "121212-1213", "deltagare-0042", "20251301-1234", "12345"})
  void accepts_pseudonymous_keys_including_digit_runs_without_a_valid_check_digit_or_date(
      String key) {
    assertEquals(key, Pseudonym.of(key).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Anna Svensson", "p/17", "ß-1", "p\t1"})
  void refuses_blank_and_badly_formed_keys(String key) {
    ValidationException e = assertThrows(ValidationException.class, () -> Pseudonym.of(key));
    assertTrue(e.violations().get(0).rule().matches("required|format"));
  }

  @Test
  void every_generated_valid_personnummer_is_refused_in_every_notation() {
    Property.forAll(
        "generated personnummer refused",
        500,
        r -> {
          for (String form : IdentityNumbers.anyInEveryNotation(r)) {
            assertTrue(Pseudonym.looksLikePersonalIdentityNumber(form), form);
          }
          // Any other final digit breaks the check digit and the key is accepted.
          String nine = IdentityNumbers.nineDigits(r);
          String wrong = nine + ((IdentityNumbers.checkDigit(nine) + 1 + r.nextInt(9)) % 10);
          assertFalse(Pseudonym.looksLikePersonalIdentityNumber(wrong), wrong);
        });
  }

  @Test
  void
      swedish_letters_are_allowed_and_a_personnummer_written_with_a_space_or_en_dash_is_refused_and_never_repeated() {
    org.junit.jupiter.api.Assertions.assertEquals("löpnr-Åsa", Pseudonym.of("löpnr-Åsa").value());
    org.junit.jupiter.api.Assertions.assertEquals("ÄÖÅ-1", Pseudonym.of("ÄÖÅ-1").value());
    for (String written :
        java.util.List.of("850312-1231", "850312 1231", "850312\u20131231", "198503121231")) {
      org.junit.jupiter.api.Assertions.assertTrue(
          Pseudonym.looksLikePersonalIdentityNumber("ring " + written), written);
      String redacted = Pseudonym.redact("ring " + written + " i morgon");
      org.junit.jupiter.api.Assertions.assertFalse(redacted.contains("1231"), redacted);
      org.junit.jupiter.api.Assertions.assertTrue(
          redacted.startsWith("ring ") && redacted.endsWith(" i morgon"), redacted);
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        "p-17 och 8503121234",
        Pseudonym.redact("p-17 och 8503121234"),
        "a number without a valid check digit is not one and stays as written");
  }
}
