package se.skapa.core.progression;

import java.util.List;
import java.util.Optional;

/**
 * One indicator's earliest and latest answered score over a participant's measurements, and what
 * they say: the change and, from two answers on, its direction. The participant's analysis and the
 * cohort both read progression through this one rule, so "improved" cannot mean one thing per
 * person and another per verksamhet.
 *
 * @param answered how many measurements answered the indicator
 * @param first the earliest-dated answered score; 0 when none was answered
 * @param latest the latest-dated answered score; 0 when none was answered
 */
record FirstLatest(int answered, int first, int latest) {

  /**
   * @param byDate a participant's measurements, oldest first; not null
   * @param key the indicator's key; not null
   */
  static FirstLatest of(List<Measurement> byDate, String key) {
    int first = 0;
    int latest = 0;
    int answered = 0;
    for (Measurement m : byDate) {
      Answer a = m.answer(key);
      if (a.isAnswered()) {
        latest = a.scoreOrThrow();
        if (answered++ == 0) {
          first = latest;
        }
      }
    }
    return new FirstLatest(answered, first, latest);
  }

  /** Latest minus first, in scale steps. */
  int change() {
    return latest - first;
  }

  /**
   * @param step the smallest change that counts as a direction (ProgressionOptions.directionStep)
   * @return empty with fewer than two answers: a single answer has nothing to be compared with
   */
  Optional<Direction> direction(double step) {
    return answered < 2 ? Optional.empty() : Optional.of(Direction.of(change(), step));
  }
}
