package se.skapa.core.progression;

import java.util.List;
import se.skapa.core.common.Pseudonym;

/**
 * Everything SKAPA reports about one participant. Descriptive facts about the series, never
 * a prediction about the person.
 *
 * @param series            one entry per respondent present, PARTICIPANT first
 * @param followUp          next measurement due and overdue status
 * @param handledareChanges changes of handledare over the dated measurements
 * @param gaps              self-rating against handledare rating where both rated one indicator on one date
 */
public record ParticipantProgression(Pseudonym participant, List<SeriesProgression> series, FollowUpStatus followUp,
                                     int handledareChanges, List<RatingGap> gaps) {

    public ParticipantProgression {
        series = List.copyOf(series);
        gaps = List.copyOf(gaps);
    }
}
