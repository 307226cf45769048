package se.skapa.core.survey;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The survey of one period: offered, responses, satisfied, each question's distribution, against
 * the targets. A share over a denominator of zero is empty: 0 of 0 has no share.
 */
public record SurveyReport(
    int offered,
    int current,
    OptionalDouble shareOffered,
    int responses,
    OptionalDouble responseRate,
    int answeredOverall,
    OptionalDouble shareSatisfied,
    List<QuestionResult> questions,
    SurveyTargets targets) {

  /**
   * Copies the questions.
   *
   * @param offered participants offered the survey
   * @param current participants active in the period
   * @param shareOffered offered ÷ current; empty when current is 0
   * @param responses responses received
   * @param responseRate responses ÷ offered; empty when none was offered
   * @param answeredOverall responses that answered the overall question
   * @param shareSatisfied 4–5 on the overall question ÷ those who answered it; empty when nobody
   *     did
   * @param questions each question with its distribution
   * @param targets the targets the report is read against
   */
  public SurveyReport {
    questions = List.copyOf(questions);
  }

  /**
   * One question's answers.
   *
   * @param question the question
   * @param answered how many answered it
   * @param counts answers per scale step, index 0 for 1
   */
  public record QuestionResult(SurveyQuestion question, int answered, int[] counts) {
    /**
     * Copies the counts.
     *
     * @param question the question
     * @param answered how many answered it
     * @param counts answers per scale step
     */
    public QuestionResult {
      counts = counts.clone();
    }

    /** {@return a copy of the answers per scale step, index 0 for 1} */
    @Override
    public int[] counts() {
      return counts.clone();
    }
  }

  /** {@return true if the share offered reaches its target; false when there is no share} */
  public boolean offeredMet() {
    return shareOffered.isPresent() && shareOffered.getAsDouble() >= targets.offered() - 1e-9;
  }

  /** {@return true if the response rate reaches its target; false when there is no rate} */
  public boolean responseRateMet() {
    return responseRate.isPresent() && responseRate.getAsDouble() >= targets.responseRate() - 1e-9;
  }

  /** {@return true if the share satisfied reaches its target; false when there is no share} */
  public boolean satisfiedMet() {
    return shareSatisfied.isPresent() && shareSatisfied.getAsDouble() >= targets.satisfied() - 1e-9;
  }
}
