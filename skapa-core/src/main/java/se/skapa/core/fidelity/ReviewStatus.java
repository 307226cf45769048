package se.skapa.core.fidelity;

/** What the reviewers say a review is: a draft still being scored, or a finished review. */
public enum ReviewStatus {
  /** May leave items out; has no total or band. */
  DRAFT,
  /** Scores every item. */
  FINAL
}
