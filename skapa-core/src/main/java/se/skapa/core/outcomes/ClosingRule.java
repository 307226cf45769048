package se.skapa.core.outcomes;

import se.skapa.core.common.LocalizedText;

/**
 * Which participants form the denominator of outcome shares. Services differ, and one report may
 * mix them (Hudiksvall: employment over 39, studies over 37), so a report names its rule.
 */
public enum ClosingRule {
  /** Participants closed in the period. */
  CLOSED(LocalizedText.of("avslutade under perioden", "closed in the period")),
  /**
   * Participants closed in the period plus open participants who already reached an outcome (e.g.
   * employed, to be closed two months after starting work).
   */
  CLOSED_OR_OUTCOME_REACHED(
      LocalizedText.of(
          "avslutade under perioden samt ännu ej avslutade med uppnått utfall",
          "closed in the period plus those still open who reached an outcome")),
  /**
   * Everyone who accessed the service in the period, closed or not: the denominator IPS research
   * uses for its employment rate (141 employed of 412 who accessed = 34.2 %).
   */
  ACCESSED(
      LocalizedText.of(
          "alla som fått insatsen under perioden, avslutade eller inte",
          "everyone who accessed the service in the period, closed or not"));

  private final LocalizedText description;

  ClosingRule(LocalizedText description) {
    this.description = description;
  }

  /** {@return who forms the denominator, in words, as the report names it} */
  public LocalizedText description() {
    return description;
  }
}
