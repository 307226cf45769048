package se.skapa.core.progression;

import java.util.OptionalInt;

/**
 * The answer to one indicator: a score, or an explicit "not answered". A missing answer is never a
 * zero: it is left out of means and drawn as a gap.
 */
public final class Answer {

  private static final Answer NOT_ANSWERED = new Answer(false, 0);
  private static final Answer[] SMALL = new Answer[256];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Answer(true, i - 128);
    }
  }

  private final boolean answered;
  private final int score;

  private Answer(boolean answered, int score) {
    this.answered = answered;
    this.score = score;
  }

  /**
   * An answered score. Range is checked against the indicator's scale by {@link MeasurementRules}.
   *
   * @param score the score
   * @return the answer
   */
  public static Answer score(int score) {
    return score >= -128 && score < 128 ? SMALL[score + 128] : new Answer(true, score);
  }

  /**
   * A score, or "not answered" for null: how JSON, CSV cells and SQL arrays carry an answer.
   *
   * @param score the score, or null
   * @return the answer
   */
  public static Answer ofNullable(Integer score) {
    return score == null ? NOT_ANSWERED : score(score);
  }

  /** {@return the answer to a question left unanswered} */
  public static Answer notAnswered() {
    return NOT_ANSWERED;
  }

  /** {@return true if a score was given} */
  public boolean isAnswered() {
    return answered;
  }

  /** {@return the score; empty when not answered} */
  public OptionalInt value() {
    return answered ? OptionalInt.of(score) : OptionalInt.empty();
  }

  /**
   * @throws IllegalStateException if not answered
   * @return the score
   */
  public int scoreOrThrow() {
    if (!answered) {
      throw new IllegalStateException("not answered");
    }
    return score;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answer a && a.answered == answered && a.score == score;
  }

  @Override
  public int hashCode() {
    return answered ? score : Integer.MIN_VALUE;
  }

  @Override
  public String toString() {
    return answered ? Integer.toString(score) : "not answered";
  }
}
