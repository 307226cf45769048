package se.skapa.core.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.ValidationException;

class InterventionTest {

  private static final List<Intervention> PLAN =
      List.of(
          new Intervention(
              "Arbetsträning",
              BipGroup.JOB_FOCUSED,
              LocalDate.parse("2026-03-01"),
              Optional.of(LocalDate.parse("2026-05-31"))),
          new Intervention(
              "Samtalsstöd", BipGroup.HEALTH, LocalDate.parse("2026-01-01"), Optional.empty()));

  @Test
  void job_focused_in_parallel_with_another_group_is_reported_for_the_days_both_run() {
    ActiveInterventions april = ActiveInterventions.on(PLAN, LocalDate.parse("2026-04-15"));
    assertEquals(Set.of(BipGroup.JOB_FOCUSED, BipGroup.HEALTH), april.groups());
    assertTrue(april.jobFocusedInParallel());
    ActiveInterventions june = ActiveInterventions.on(PLAN, LocalDate.parse("2026-06-01"));
    assertEquals(Set.of(BipGroup.HEALTH), june.groups());
    assertFalse(june.jobFocusedInParallel());
    assertTrue(ActiveInterventions.on(PLAN, LocalDate.parse("2025-12-31")).none());
    assertTrue(
        ActiveInterventions.on(PLAN, LocalDate.parse("2026-05-31")).jobFocusedInParallel(),
        "end day is inclusive");
  }

  @Test
  void a_period_that_ends_before_it_starts_is_refused() {
    assertThrows(
        ValidationException.class,
        () ->
            new Intervention(
                "x",
                BipGroup.SOCIAL,
                LocalDate.parse("2026-02-01"),
                Optional.of(LocalDate.parse("2026-01-31"))));
  }
}
