package se.skapa.core.fidelity;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * One item of a fidelity scale. Only the item's name is shipped; the manual's anchor texts belong
 * to their rights holder.
 *
 * @param number 1-based item number as printed in the scale
 * @param section code of the section the item belongs to
 * @param name the item's name in Swedish and English
 */
public record FidelityItem(int number, String section, LocalizedText name) {

  /**
   * @param number the item's number
   * @param section its section's code; not null
   * @param name its name; not null
   * @throws NullPointerException if the section or name is null
   */
  public FidelityItem {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
  }
}
