package se.skapa.app.access;

import java.util.Optional;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/** Display names of organisations and services: short free text, never a personnummer. */
final class Names {

  static final int MAX_LENGTH = 200;

  private Names() {}

  /**
   * @throws ValidationException rule {@code required}, {@code length} or {@code personnummer} at
   *     {@code /name}
   */
  static String check(String name) {
    Violations v = new Violations();
    if (v.check(name != null && !name.isBlank(), "/name", "required", "name is required")) {
      v.check(
          name.length() <= MAX_LENGTH,
          "/name",
          "length",
          "name has " + name.length() + " characters; at most " + MAX_LENGTH);
      FreeText.check(v, () -> "/name", "name", Optional.of(name));
    }
    v.throwIfAny();
    return name.strip();
  }
}
