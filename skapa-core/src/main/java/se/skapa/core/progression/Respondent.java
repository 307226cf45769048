package se.skapa.core.progression;

import se.skapa.core.common.LocalizedText;

/** Who gave a rating: the participant (self-rating) or the handledare. */
public enum Respondent {
  /** The participant rates themself. */
  PARTICIPANT(LocalizedText.of("Självskattning", "Self-rating")),
  /** The handledare rates the participant. */
  HANDLEDARE(LocalizedText.of("Handledarens skattning", "Handledare rating"));

  private final LocalizedText label;

  Respondent(LocalizedText label) {
    this.label = label;
  }

  /** {@return the respondent's rating in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
