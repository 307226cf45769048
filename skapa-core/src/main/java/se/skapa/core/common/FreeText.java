package se.skapa.core.common;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rules for free text a caller may attach to a record (a measurement's comment, a fidelity
 * item's note): bounded in length, and never carrying a personal identity number. Names in free
 * text cannot be recognised reliably; a personnummer or samordningsnummer with a valid check digit
 * can, and SKAPA refuses it here as it does in keys.
 */
public final class FreeText {

  /** Longest free text accepted: comments and notes, not case files. */
  public static final int MAX_LENGTH = 2000;

  private FreeText() {}

  /**
   * Records every broken rule: {@code length} (more than {@link #MAX_LENGTH} characters) and {@code
   * personnummer}. The text is never echoed. The pointer is built only for a violation, because
   * these checks run over millions of measurements.
   *
   * @param v where violations are recorded; not null
   * @param pointer the field's JSON pointer, asked for only on a violation; not null
   * @param field the field's name in messages, e.g. {@code comment}; not null
   * @param text the text, if any; not null
   */
  public static void check(
      Violations v, Supplier<String> pointer, String field, Optional<String> text) {
    if (text.isEmpty()) {
      return;
    }
    String t = text.get();
    if (t.length() > MAX_LENGTH) {
      v.add(
          pointer.get(),
          "length",
          field + " has " + t.length() + " characters; at most " + MAX_LENGTH + " are accepted");
    }
    if (Pseudonym.looksLikePersonalIdentityNumber(t)) {
      v.add(
          pointer.get(),
          "personnummer",
          field
              + " contains what looks like a personnummer or samordningsnummer; "
              + "SKAPA accepts no personal identity numbers, not even in free text: refer to people by their pseudonymous key");
    }
  }
}
