package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Progression of a verksamhet: many participants, one respondent.
 *
 * @param respondent whose ratings the report reads
 * @param participants participants with at least one measurement by the respondent
 * @param participantsWithTwoOrMore those with two or more
 * @param indicators per indicator the respondent rates, in instrument order
 * @param medianDaysBetween median of the days between consecutive measurements of a participant
 * @param shareOverdue share 0–1 of {@code participants} whose next measurement is overdue on {@code
 *     asOf}
 * @param asOf the day the report is as of (today, or the day asked)
 */
public record CohortReport(
    Respondent respondent,
    int participants,
    int participantsWithTwoOrMore,
    List<CohortIndicator> indicators,
    OptionalDouble medianDaysBetween,
    double shareOverdue,
    LocalDate asOf) {

  /**
   * Copies the indicators.
   *
   * @param respondent whose ratings
   * @param participants participants measured
   * @param participantsWithTwoOrMore those measured twice or more
   * @param indicators per indicator
   * @param medianDaysBetween median days between measurements; empty with none
   * @param shareOverdue share overdue
   * @param asOf the day the report is as of
   */
  public CohortReport {
    indicators = List.copyOf(indicators);
  }
}
