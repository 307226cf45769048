package se.skapa.core.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Violations;

/**
 * Studies a participant takes up, started while enrolled or after.
 *
 * @param started the first day; not null
 * @param ended the last day, if they have ended; not null
 * @param kind the form of study; not null
 * @param extentPercent the pace, 1–100 (100 is full time)
 */
public record Study(
    LocalDate started, Optional<LocalDate> ended, StudyKind kind, int extentPercent) {

  /**
   * @param started the first day; not null
   * @param ended the last day, if they have ended; not null
   * @param kind the form of study; not null
   * @param extentPercent the pace, 1–100 (100 is full time)
   * @throws se.skapa.core.common.ValidationException rule {@code date-order} at {@code /ended},
   *     {@code range} at {@code /extent}
   * @throws NullPointerException if a component is null
   */
  public Study {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(kind, "kind");
    Violations v = new Violations();
    Spells.ordered(v, started, ended);
    v.check(
        extentPercent >= 1 && extentPercent <= 100,
        "/extent",
        "range",
        "extent is a pace in percent, 1-100, got " + extentPercent);
    v.throwIfAny();
  }

  /**
   * @param from the first day; not null
   * @param to the last day; not null
   * @return true if studying on any day of [from, to]
   */
  public boolean activeDuring(LocalDate from, LocalDate to) {
    return Spells.overlaps(started, ended, from, to);
  }
}
