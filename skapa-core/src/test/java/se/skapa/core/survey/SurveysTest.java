package se.skapa.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.ValidationException;

class SurveysTest {

  @Test
  void a_year_of_surveys_against_sodra_norrbottens_targets() {
    List<Map<String, Integer>> responses = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      responses.add(
          Surveys.check(
              Surveys.SKAPA_QUESTIONS, Map.of("satisfied", i < 21 ? 5 : 2, "respect", 4)));
    }
    responses.add(Surveys.check(Surveys.SKAPA_QUESTIONS, Map.of("respect", 3)));
    SurveyReport r =
        Surveys.report(Surveys.SKAPA_QUESTIONS, 40, 40, responses, Surveys.SODRA_NORRBOTTEN_2026);
    assertEquals(1.0, r.shareOffered().getAsDouble());
    assertEquals(26 / 40.0, r.responseRate().getAsDouble(), 1e-12);
    assertEquals(25, r.answeredOverall(), "one response skipped the overall question");
    assertEquals(21 / 25.0, r.shareSatisfied().getAsDouble(), 1e-12);
    assertTrue(r.offeredMet() && r.responseRateMet() && r.satisfiedMet());
    assertEquals(21, r.questions().get(0).counts()[4]);
    assertEquals(4, r.questions().get(0).counts()[1]);
    assertFalse(
        Surveys.report(Surveys.SKAPA_QUESTIONS, 0, 12, List.of(), Surveys.SODRA_NORRBOTTEN_2026)
            .responseRate()
            .isPresent(),
        "0 of 0 has no rate");
  }

  @Test
  void answers_outside_the_scale_or_to_unknown_questions_are_refused() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Surveys.check(Surveys.SKAPA_QUESTIONS, Map.of("satisfied", 6, "name", 1)));
    assertEquals(2, e.violations().size());
  }

  @Test
  void periods_are_years_halves_and_quarters_never_finer() {
    assertEquals(LocalDate.of(2025, 12, 31), SurveyPeriod.of("2025").to());
    assertEquals(LocalDate.of(2025, 7, 1), SurveyPeriod.of("2025-H2").from());
    assertEquals(LocalDate.of(2025, 9, 30), SurveyPeriod.of("2025-Q3").to());
    assertThrows(ValidationException.class, () -> SurveyPeriod.of("2025-03-14"));
    // The era every record keeps (Dates): a period outside it is a typing error, as a date outside
    // it is.
    assertEquals(LocalDate.of(2200, 10, 1), SurveyPeriod.of("2200-Q4").from());
    assertThrows(ValidationException.class, () -> SurveyPeriod.of("2201"));
    assertThrows(ValidationException.class, () -> SurveyPeriod.of("1899-H2"));
  }

  @Test
  void an_organisations_own_questions_follow_skapas_and_never_replace_the_overall_one() {
    SurveyQuestion pace =
        new SurveyQuestion(
            "own-pace",
            se.skapa.core.common.LocalizedText.of("Jag får arbeta i min egen takt", "My own pace"),
            false);
    java.util.List<SurveyQuestion> all = Surveys.withOwn(java.util.List.of(pace));
    assertEquals(Surveys.SKAPA_QUESTIONS, all.subList(0, Surveys.SKAPA_QUESTIONS.size()));
    assertEquals(pace, all.get(all.size() - 1));
    SurveyQuestion overall =
        new SurveyQuestion("happy", se.skapa.core.common.LocalizedText.of("Nöjd", "Happy"), true);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            se.skapa.core.common.ValidationException.class,
            () -> Surveys.withOwn(java.util.List.of(overall, Surveys.SKAPA_QUESTIONS.get(1))));
    assertEquals(
        java.util.List.of("/questions/0/overall overall", "/questions/1/key duplicate"),
        e.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList());
    java.util.List<SurveyQuestion> many = new java.util.ArrayList<>();
    for (int i = 0; i <= Surveys.MAX_OWN_QUESTIONS; i++) {
      many.add(
          new SurveyQuestion(
              "q-" + i,
              se.skapa.core.common.LocalizedText.of("Fråga " + i, "Question " + i),
              false));
    }
    assertThrows(se.skapa.core.common.ValidationException.class, () -> Surveys.withOwn(many));
    assertEquals(
        Surveys.SKAPA_QUESTIONS.size() + Surveys.MAX_OWN_QUESTIONS,
        Surveys.withOwn(many.subList(0, Surveys.MAX_OWN_QUESTIONS)).size());
  }
}
