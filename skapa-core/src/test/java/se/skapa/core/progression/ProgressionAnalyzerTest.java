package se.skapa.core.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.skapa.core.progression.Fixtures.ANALYZER;
import static se.skapa.core.progression.Fixtures.SKAPA;
import static se.skapa.core.progression.Fixtures.handledare;
import static se.skapa.core.progression.Fixtures.self;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.testing.Property;

class ProgressionAnalyzerTest {

  private static IndicatorProgression indicator(
      ParticipantProgression p, Respondent r, String key) {
    return p.series().stream()
        .filter(s -> s.respondent() == r)
        .findFirst()
        .orElseThrow()
        .indicators()
        .stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void
      first_and_latest_are_the_earliest_and_latest_dated_answered_scores_whatever_the_input_order() {
    ParticipantProgression p =
        ANALYZER.analyze(
            SKAPA,
            List.of(
                self("p-17", "2026-07-01", 7, 0),
                self("p-17", "2026-01-01", 3, 4),
                self("p-17", "2026-04-01", 5, 6)));
    IndicatorProgression health = indicator(p, Respondent.PARTICIPANT, "health-coping");
    assertEquals(3, health.first());
    assertEquals(7, health.latest());
    assertEquals(4, health.change());
    assertEquals(4 / 9.0, health.changeShareOfRange(), 1e-12);
    assertEquals(java.util.Optional.of(Direction.IMPROVED), health.direction());
    IndicatorProgression everyday = indicator(p, Respondent.PARTICIPANT, "everyday-coping");
    assertEquals(6, everyday.latest(), "the July measurement did not answer it");
    assertEquals(LocalDate.parse("2026-04-01"), everyday.latestDate());
    assertEquals(2, everyday.answered());
  }

  @Test
  void trend_is_the_least_squares_slope_per_mean_gregorian_month() {
    // Scores 2, 4, 6 at 0, 30.436875·2 and 30.436875·4 days would be exactly 1 per month; dates are
    // whole days, so check against the closed form on the real day counts.
    ParticipantProgression p =
        ANALYZER.analyze(
            SKAPA,
            List.of(
                self("p-1", "2026-01-01", 2),
                self("p-1", "2026-03-02", 4),
                self("p-1", "2026-05-01", 6)));
    double x1 = 60 / Trend.DAYS_PER_MONTH;
    double x2 = 120 / Trend.DAYS_PER_MONTH;
    double expected = 4 / x2; // collinear points: slope = rise over run
    assertEquals(x1 * 2, x2, 1e-12);
    assertEquals(
        expected,
        indicator(p, Respondent.PARTICIPANT, "health-coping").trendPerMonth().orElseThrow(),
        1e-9);
  }

  @Test
  void a_single_answer_has_no_trend_and_no_change() {
    IndicatorProgression i =
        indicator(
            ANALYZER.analyze(SKAPA, List.of(self("p-1", "2026-01-01", 4))),
            Respondent.PARTICIPANT,
            "health-coping");
    assertTrue(i.trendPerMonth().isEmpty());
    assertEquals(
        java.util.Optional.empty(),
        i.direction(),
        "one answer has nothing to be compared with: no direction");
  }

  @Test
  void the_overall_index_maps_each_answered_score_onto_0_to_100_and_skips_missing_ones() {
    ParticipantProgression p =
        ANALYZER.analyze(SKAPA, List.of(self("p-1", "2026-01-01", 1, 10, 0, 0, 0, 0)));
    IndexPoint point = p.series().get(0).overallIndex().get(0);
    assertEquals(50.0, point.value(), 1e-12);
    assertEquals(2, point.answered());
  }

  @Test
  void next_due_is_three_months_after_the_latest_measurement_and_overdue_after_that() {
    ParticipantProgression p =
        ANALYZER.analyze(
            SKAPA, List.of(self("p-1", "2026-03-01", 5), handledare("p-1", "2026-06-15", 2)));
    assertEquals(LocalDate.parse("2026-09-15"), p.followUp().nextDue());
    assertTrue(p.followUp().overdue());
    assertEquals(68, p.followUp().daysOverdue());
    FollowUpStatus onDue =
        FollowUpStatus.of(
            LocalDate.parse("2026-03-01"),
            ProgressionOptions.DEFAULT,
            LocalDate.parse("2026-06-01"));
    assertFalse(onDue.overdue(), "due on the day itself is not overdue");
    ProgressionOptions twoMonths = new ProgressionOptions(1, Period.ofMonths(2));
    assertEquals(
        LocalDate.parse("2026-05-01"),
        FollowUpStatus.of(LocalDate.parse("2026-03-01"), twoMonths, LocalDate.parse("2026-04-01"))
            .nextDue());
  }

  @Test
  void handledare_changes_are_counted_in_date_order() {
    Pseudonym h1 = Pseudonym.of("h-1");
    Pseudonym h2 = Pseudonym.of("h-2");
    ParticipantProgression p =
        ANALYZER.analyze(
            SKAPA,
            List.of(
                self("p-1", "2026-07-01", 5).withHandledare(h1),
                self("p-1", "2026-01-01", 5).withHandledare(h1),
                self("p-1", "2026-04-01", 5).withHandledare(h2),
                self("p-1", "2026-05-01", 5)));
    assertEquals(2, p.handledareChanges());
    assertEquals(
        1,
        HandledareContinuity.changesInAssignments(
            List.of(
                new HandledareAssignment(h2, LocalDate.parse("2026-02-01")),
                new HandledareAssignment(h1, LocalDate.parse("2026-01-01")))));
  }

  @Test
  void self_and_handledare_gaps_are_reported_for_indicators_both_rate_on_one_date() {
    LocalizedText l = LocalizedText.of("a", "a");
    Instrument both =
        Instrument.builder("own", 1)
            .names(l)
            .indicator(Indicator.of("a", l, Scale.of(0, 4), RatedBy.BOTH))
            .indicator(Indicator.of("b", l, Scale.of(0, 4), RatedBy.BOTH))
            .build();
    Measurement s =
        Measurement.of(
            Pseudonym.of("p-1"),
            LocalDate.parse("2026-01-01"),
            both,
            Respondent.PARTICIPANT,
            Map.of("a", Answer.score(4), "b", Answer.score(2)));
    Measurement h =
        Measurement.of(
            Pseudonym.of("p-1"),
            LocalDate.parse("2026-01-01"),
            both,
            Respondent.HANDLEDARE,
            Map.of("a", Answer.score(1), "b", Answer.notAnswered()));
    List<RatingGap> gaps = ANALYZER.analyze(both, List.of(s, h)).gaps();
    assertEquals(List.of(new RatingGap(LocalDate.parse("2026-01-01"), "a", 4, 1, 3, 75.0)), gaps);
  }

  @Test
  void measurements_of_several_participants_are_refused_with_a_pointer_to_the_first_stranger() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ANALYZER.analyze(
                    SKAPA, List.of(self("p-1", "2026-01-01", 5), self("p-2", "2026-02-01", 5))));
    assertEquals("/measurements/1/participant", e.violations().get(0).pointer());
    assertEquals("single-participant", e.violations().get(0).rule());
    assertThrows(ValidationException.class, () -> ANALYZER.analyze(SKAPA, List.of()));
  }

  @Test
  void property_change_is_latest_minus_first_and_direction_follows_the_step() {
    Property.forAll(
        "change and direction",
        300,
        r -> {
          double step = Property.oneOf(r, 1.0, 2.0, 0.5);
          ProgressionAnalyzer analyzer =
              ProgressionAnalyzer.of(
                  Fixtures.CLOCK, new ProgressionOptions(step, Period.ofMonths(3)));
          List<Measurement> ms = new ArrayList<>();
          LocalDate d = LocalDate.parse("2024-01-01");
          int n = 1 + r.nextInt(8);
          for (int i = 0; i < n; i++) {
            d = d.plusDays(1 + r.nextInt(120));
            ms.add(Fixtures.randomSelf(r, "p-9", d));
          }
          List<Measurement> shuffled = new ArrayList<>(ms);
          Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
          ParticipantProgression p = analyzer.analyze(SKAPA, shuffled);
          for (IndicatorProgression ip : p.series().get(0).indicators()) {
            List<Integer> answered =
                ms.stream()
                    .map(m -> m.answer(ip.key()))
                    .filter(Answer::isAnswered)
                    .map(Answer::scoreOrThrow)
                    .toList();
            assertEquals(answered.get(0), ip.first());
            assertEquals(answered.get(answered.size() - 1), ip.latest());
            assertEquals(ip.latest() - ip.first(), ip.change());
            Direction expected =
                ip.change() >= step
                    ? Direction.IMPROVED
                    : ip.change() <= -step ? Direction.DECLINED : Direction.UNCHANGED;
            assertEquals(
                answered.size() < 2 ? java.util.Optional.empty() : java.util.Optional.of(expected),
                ip.direction());
            assertTrue(ip.changeShareOfRange() >= -1 && ip.changeShareOfRange() <= 1);
          }
          p.series()
              .get(0)
              .overallIndex()
              .forEach(pt -> assertTrue(pt.value() >= 0 && pt.value() <= 100));
        });
  }

  @Test
  void property_trend_has_the_sign_of_a_strictly_monotone_series() {
    Property.forAll(
        "trend sign",
        300,
        r -> {
          int n = 2 + r.nextInt(6);
          boolean rising = r.nextBoolean();
          List<Integer> values = new ArrayList<>();
          while (values.size() < n) {
            int v = 1 + r.nextInt(10);
            if (!values.contains(v)) {
              values.add(v);
            }
          }
          Collections.sort(values);
          if (!rising) {
            Collections.reverse(values);
          }
          List<LocalDate> dates = new ArrayList<>();
          LocalDate d = LocalDate.parse("2023-01-01");
          for (int i = 0; i < n; i++) {
            d = d.plusDays(1 + r.nextInt(200));
            dates.add(d);
          }
          double slope =
              Trend.slopePerMonth(dates, values.stream().mapToInt(Integer::intValue).toArray())
                  .orElseThrow();
          assertEquals(rising, slope > 0, "slope " + slope + " for " + values);
        });
  }
}
