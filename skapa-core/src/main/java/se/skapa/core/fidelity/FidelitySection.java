package se.skapa.core.fidelity;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * A section of a fidelity scale, e.g. STAFFING.
 *
 * @param code the section's code
 * @param name its name in Swedish and English
 */
public record FidelitySection(String code, LocalizedText name) {

  /**
   * @param code the code; not null
   * @param name the name; not null
   * @throws NullPointerException if a component is null
   */
  public FidelitySection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
