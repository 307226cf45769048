package se.skapa.core.fidelity;

import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's consensus score on one item, with an optional justification. The range is checked
 * against the scale by {@link FidelityScorer}.
 *
 * @param number the item's number
 * @param score the score
 * @param note the reviewers' justification, free text; may be empty
 */
public record ItemScore(int number, int score, Optional<String> note) {

  /**
   * @param number the item's number
   * @param score the score
   * @param note the note; not null
   * @throws NullPointerException if the note is null
   */
  public ItemScore {
    Objects.requireNonNull(note, "note");
  }

  /**
   * @param number the item's number
   * @param score the score
   * @return the score without a note
   */
  public static ItemScore of(int number, int score) {
    return new ItemScore(number, score, Optional.empty());
  }
}
