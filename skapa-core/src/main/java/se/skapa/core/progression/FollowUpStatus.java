package se.skapa.core.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the next measurement is due and whether it is overdue on a given day.
 *
 * @param latest the latest measurement's date
 * @param nextDue latest + the follow-up interval
 * @param asOf the day the status is for
 * @param overdue true if {@code asOf} is after {@code nextDue}
 * @param daysOverdue days after {@code nextDue}, 0 if not overdue
 */
public record FollowUpStatus(
    LocalDate latest, LocalDate nextDue, LocalDate asOf, boolean overdue, long daysOverdue) {

  /**
   * How far ahead a follow-up list looks for measurements falling due: two weeks, time enough to
   * book the next conversation with the participant.
   */
  public static final java.time.Period DEFAULT_DUE_WINDOW = java.time.Period.ofDays(14);

  /**
   * True if overdue, or due within {@code window} of {@code asOf}.
   *
   * @param window how far ahead to look; not null
   * @return true if a follow-up list should show the participant
   */
  public boolean dueWithin(java.time.Period window) {
    return overdue || !nextDue.isAfter(asOf.plus(window));
  }

  /**
   * The status of a series whose latest measurement is {@code latest}.
   *
   * @param latest the latest measurement's date; not null
   * @param options the follow-up interval; not null
   * @param asOf the day the status is for; not null
   * @return the status
   */
  public static FollowUpStatus of(LocalDate latest, ProgressionOptions options, LocalDate asOf) {
    LocalDate due = latest.plus(options.followUpInterval());
    boolean overdue = asOf.isAfter(due);
    return new FollowUpStatus(
        latest, due, asOf, overdue, overdue ? ChronoUnit.DAYS.between(due, asOf) : 0);
  }
}
