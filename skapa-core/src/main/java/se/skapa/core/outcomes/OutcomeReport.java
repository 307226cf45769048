package se.skapa.core.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An outcome report for a period.
 *
 * @param activeAtEnd            participants admitted by the end and not closed by it
 * @param admitted               admitted in the period
 * @param closed                 closed in the period
 * @param closingRule            the rule that picked the outcome denominator
 * @param outcomes               per outcome, over the rule's denominator
 * @param workOrStudies          EMPLOYMENT + STUDIES over the same denominator
 * @param lasting                EMPLOYMENT + STUDIES + OTHER_LASTING over the same denominator
 * @param meanDaysClosed         mean days from admission to closing for those closed in the period
 * @param medianDaysClosed       median of the same
 * @param participantsPerStaff   active at end ÷ staff full-time equivalents
 * @param contactedWithinDays    admitted in the period with a first contact within {@code contactDays} days
 * @param actionPlan             participants in the period (active at some point in it) with an action plan
 */
public record OutcomeReport(LocalDate from, LocalDate to, int activeAtEnd, int admitted, int closed, ClosingRule closingRule,
                            List<OutcomeCount> outcomes, Share workOrStudies, Share lasting, OptionalDouble meanDaysClosed,
                            OptionalDouble medianDaysClosed, BigDecimal staffFullTimeEquivalents,
                            OptionalDouble participantsPerStaff, int contactDays, Share contactedWithinDays, Share actionPlan) {

    public OutcomeReport {
        outcomes = List.copyOf(outcomes);
    }

    public OutcomeCount outcome(OutcomeType type) {
        return outcomes.stream().filter(o -> o.outcome() == type).findFirst().orElseThrow();
    }
}
