package se.skapa.core.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An outcome report for a period.
 *
 * @param from the period's first day, inclusive
 * @param to the period's last day, inclusive
 * @param activeAtEnd participants admitted by the end and not closed by it
 * @param admitted admitted in the period
 * @param closed closed in the period
 * @param closingRule the rule that picked the outcome denominator
 * @param outcomes per outcome, over the rule's denominator
 * @param workOrStudies EMPLOYMENT + STUDIES over the same denominator
 * @param lasting EMPLOYMENT + STUDIES + OTHER_LASTING over the same denominator
 * @param meanDaysClosed mean days from admission to closing for those closed in the period
 * @param medianDaysClosed median of the same
 * @param staffFullTimeEquivalents staff in full-time equivalents; 0 when not counted
 * @param participantsPerStaff active at end ÷ staff full-time equivalents
 * @param contactDays the N of "contacted within N days of admission"
 * @param contactedWithinDays admitted in the period with a first contact within {@code contactDays}
 *     days
 * @param actionPlan participants in the period (active at some point in it) with an action plan
 */
public record OutcomeReport(
    LocalDate from,
    LocalDate to,
    int activeAtEnd,
    int admitted,
    int closed,
    ClosingRule closingRule,
    List<OutcomeCount> outcomes,
    Share workOrStudies,
    Share lasting,
    OptionalDouble meanDaysClosed,
    OptionalDouble medianDaysClosed,
    BigDecimal staffFullTimeEquivalents,
    OptionalDouble participantsPerStaff,
    int contactDays,
    Share contactedWithinDays,
    Share actionPlan) {

  /**
   * Copies the outcomes.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @param activeAtEnd active at the end
   * @param admitted admitted in the period
   * @param closed closed in the period
   * @param closingRule the denominator's rule
   * @param outcomes one count per outcome type
   * @param workOrStudies employment or studies
   * @param lasting employment, studies or another lasting solution
   * @param meanDaysClosed mean days to closing; empty with none closed
   * @param medianDaysClosed median days to closing; empty with none closed
   * @param staffFullTimeEquivalents staff in full-time equivalents; 0 when not counted
   * @param participantsPerStaff active at end per staff; empty without staff
   * @param contactDays the N of "contacted within N days"
   * @param contactedWithinDays contacted within N days of those admitted
   * @param actionPlan with an action plan, of those in the period
   */
  public OutcomeReport {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * @param type an outcome type; not null
   * @return the count of that outcome
   */
  public OutcomeCount outcome(OutcomeType type) {
    return outcomes.stream().filter(o -> o.outcome() == type).findFirst().orElseThrow();
  }
}
