package se.skapa.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.testing.IdentityNumbers;
import se.skapa.core.testing.Property;

class FreeTextTest {

  private static List<Violation> check(String text) {
    Violations v = new Violations();
    FreeText.check(v, () -> "/note", "note", Optional.ofNullable(text));
    try {
      v.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.violations();
    }
  }

  @Test
  void a_personnummer_in_a_note_is_refused_without_being_echoed() {
    List<Violation> found = check("Samtal med 19121212-1212 om arbetsträning");
    assertEquals(1, found.size());
    assertEquals("personnummer", found.get(0).rule());
    assertEquals("/note", found.get(0).pointer());
    assertFalse(found.get(0).message().contains("1212"), found.get(0).message());
  }

  @Test
  void ordinary_notes_with_dates_counts_and_keys_pass() {
    for (String note :
        new String[] {
          "21 deltagare per heltid (34 / 1,6)",
          "Besök 2025-03-01, uppföljning 2025-06-01",
          "p-17 och p-18 har samma handledare",
          "",
          "Tel. växel 0651-19000"
        }) {
      assertTrue(check(note).isEmpty(), note);
    }
    assertTrue(check(null).isEmpty());
  }

  @Test
  void a_note_over_the_limit_is_refused_once_and_may_break_both_rules() {
    assertEquals(
        List.of("length"),
        check("x".repeat(FreeText.MAX_LENGTH + 1)).stream().map(Violation::rule).toList());
    assertTrue(check("x".repeat(FreeText.MAX_LENGTH)).isEmpty());
    assertEquals(
        List.of("length", "personnummer"),
        check("121212-1212 " + "x".repeat(FreeText.MAX_LENGTH)).stream()
            .map(Violation::rule)
            .toList());
  }

  @Test
  void property_a_valid_identity_number_anywhere_in_text_is_refused_in_every_notation() {
    Property.forAll(
        "identity number in free text",
        300,
        r -> {
          String before = "Anteckning " + "abc ".repeat(r.nextInt(5));
          String after =
              r.nextBoolean() ? "" : " (uppföljning om " + (1 + r.nextInt(12)) + " veckor)";
          for (String number : IdentityNumbers.anyInEveryNotation(r)) {
            List<Violation> found = check(before + number + after);
            assertEquals(
                List.of("personnummer"),
                found.stream().map(Violation::rule).toList(),
                before + number + after);
          }
        });
  }
}
