package se.skapa.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.skapa.core.progression.Measurement;

/**
 * One person's record, without the person: their ratings over time, the days something counted as
 * work happened (a job started, a closing to work or studies), and the last day the record is
 * complete to. The order of readings and events does not matter.
 *
 * @param readings every rating, one per indicator and day
 * @param events the days of a job start or a closing to work or studies
 * @param observedUntil the last day the record is complete to (the period's end, or the day of
 *     erasure or closing without an event)
 */
public record Series(List<Reading> readings, List<LocalDate> events, LocalDate observedUntil) {

  /**
   * One rating.
   *
   * @param date the day
   * @param indicator the indicator's key
   * @param score the score on the indicator's scale
   */
  public record Reading(LocalDate date, String indicator, int score) {
    /**
     * @param date the day; not null
     * @param indicator the key; not null
     * @param score the score
     * @throws NullPointerException if a component is null
     */
    public Reading {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(indicator, "indicator");
    }
  }

  /**
   * Copies the lists.
   *
   * @param readings the ratings; not null
   * @param events the event days; not null
   * @param observedUntil the last complete day; not null
   * @throws NullPointerException if a component is null
   */
  public Series {
    readings = List.copyOf(readings);
    events = List.copyOf(events);
    Objects.requireNonNull(observedUntil, "observedUntil");
  }

  /**
   * A person's measurements as readings, the participant's key left behind.
   *
   * @param measurements the person's measurements of one instrument; not null
   * @param events the days of a job start or a closing to work or studies; not null
   * @param observedUntil the last day the record is complete to; not null
   * @return the series
   */
  public static Series of(
      List<Measurement> measurements, List<LocalDate> events, LocalDate observedUntil) {
    List<Reading> readings = new ArrayList<>();
    for (Measurement m : measurements) {
      m.answers()
          .forEach(
              (key, answer) -> {
                if (answer.isAnswered()) {
                  readings.add(new Reading(m.date(), key, answer.scoreOrThrow()));
                }
              });
    }
    return new Series(readings, events, observedUntil);
  }
}
