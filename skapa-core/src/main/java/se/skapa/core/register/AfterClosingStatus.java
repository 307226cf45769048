package se.skapa.core.register;

import se.skapa.core.common.LocalizedText;

/** How it went for a participant some months after closing. */
public enum AfterClosingStatus {
  /** Working, subsidised or not. */
  EMPLOYMENT(LocalizedText.of("Arbetar", "Working")),
  /** Studying. */
  STUDIES(LocalizedText.of("Studerar", "Studying")),
  /** Neither working nor studying. */
  NEITHER(LocalizedText.of("Varken arbete eller studier", "Neither work nor studies")),
  /** Could not be reached: an answer, counted as such, never dropped. */
  NOT_REACHED(LocalizedText.of("Gick inte att nå", "Could not be reached"));

  private final LocalizedText label;

  AfterClosingStatus(LocalizedText label) {
    this.label = label;
  }

  /** {@return the status in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
