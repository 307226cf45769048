package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Progression of a verksamhet: many participants, one respondent.
 *
 * @param participants              participants with at least one measurement by the respondent
 * @param participantsWithTwoOrMore those with two or more
 * @param indicators                per indicator the respondent rates, in instrument order
 * @param medianDaysBetween         median of the days between consecutive measurements of a participant
 * @param shareOverdue              share 0–1 of {@code participants} whose next measurement is overdue on {@code asOf}
 */
public record CohortReport(Respondent respondent, int participants, int participantsWithTwoOrMore,
                           List<CohortIndicator> indicators, OptionalDouble medianDaysBetween,
                           double shareOverdue, LocalDate asOf) {

    public CohortReport {
        indicators = List.copyOf(indicators);
    }
}
