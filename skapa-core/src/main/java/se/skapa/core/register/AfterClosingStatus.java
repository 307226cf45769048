package se.skapa.core.register;

/** How it went for a participant some months after closing. */
public enum AfterClosingStatus {
  /** Working, subsidised or not. */
  EMPLOYMENT,
  /** Studying. */
  STUDIES,
  /** Neither working nor studying. */
  NEITHER,
  /** Could not be reached: an answer, counted as such, never dropped. */
  NOT_REACHED
}
