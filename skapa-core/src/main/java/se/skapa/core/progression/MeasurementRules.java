package se.skapa.core.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Checks measurements against an instrument and against each other. "Today" comes from an injected
 * {@link Clock} so that the future-date rule is testable.
 */
public final class MeasurementRules {

  /** Dates before this are typing errors: {@link se.skapa.core.common.Dates#EARLIEST}. */
  public static final LocalDate EARLIEST = se.skapa.core.common.Dates.EARLIEST;

  private final Clock clock;

  private MeasurementRules(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param clock "today" for the future-date rule; not null
   * @return the rules
   */
  public static MeasurementRules withClock(Clock clock) {
    return new MeasurementRules(java.util.Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Checks every measurement; violations point at {@code /measurements/<index>/...}. Rules: {@code
   * instrument} (id and version match), {@code unknown-indicator}, {@code respondent} (indicator
   * rated by the wrong respondent), {@code range} (score within the scale), {@code future-date},
   * {@code duplicate} (one participant, date and respondent only once), {@code length} and {@code
   * personnummer} (comment, see {@link FreeText}).
   *
   * @throws ValidationException listing every violation
   * @param instrument the instrument the measurements claim; not null
   * @param measurements the measurements; not null
   */
  public void check(Instrument instrument, List<Measurement> measurements) {
    Violations v = new Violations();
    LocalDate today = LocalDate.now(clock);
    Map<Identity, Integer> seen = new HashMap<>(Math.max(16, measurements.size() * 4 / 3 + 1));
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      // Pointers are built only for violations: this loop runs over millions of answers.
      if (!m.instrumentId().equals(instrument.id())
          || m.instrumentVersion() != instrument.version()) {
        v.add(
            at(i) + "/instrument",
            "instrument",
            "measurement is of instrument "
                + m.instrumentId()
                + "@"
                + m.instrumentVersion()
                + " but the series is of "
                + instrument);
      }
      if (m.date().isAfter(today)) {
        v.add(
            at(i) + "/date", "future-date", "date " + m.date() + " is after today (" + today + ")");
      } else if (m.date().isBefore(EARLIEST)) {
        v.add(
            at(i) + "/date",
            "date-range",
            "date " + m.date() + " is before " + EARLIEST + "; SKAPA measurements are of this era");
      }
      Integer earlier =
          seen.putIfAbsent(new Identity(m.participant(), m.date(), m.respondent()), i);
      if (earlier != null) {
        v.add(
            at(i),
            "duplicate",
            "participant "
                + m.participant()
                + " already has a "
                + m.respondent()
                + " measurement on "
                + m.date()
                + " (measurement "
                + earlier
                + ")");
      }
      int index = i;
      FreeText.check(v, () -> at(index) + "/comment", "comment", m.comment());
      for (Map.Entry<String, Answer> e : m.answers().entrySet()) {
        checkAnswer(v, instrument, m.respondent(), i, e.getKey(), e.getValue());
      }
    }
    v.throwIfAny();
  }

  private record Identity(
      se.skapa.core.common.Pseudonym participant, LocalDate date, Respondent respondent) {}

  private static String at(int index) {
    return Pointer.at("/measurements", index);
  }

  private static void checkAnswer(
      Violations v,
      Instrument instrument,
      Respondent respondent,
      int index,
      String key,
      Answer answer) {
    Indicator ind = instrument.indicatorOrNull(key);
    if (ind == null) {
      v.add(
          Pointer.at(at(index) + "/scores", key),
          "unknown-indicator",
          "indicator '" + key + "' is not part of instrument " + instrument);
      return;
    }
    if (!ind.ratedBy().allows(respondent)) {
      v.add(
          Pointer.at(at(index) + "/scores", key),
          "respondent",
          "indicator '" + key + "' is rated by " + ind.ratedBy() + ", not by " + respondent);
    }
    if (answer.isAnswered() && !ind.scale().contains(answer.scoreOrThrow())) {
      v.add(
          Pointer.at(at(index) + "/scores", key),
          "range",
          "score "
              + answer.scoreOrThrow()
              + " for '"
              + key
              + "' is outside its scale "
              + ind.scale());
    }
  }
}
