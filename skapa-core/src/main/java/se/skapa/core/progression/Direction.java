package se.skapa.core.progression;

import se.skapa.core.common.LocalizedText;

/** Which way an indicator moved between the first and the latest answered score. */
public enum Direction {
  /** The score rose by at least the direction step. */
  IMPROVED(LocalizedText.of("Förbättrad", "Improved")),
  /** The score moved less than the direction step. */
  UNCHANGED(LocalizedText.of("Oförändrad", "Unchanged")),
  /** The score fell by at least the direction step. */
  DECLINED(LocalizedText.of("Försämrad", "Declined"));

  private final LocalizedText label;

  Direction(LocalizedText label) {
    this.label = label;
  }

  /** {@return the direction in Swedish and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * IMPROVED if {@code change >= step}, DECLINED if {@code change <= -step}, else UNCHANGED.
   *
   * @param step scale steps that count as a real move; positive
   * @param change latest minus first, in scale steps
   * @return the direction
   */
  public static Direction of(double change, double step) {
    if (change >= step) {
      return IMPROVED;
    }
    return change <= -step ? DECLINED : UNCHANGED;
  }
}
