package se.skapa.core.register;

import java.time.LocalDate;
import java.util.Optional;
import se.skapa.core.common.Violations;

/** Rules shared by everything that runs from a first day to an optional last day. */
final class Spells {

  private Spells() {}

  static void ordered(Violations v, LocalDate started, Optional<LocalDate> ended) {
    ended.ifPresent(
        e ->
            v.check(
                !e.isBefore(started),
                "/ended",
                "date-order",
                "ended (" + e + ") is before started (" + started + ")"));
  }

  static boolean overlaps(
      LocalDate started, Optional<LocalDate> ended, LocalDate from, LocalDate to) {
    return !started.isAfter(to) && ended.map(e -> !e.isBefore(from)).orElse(true);
  }
}
