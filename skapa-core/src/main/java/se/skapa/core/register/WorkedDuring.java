package se.skapa.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.outcomes.Share;

/**
 * Of the enrolments in a period, how many held a job while enrolled: the outcome report's "worked
 * during the period", counted from the jobs the register holds rather than from how enrolments
 * closed. A job of any kind (competitive, subsidised or sheltered) counts, on any day that is both
 * in the period and within the enrolment.
 */
public final class WorkedDuring {

  /** What the denominator counts. */
  public static final LocalizedText IN_PERIOD =
      LocalizedText.of("inskrivna någon dag under perioden", "enrolled on any day of the period");

  private WorkedDuring() {}

  /**
   * One enrolment with the jobs recorded under it.
   *
   * @param admitted the day of admission
   * @param closed the closing day, if closed
   * @param jobs the jobs recorded under the enrolment
   */
  public record Enrolled(LocalDate admitted, Optional<LocalDate> closed, List<Job> jobs) {
    /**
     * Copies the jobs.
     *
     * @param admitted the day of admission; not null
     * @param closed the closing day; not null
     * @param jobs the jobs; not null
     * @throws NullPointerException if a component is null
     */
    public Enrolled {
      Objects.requireNonNull(admitted, "admitted");
      Objects.requireNonNull(closed, "closed");
      jobs = List.copyOf(jobs);
    }
  }

  /**
   * @param from the period's first day; not null
   * @param to the period's last day; not null
   * @param enrolments every enrolment, in the period or not; not null
   * @return those who held a job while enrolled in the period, of those enrolled on any day of it
   */
  public static Share count(LocalDate from, LocalDate to, List<Enrolled> enrolments) {
    int in = 0;
    int worked = 0;
    for (Enrolled e : enrolments) {
      LocalDate first = e.admitted().isAfter(from) ? e.admitted() : from;
      LocalDate last = e.closed().filter(c -> c.isBefore(to)).orElse(to);
      if (first.isAfter(last)) {
        continue;
      }
      in++;
      if (e.jobs().stream().anyMatch(j -> j.heldDuring(first, last))) {
        worked++;
      }
    }
    return Share.of(worked, in, IN_PERIOD);
  }
}
