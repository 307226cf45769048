package se.skapa.core.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.skapa.core.progression.Fixtures.ANALYZER;
import static se.skapa.core.progression.Fixtures.SKAPA;
import static se.skapa.core.progression.Fixtures.self;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.skapa.core.testing.Property;

class CohortTest {

  @Test
  void a_small_verksamhet_by_hand() {
    CohortReport report =
        ANALYZER.cohort(
            SKAPA,
            Respondent.PARTICIPANT,
            List.of(
                self("p-1", "2026-01-01", 3),
                self("p-1", "2026-04-01", 6),
                self("p-2", "2026-02-01", 8),
                self("p-2", "2026-05-01", 6),
                self("p-2", "2026-11-01", 8),
                self("p-3", "2026-10-01", 5),
                Fixtures.handledare("p-1", "2026-01-01", 2)));
    assertEquals(3, report.participants());
    assertEquals(2, report.participantsWithTwoOrMore());
    CohortIndicator health = report.indicators().get(0);
    assertEquals("health-coping", health.key());
    assertEquals(2, health.participants());
    assertEquals(1.5, health.meanChange(), 1e-12);
    // p-1 3 → 6, p-2 8 → 8: first (3 + 8) / 2, latest (6 + 8) / 2
    assertEquals(5.5, health.meanFirst(), 1e-12);
    assertEquals(7.0, health.meanLatest(), 1e-12);
    assertEquals(0.5, health.shareImproved(), 1e-12);
    assertEquals(0.5, health.shareUnchanged(), 1e-12);
    assertEquals(0.0, health.shareDeclined(), 1e-12);
    assertEquals(0, report.indicators().get(1).participants(), "nobody answered everyday-coping");
    // gaps 90, 89, 184 days → median 90
    assertEquals(90.0, report.medianDaysBetween().orElseThrow(), 1e-12);
    // p-1 due 2026-07-01 (overdue on 2026-11-22), p-2 due 2027-02-01, p-3 due 2027-01-01
    assertEquals(1 / 3.0, report.shareOverdue(), 1e-12);
  }

  @Test
  void property_cohort_mean_change_is_the_mean_of_individual_changes() {
    Property.forAll(
        "cohort mean = mean of individual changes",
        100,
        r -> {
          List<Measurement> all = new ArrayList<>();
          int people = 1 + r.nextInt(30);
          for (int p = 0; p < people; p++) {
            LocalDate d = LocalDate.parse("2024-01-01");
            for (int k = 1 + r.nextInt(5); k > 0; k--) {
              d = d.plusDays(30 + r.nextInt(90));
              all.add(Fixtures.randomSelf(r, "p-" + p, d));
            }
          }
          CohortReport report = ANALYZER.cohort(SKAPA, Respondent.PARTICIPANT, all);
          for (CohortIndicator ci : report.indicators()) {
            List<Integer> changes = new ArrayList<>();
            for (int p = 0; p < people; p++) {
              String key = "p-" + p;
              List<Measurement> mine =
                  all.stream().filter(m -> m.participant().value().equals(key)).toList();
              ParticipantProgression pp = ANALYZER.analyze(SKAPA, mine);
              pp.series().get(0).indicators().stream()
                  .filter(ip -> ip.key().equals(ci.key()) && ip.answered() >= 2)
                  .forEach(ip -> changes.add(ip.change()));
            }
            assertEquals(changes.size(), ci.participants());
            double mean =
                changes.isEmpty()
                    ? 0
                    : changes.stream().mapToInt(Integer::intValue).average().orElseThrow();
            assertEquals(mean, ci.meanChange(), 1e-9);
            assertEquals(
                ci.meanChange(),
                ci.meanLatest() - ci.meanFirst(),
                1e-9,
                "latest − first of the means is the mean change");
            double total = ci.shareImproved() + ci.shareUnchanged() + ci.shareDeclined();
            assertTrue(changes.isEmpty() ? total == 0 : Math.abs(total - 1) < 1e-9);
          }
        });
  }

  @Test
  void a_cohort_built_one_participant_at_a_time_in_any_order_is_the_same_report() {
    Property.forAll(
        "accumulated cohort = cohort",
        100,
        r -> {
          List<List<Measurement>> people = new ArrayList<>();
          List<Measurement> all = new ArrayList<>();
          for (int p = 1 + r.nextInt(30); p > 0; p--) {
            List<Measurement> mine = new ArrayList<>();
            LocalDate d = LocalDate.parse("2024-01-01");
            for (int k = 1 + r.nextInt(5); k > 0; k--) {
              d = d.plusDays(30 + r.nextInt(90));
              mine.add(Fixtures.randomSelf(r, "p-" + p, d));
            }
            java.util.Collections.shuffle(mine, new java.util.Random(r.nextLong()));
            people.add(mine);
            all.addAll(mine);
          }
          java.util.Collections.shuffle(people, new java.util.Random(r.nextLong()));
          CohortAccumulator one = ANALYZER.cohort(SKAPA, Respondent.PARTICIPANT);
          people.forEach(one::add);
          assertEquals(ANALYZER.cohort(SKAPA, Respondent.PARTICIPANT, all), one.report());
        });
  }
}
