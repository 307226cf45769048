package se.skapa.core.survey;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The survey of one period: offered, responses, satisfied, each question's distribution, against the targets.
 * A share over a denominator of zero is empty: 0 of 0 has no share.
 */
public record SurveyReport(int offered, int current, OptionalDouble shareOffered, int responses, OptionalDouble responseRate,
                           int answeredOverall, OptionalDouble shareSatisfied, List<QuestionResult> questions, SurveyTargets targets) {

    public SurveyReport {
        questions = List.copyOf(questions);
    }

    /** @param counts answers per scale step, index 0 for 1 */
    public record QuestionResult(SurveyQuestion question, int answered, int[] counts) {
        public QuestionResult {
            counts = counts.clone();
        }

        @Override
        public int[] counts() {
            return counts.clone();
        }
    }

    public boolean offeredMet() {
        return shareOffered.isPresent() && shareOffered.getAsDouble() >= targets.offered() - 1e-9;
    }

    public boolean responseRateMet() {
        return responseRate.isPresent() && responseRate.getAsDouble() >= targets.responseRate() - 1e-9;
    }

    public boolean satisfiedMet() {
        return shareSatisfied.isPresent() && shareSatisfied.getAsDouble() >= targets.satisfied() - 1e-9;
    }
}
