package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Pseudonym;

/**
 * One rating occasion: one respondent rates one participant's indicators on one date.
 * Whether the scores fit an instrument is checked by {@link MeasurementRules}.
 *
 * @param participant       pseudonymous participant key
 * @param date              the day the rating was made
 * @param instrumentId      instrument id
 * @param instrumentVersion instrument version
 * @param respondent        who rated
 * @param handledare        the participant's handledare at the time, if known
 * @param answers           answer per indicator key; an indicator absent from the map was not asked
 * @param comment           free text, if any
 */
public record Measurement(Pseudonym participant, LocalDate date, String instrumentId, int instrumentVersion,
                          Respondent respondent, Optional<Pseudonym> handledare, Map<String, Answer> answers,
                          Optional<String> comment) {

    /** @throws NullPointerException if any component is null */
    public Measurement {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(handledare, "handledare");
        answers = Map.copyOf(answers);
        Objects.requireNonNull(comment, "comment");
    }

    /** A measurement of an instrument's current version, without handledare or comment. */
    public static Measurement of(Pseudonym participant, LocalDate date, Instrument instrument,
                                 Respondent respondent, Map<String, Answer> answers) {
        return new Measurement(participant, date, instrument.id(), instrument.version(), respondent,
                Optional.empty(), answers, Optional.empty());
    }

    public Measurement withHandledare(Pseudonym key) {
        return new Measurement(participant, date, instrumentId, instrumentVersion, respondent,
                Optional.of(key), answers, comment);
    }

    public Measurement withComment(String text) {
        return new Measurement(participant, date, instrumentId, instrumentVersion, respondent,
                handledare, answers, Optional.of(text));
    }

    /** The answer to an indicator; "not answered" if it is absent. */
    public Answer answer(String key) {
        return answers.getOrDefault(key, Answer.notAnswered());
    }
}
