package se.skapa.core.progression;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.skapa.core.progression.Fixtures.CLOCK;
import static se.skapa.core.progression.Fixtures.SKAPA;
import static se.skapa.core.progression.Fixtures.self;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.testing.Property;

class MeasurementRulesTest {

  private final MeasurementRules rules = MeasurementRules.withClock(CLOCK);

  private List<String> rulesBroken(List<Measurement> ms) {
    ValidationException e = assertThrows(ValidationException.class, () -> rules.check(SKAPA, ms));
    return e.violations().stream().map(Violation::rule).toList();
  }

  @Test
  void a_score_outside_the_scale_is_refused_and_pointed_at() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> rules.check(SKAPA, List.of(self("p-1", "2026-01-10", 11))));
    assertEquals(
        new Violation(
            "/measurements/0/scores/health-coping",
            "range",
            "score 11 for 'health-coping' is outside its scale 1-10"),
        e.violations().get(0));
  }

  @Test
  void
      unknown_indicators_wrong_respondents_future_dates_and_duplicates_are_all_reported_together() {
    Measurement unknown =
        Measurement.of(
            Pseudonym.of("p-1"),
            LocalDate.parse("2026-01-01"),
            SKAPA,
            Respondent.PARTICIPANT,
            Map.of("motivation", Answer.score(3)));
    Measurement wrongRespondent =
        Measurement.of(
            Pseudonym.of("p-1"),
            LocalDate.parse("2026-02-01"),
            SKAPA,
            Respondent.PARTICIPANT,
            Map.of("handledare-belief", Answer.score(3)));
    Measurement future = self("p-1", "2026-11-23", 5);
    Measurement twin = self("p-1", "2026-01-01", 5);
    assertEquals(
        List.of("unknown-indicator", "respondent", "future-date", "duplicate"),
        rulesBroken(List.of(unknown, wrongRespondent, future, twin)));
  }

  @Test
  void dates_before_1900_are_typing_errors() {
    assertEquals(List.of("date-range"), rulesBroken(List.of(self("p-1", "1899-12-31", 5))));
    assertDoesNotThrow(() -> rules.check(SKAPA, List.of(self("p-1", "1900-01-01", 5))));
  }

  @Test
  void today_is_allowed_and_comes_from_the_clock() {
    assertDoesNotThrow(() -> rules.check(SKAPA, List.of(self("p-1", "2026-11-22", 5))));
  }

  @Test
  void a_measurement_of_another_instrument_version_is_refused() {
    Measurement m =
        new Measurement(
            Pseudonym.of("p-1"),
            LocalDate.parse("2026-01-01"),
            "skapa",
            9,
            Respondent.PARTICIPANT,
            java.util.Optional.empty(),
            Map.of(),
            java.util.Optional.empty());
    assertEquals(List.of("instrument"), rulesBroken(List.of(m)));
  }

  @Test
  void the_same_date_by_different_respondents_is_allowed() {
    assertDoesNotThrow(
        () ->
            rules.check(
                SKAPA,
                List.of(
                    self("p-1", "2026-01-01", 5), Fixtures.handledare("p-1", "2026-01-01", 2))));
  }

  @Test
  void over_long_comments_are_refused() {
    assertEquals(
        List.of("length"),
        rulesBroken(List.of(self("p-1", "2026-01-01", 5).withComment("x".repeat(2001)))));
  }

  @Test
  void property_a_score_is_accepted_exactly_when_it_lies_within_its_scale() {
    Property.forAll(
        "range validation",
        300,
        r -> {
          int score = r.nextInt(-5, 16);
          Indicator indicator = Property.oneOf(r, SKAPA.indicators().toArray(Indicator[]::new));
          Respondent respondent =
              indicator.ratedBy().allows(Respondent.PARTICIPANT)
                  ? Respondent.PARTICIPANT
                  : Respondent.HANDLEDARE;
          Measurement m =
              Measurement.of(
                  Pseudonym.of("p-" + r.nextInt(100)),
                  LocalDate.parse("2026-03-01"),
                  SKAPA,
                  respondent,
                  Map.of(indicator.key(), Answer.score(score)));
          boolean inRange = score >= indicator.scale().min() && score <= indicator.scale().max();
          if (inRange) {
            assertDoesNotThrow(() -> rules.check(SKAPA, List.of(m)));
          } else {
            assertTrue(rulesBroken(List.of(m)).contains("range"));
          }
        });
  }
}
