package se.skapa.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.skapa.core.progression.BuiltInInstruments;

/**
 * Synthetic registers with a known truth: readings of "job-belief" every 91 days, and work or
 * studies following each reading with the log-odds {@code base + level × (score − 5) + change ×
 * (score − score before)}. What the tests plant, the analysis must recover.
 */
final class Registers {

  static final String KEY = BuiltInInstruments.JOB_BELIEF;

  private Registers() {}

  record Truth(double base, double level, double change) {}

  static List<Series> generate(SplittableRandom r, int people, Truth t) {
    List<Series> out = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(120));
      int score = 3 + r.nextInt(4);
      int before = score;
      List<Series.Reading> readings = new ArrayList<>();
      List<LocalDate> events = new ArrayList<>();
      int count = 3 + r.nextInt(6);
      LocalDate last = day;
      for (int k = 0; k < count; k++) {
        readings.add(new Series.Reading(day, KEY, score));
        last = day;
        double eta =
            t.base() + t.level() * (score - 5) + (k == 0 ? 0 : t.change() * (score - before));
        LocalDate next = day.plusDays(91);
        LocalDate end = next.isBefore(day.plusMonths(3)) ? next : day.plusMonths(3);
        if (r.nextDouble() < 1 / (1 + Math.exp(-eta))) {
          long span = end.toEpochDay() - day.toEpochDay();
          events.add(day.plusDays(1 + r.nextLong(span)));
          break;
        }
        before = score;
        int[] steps = {-1, 0, 0, 1, 1, 2};
        score = Math.max(1, Math.min(10, score + steps[r.nextInt(steps.length)]));
        day = next;
      }
      out.add(new Series(readings, events, last.plusMonths(3)));
    }
    return out;
  }
}
