package se.skapa.app.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Violation;
import se.skapa.core.common.Violations;

/** What a new password must be: long, any characters, not common (OWASP ASVS 4.0 V2.1). */
class PasswordRuleTest {

  private static List<String> rules(String password, String username) {
    Violations v = new Violations();
    PasswordRule.check(v, password, username, "/password");
    return v.found().stream().map(Violation::rule).toList();
  }

  @Test
  void what_the_attackers_got_accepted_is_refused() {
    assertEquals(List.of("password-characters"), rules(" ".repeat(12), "h-2"), "12 spaces");
    assertEquals(List.of("password-characters"), rules("\0".repeat(12), "h-2"), "12 NUL");
    assertEquals(List.of("password-common"), rules("password1234", "h-2"));
  }

  @Test
  void common_words_with_digits_keyboard_runs_and_repetitions_are_refused() {
    for (String common :
        List.of(
            "Sommar2024!!",
            "P@ssw0rd2024",
            "lösenord12345",
            "Välkommen123!",
            "qwertyuiopåasd",
            "123456789012",
            "0987654321098",
            "1qaz2wsx3edc",
            "abcdeabcdeabcde",
            "passwordpassword",
            "hejsan hejsan",
            "Stockholm1234",
            "kalleanka2025")) {
      assertEquals(List.of("password-common"), rules(common, "h-2"), common);
    }
  }

  @Test
  void passphrases_and_any_script_are_welcome_with_no_composition_rule() {
    for (String good :
        List.of(
            "korrekt häst batteri häftklammer",
            "korv med bröd och senap",
            "759203184662",
            "älgen simmar över sjön i maj",
            "ЯблокоГрушаСлива",
            "x".repeat(12) + "yzwvu",
            "a".repeat(50) + "bcdef hej")) {
      assertEquals(List.of(), rules(good, "h-2"), good);
    }
  }

  @Test
  void the_username_is_not_a_password_and_lengths_are_bounded() {
    assertEquals(List.of("password-username"), rules("mitt-h-2-lösen-är-bra", "h-2"));
    assertEquals(List.of("password"), rules("kort", "h-2"));
    assertEquals(List.of("password"), rules("b".repeat(201), "h-2"));
    assertEquals(List.of("password"), rules(null, "h-2"));
  }
}
