package se.skapa.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.skapa.core.common.Violations;

/**
 * A follow-up some months after a closing (ESF counts 1 and 6 months, Kolada a year): what the
 * participant does and lives on then.
 *
 * @param monthsAfter months after the closing, 1–36
 * @param date the day it was found out; not null
 * @param status what they do; not null
 * @param support what they live on; empty when not reached; not null
 */
public record AfterClosing(
    int monthsAfter, LocalDate date, AfterClosingStatus status, List<Support> support) {

  /** The latest follow-up after closing, in months: three years. */
  public static final int LATEST_MONTHS = 36;

  /**
   * @param monthsAfter months after the closing, 1–36
   * @param date the day it was found out; not null
   * @param status what they do; not null
   * @param support what they live on; empty when not reached; not null
   * @throws se.skapa.core.common.ValidationException rule {@code range} at {@code /monthsAfter},
   *     {@code not-reached} at {@code /support} when someone not reached has support recorded
   * @throws NullPointerException if a component is null
   */
  public AfterClosing {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    support = List.copyOf(support);
    Violations v = new Violations();
    v.check(
        monthsAfter >= 1 && monthsAfter <= LATEST_MONTHS,
        "/monthsAfter",
        "range",
        "monthsAfter must be at least 1 and at most " + LATEST_MONTHS + ", got " + monthsAfter);
    v.check(
        status != AfterClosingStatus.NOT_REACHED || support.isEmpty(),
        "/support",
        "not-reached",
        "someone who could not be reached has no support recorded");
    Supports.distinct(v, support);
    v.throwIfAny();
  }

  /**
   * The day a follow-up of {@code monthsAfter} falls due after a closing.
   *
   * @param closed the day of closing; not null
   * @param monthsAfter months after it
   * @return the day it is due
   */
  public static LocalDate due(LocalDate closed, int monthsAfter) {
    return closed.plusMonths(monthsAfter);
  }
}
