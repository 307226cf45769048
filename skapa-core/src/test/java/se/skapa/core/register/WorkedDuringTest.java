package se.skapa.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.outcomes.Share;
import se.skapa.core.testing.Property;

/** "Worked during the period": a job held while enrolled, on a day in the period. */
class WorkedDuringTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);

  static Job job(LocalDate started, LocalDate ended, JobKind kind) {
    return new Job(
        started,
        Optional.ofNullable(ended),
        kind,
        BigDecimal.TEN,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static WorkedDuring.Enrolled enrolled(String admitted, String closed, Job... jobs) {
    return new WorkedDuring.Enrolled(
        LocalDate.parse(admitted),
        Optional.ofNullable(closed).map(LocalDate::parse),
        List.of(jobs));
  }

  @Test
  void a_job_counts_on_a_day_both_in_the_period_and_within_the_enrolment() {
    Share s =
        WorkedDuring.count(
            FROM,
            TO,
            List.of(
                // Works in March: counts, sheltered or not.
                enrolled(
                    "2025-10-01", null, job(LocalDate.of(2026, 3, 1), null, JobKind.SHELTERED)),
                // The job began after closing: the service did not see it while enrolled.
                enrolled(
                    "2025-10-01",
                    "2026-02-01",
                    job(LocalDate.of(2026, 2, 2), null, JobKind.COMPETITIVE)),
                // The job ended before the period.
                enrolled(
                    "2025-01-01",
                    null,
                    job(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31), JobKind.COMPETITIVE)),
                // Not enrolled in the period at all: not in the denominator.
                enrolled(
                    "2025-01-01",
                    "2025-12-31",
                    job(LocalDate.of(2025, 6, 1), null, JobKind.COMPETITIVE)),
                enrolled("2026-07-01", null)));
    assertEquals(1, s.count());
    assertEquals(3, s.denominator());
  }

  @Test
  void the_count_stays_within_those_enrolled_in_the_period() {
    Property.forAll(
        "worked ≤ enrolled in the period ≤ enrolments",
        300,
        r -> {
          List<WorkedDuring.Enrolled> all = new ArrayList<>();
          int n = r.nextInt(40);
          for (int i = 0; i < n; i++) {
            LocalDate admitted = LocalDate.of(2025, 6, 1).plusDays(r.nextInt(500));
            LocalDate closed = r.nextBoolean() ? admitted.plusDays(r.nextInt(300)) : null;
            List<Job> jobs = new ArrayList<>();
            if (r.nextBoolean()) {
              LocalDate start = admitted.plusDays(r.nextInt(200) - 50);
              jobs.add(
                  job(
                      start,
                      r.nextBoolean() ? start.plusDays(r.nextInt(100)) : null,
                      JobKind.COMPETITIVE));
            }
            all.add(new WorkedDuring.Enrolled(admitted, Optional.ofNullable(closed), jobs));
          }
          Share s = WorkedDuring.count(FROM, TO, all);
          assertTrue(s.count() <= s.denominator() && s.denominator() <= n);
          List<WorkedDuring.Enrolled> withoutJobs =
              all.stream()
                  .map(e -> new WorkedDuring.Enrolled(e.admitted(), e.closed(), List.of()))
                  .toList();
          assertEquals(0, WorkedDuring.count(FROM, TO, withoutJobs).count());
          assertEquals(s.denominator(), WorkedDuring.count(FROM, TO, withoutJobs).denominator());
        });
  }
}
