package se.skapa.core.progression;

import java.util.List;
import se.skapa.core.common.Pseudonym;

/**
 * Everything SKAPA reports about one participant. Descriptive facts about the series, never a
 * prediction about the person.
 *
 * @param participant the participant's pseudonymous key
 * @param series one entry per respondent present, PARTICIPANT first
 * @param followUp next measurement due and overdue status
 * @param handledareChanges changes of handledare over the dated measurements
 * @param gaps self-rating against handledare rating where both rated one indicator on one date
 */
public record ParticipantProgression(
    Pseudonym participant,
    List<SeriesProgression> series,
    FollowUpStatus followUp,
    int handledareChanges,
    List<RatingGap> gaps) {

  /**
   * Copies the lists.
   *
   * @param participant the participant
   * @param series per respondent
   * @param followUp the follow-up status
   * @param handledareChanges changes of handledare
   * @param gaps self against handledare
   */
  public ParticipantProgression {
    series = List.copyOf(series);
    gaps = List.copyOf(gaps);
  }
}
