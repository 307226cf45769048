package se.skapa.core.outcomes;

import se.skapa.core.common.LocalizedText;

/** How a participant leaves a service (avslut). */
public enum OutcomeType {
  /** Employment (anställning), with or without a wage subsidy. */
  EMPLOYMENT(LocalizedText.of("Anställning", "Employment")),
  /** Studies. */
  STUDIES(LocalizedText.of("Studier", "Studies")),
  /** Meaningful occupation (meningsfull sysselsättning) that is neither work nor studies. */
  OCCUPATION(LocalizedText.of("Meningsfull sysselsättning", "Meaningful occupation")),
  /** Another lasting solution (annan varaktig lösning). */
  OTHER_LASTING(LocalizedText.of("Annan varaktig lösning", "Other lasting solution")),
  /** No outcome. */
  NONE(LocalizedText.of("Inget utfall", "No outcome"));

  private final LocalizedText label;

  OutcomeType(LocalizedText label) {
    this.label = label;
  }

  /** {@return the outcome's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
