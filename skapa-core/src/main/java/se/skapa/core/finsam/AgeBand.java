package se.skapa.core.finsam;

import se.skapa.core.common.LocalizedText;

/**
 * The population a count of full-year equivalents is set against. Two are in use and a report must
 * say which: SCB publishes its statistic over 20–64, the state's Finsam distribution model uses
 * 16–64.
 */
public enum AgeBand {
  /** 16–64: the state's Finsam distribution model (försörjningsmått and population). */
  AGES_16_64(
      16,
      64,
      LocalizedText.of(
          "befolkningen 16–64 år (statens fördelningsmodell för Finsam)",
          "the population aged 16–64 (the state's Finsam distribution model)")),
  /** 20–64: SCB's published statistic "Antalet helårsekvivalenter". */
  AGES_20_64(
      20,
      64,
      LocalizedText.of(
          "befolkningen 20–64 år (SCB:s statistik över helårsekvivalenter)",
          "the population aged 20–64 (SCB's statistic on full-year equivalents)"));

  private final int from;
  private final int to;
  private final LocalizedText label;

  AgeBand(int from, int to, LocalizedText label) {
    this.from = from;
    this.to = to;
    this.label = label;
  }

  /** {@return the youngest age counted} */
  public int from() {
    return from;
  }

  /** {@return the oldest age counted} */
  public int to() {
    return to;
  }

  /** {@return which population, and whose convention it is, in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
