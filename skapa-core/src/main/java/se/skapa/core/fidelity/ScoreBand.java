package se.skapa.core.fidelity;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * A band of total scores, {@code min..max} inclusive, e.g. FAIR 74–99.
 *
 * @param code the band's code, e.g. {@code FAIR}
 * @param min the lowest total, inclusive
 * @param max the highest total, inclusive
 * @param label the band in Swedish and English
 */
public record ScoreBand(String code, int min, int max, LocalizedText label) {

  /**
   * @param code the code; not null
   * @param min the lowest total
   * @param max the highest total
   * @param label the label; not null
   * @throws NullPointerException if the code or label is null
   */
  public ScoreBand {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  /**
   * @param total a total
   * @return true if it lies in the band
   */
  public boolean contains(int total) {
    return total >= min && total <= max;
  }
}
