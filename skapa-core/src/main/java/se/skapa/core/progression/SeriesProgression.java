package se.skapa.core.progression;

import java.util.List;

/**
 * A participant's progression as rated by one respondent.
 *
 * @param respondent who rated
 * @param measurements how many measurements the series has
 * @param indicators per indicator answered at least once, in the instrument's order
 * @param overallIndex the overall index per measurement with an answer
 */
public record SeriesProgression(
    Respondent respondent,
    int measurements,
    List<IndicatorProgression> indicators,
    List<IndexPoint> overallIndex) {

  /**
   * Copies the lists.
   *
   * @param respondent who rated
   * @param measurements how many measurements
   * @param indicators per indicator
   * @param overallIndex per measurement
   */
  public SeriesProgression {
    indicators = List.copyOf(indicators);
    overallIndex = List.copyOf(overallIndex);
  }
}
