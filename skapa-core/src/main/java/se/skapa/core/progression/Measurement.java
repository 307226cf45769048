package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Pseudonym;

/**
 * One rating occasion: one respondent rates one participant's indicators on one date. Whether the
 * scores fit an instrument is checked by {@link MeasurementRules}.
 *
 * @param participant pseudonymous participant key
 * @param date the day the rating was made
 * @param instrumentId instrument id
 * @param instrumentVersion instrument version
 * @param respondent who rated
 * @param handledare the participant's handledare at the time, if known
 * @param answers answer per indicator key; an indicator absent from the map was not asked
 * @param comment free text, if any
 */
public record Measurement(
    Pseudonym participant,
    LocalDate date,
    String instrumentId,
    int instrumentVersion,
    Respondent respondent,
    Optional<Pseudonym> handledare,
    Map<String, Answer> answers,
    Optional<String> comment) {

  /**
   * @throws NullPointerException if any component is null
   * @param participant the participant; not null
   * @param date the day; not null
   * @param instrumentId the instrument's id; not null
   * @param instrumentVersion the instrument's version
   * @param respondent who rated; not null
   * @param handledare the handledare; not null, may be empty
   * @param answers answer per indicator key; copied
   * @param comment free text; not null, may be empty
   */
  public Measurement {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(handledare, "handledare");
    answers = Map.copyOf(answers);
    Objects.requireNonNull(comment, "comment");
  }

  /**
   * A measurement of an instrument's current version, without handledare or comment.
   *
   * @param participant the participant; not null
   * @param date the day; not null
   * @param instrument the instrument rated; not null
   * @param respondent who rated; not null
   * @param answers answer per indicator key; not null
   * @return the measurement
   */
  public static Measurement of(
      Pseudonym participant,
      LocalDate date,
      Instrument instrument,
      Respondent respondent,
      Map<String, Answer> answers) {
    return new Measurement(
        participant,
        date,
        instrument.id(),
        instrument.version(),
        respondent,
        Optional.empty(),
        answers,
        Optional.empty());
  }

  /**
   * @param key the participant's handledare at the time; not null
   * @return this measurement with that handledare
   */
  public Measurement withHandledare(Pseudonym key) {
    return new Measurement(
        participant,
        date,
        instrumentId,
        instrumentVersion,
        respondent,
        Optional.of(key),
        answers,
        comment);
  }

  /**
   * @param text free text; not null
   * @return this measurement with that comment
   */
  public Measurement withComment(String text) {
    return new Measurement(
        participant,
        date,
        instrumentId,
        instrumentVersion,
        respondent,
        handledare,
        answers,
        Optional.of(text));
  }

  /**
   * The answer to an indicator; "not answered" if it is absent.
   *
   * @param key an indicator's key
   * @return the answer; never null
   */
  public Answer answer(String key) {
    return answers.getOrDefault(key, Answer.notAnswered());
  }
}
