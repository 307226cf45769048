package se.skapa.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.skapa.core.finsam.FinsamAllocator;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;

class ViolationTextsTest {

    @Test
    void a_violation_reads_in_swedish_with_its_field_and_in_english_as_written() {
        Violation v = new Violation("/members/0/share", "range", "a share is 0 or more");
        assertEquals("«share» ligger utanför det tillåtna intervallet", ViolationTexts.message(v, Language.SV));
        assertEquals("a share is 0 or more", ViolationTexts.message(v, Language.EN));
        assertEquals("Okänt fält «member»; menade du «members»?", ViolationTexts.message("/member", "unknown-field",
                "unknown field 'member'; did you mean 'members'?", Language.SV));
        assertEquals("no such rule yet", ViolationTexts.message("", "a-new-rule", "no such rule yet", Language.SV),
                "a rule without a Swedish sentence keeps its English one");
    }

    @Test
    void the_rules_people_meet_most_have_their_swedish_sentence() {
        List<Violation> met = new ArrayList<>();
        met.addAll(assertThrows(ValidationException.class, () -> Pseudonym.of("850312-1231")).violations());
        met.addAll(assertThrows(ValidationException.class, () -> Pseudonym.of("Anna Svensson")).violations());
        met.addAll(assertThrows(ValidationException.class, () -> FinsamAllocator.ofTotal(Kronor.of(100),
                List.of(MemberShare.of("A", "0.4"), MemberShare.of("A", "-0.1")))).violations());
        met.addAll(assertThrows(ValidationException.class, () -> OutcomeReporter.report(List.of(), new ReportTerms(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), BigDecimal.ONE, ClosingRule.CLOSED, 400))).violations());
        var skapa = BuiltInInstruments.skapa();
        met.addAll(assertThrows(ValidationException.class, () -> ProgressionAnalyzer.of(java.time.Clock.systemUTC(), ProgressionOptions.DEFAULT)
                .analyze(skapa, List.of(Measurement.of(Pseudonym.of("p-1"), LocalDate.of(2099, 1, 1), skapa, Respondent.PARTICIPANT,
                        Map.of("job-belief", Answer.score(11), "nope", Answer.score(3)))))).violations());
        assertTrue(met.size() >= 8, met.toString());
        for (Violation v : met) {
            assertTrue(ViolationTexts.hasSwedish(v.rule()), v.rule() + " (" + v.message() + ") has no Swedish sentence");
        }
    }
}
