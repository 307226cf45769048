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
            responses.add(Surveys.check(Surveys.SKAPA_QUESTIONS, Map.of("satisfied", i < 21 ? 5 : 2, "respect", 4)));
        }
        responses.add(Surveys.check(Surveys.SKAPA_QUESTIONS, Map.of("respect", 3)));
        SurveyReport r = Surveys.report(Surveys.SKAPA_QUESTIONS, 40, 40, responses, Surveys.SODRA_NORRBOTTEN_2026);
        assertEquals(1.0, r.shareOffered().getAsDouble());
        assertEquals(26 / 40.0, r.responseRate().getAsDouble(), 1e-12);
        assertEquals(25, r.answeredOverall(), "one response skipped the overall question");
        assertEquals(21 / 25.0, r.shareSatisfied().getAsDouble(), 1e-12);
        assertTrue(r.offeredMet() && r.responseRateMet() && r.satisfiedMet());
        assertEquals(21, r.questions().get(0).counts()[4]);
        assertEquals(4, r.questions().get(0).counts()[1]);
        assertFalse(Surveys.report(Surveys.SKAPA_QUESTIONS, 0, 12, List.of(), Surveys.SODRA_NORRBOTTEN_2026).responseRate().isPresent(),
                "0 of 0 has no rate");
    }

    @Test
    void answers_outside_the_scale_or_to_unknown_questions_are_refused() {
        ValidationException e = assertThrows(ValidationException.class, () -> Surveys.check(Surveys.SKAPA_QUESTIONS,
                Map.of("satisfied", 6, "name", 1)));
        assertEquals(2, e.violations().size());
    }

    @Test
    void periods_are_years_halves_and_quarters_never_finer() {
        assertEquals(LocalDate.of(2025, 12, 31), SurveyPeriod.of("2025").to());
        assertEquals(LocalDate.of(2025, 7, 1), SurveyPeriod.of("2025-H2").from());
        assertEquals(LocalDate.of(2025, 9, 30), SurveyPeriod.of("2025-Q3").to());
        assertThrows(ValidationException.class, () -> SurveyPeriod.of("2025-03-14"));
    }
}
