package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which BIP groups are active on a date. Descriptive: BIP found job-focused interventions create
 * progression, other groups only in parallel with a job-focused one, and periods with no
 * intervention at all went with regression.
 *
 * @param date the day
 * @param groups groups with at least one active intervention
 * @param jobFocusedInParallel a job-focused intervention runs together with one of another group
 * @param none no intervention at all is active
 */
public record ActiveInterventions(
    LocalDate date, Set<BipGroup> groups, boolean jobFocusedInParallel, boolean none) {

  /**
   * Copies the groups.
   *
   * @param date the day
   * @param groups the active groups
   * @param jobFocusedInParallel a job-focused intervention runs with another group's
   * @param none nothing is active
   */
  public ActiveInterventions {
    groups = Set.copyOf(groups);
  }

  /**
   * The active groups among {@code interventions} on {@code date}.
   *
   * @param interventions a participant's interventions; not null
   * @param date the day; not null
   * @return what is active that day
   */
  public static ActiveInterventions on(List<Intervention> interventions, LocalDate date) {
    EnumSet<BipGroup> active = EnumSet.noneOf(BipGroup.class);
    interventions.stream().filter(i -> i.activeOn(date)).forEach(i -> active.add(i.group()));
    boolean parallel = active.contains(BipGroup.JOB_FOCUSED) && active.size() >= 2;
    return new ActiveInterventions(date, active, parallel, active.isEmpty());
  }
}
