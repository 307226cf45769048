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
    assertEquals("«share» ska vara 0 eller mer", ViolationTexts.message(v, Language.SV));
    assertEquals("a share is 0 or more", ViolationTexts.message(v, Language.EN));
    assertEquals(
        "Okänt fält «member»; menade du «members»?",
        ViolationTexts.message(
            "/member",
            "unknown-field",
            "unknown field 'member'; did you mean 'members'?",
            Language.SV));
    assertEquals(
        "no such rule yet",
        ViolationTexts.message("", "a-new-rule", "no such rule yet", Language.SV),
        "a rule without a Swedish sentence keeps its English one");
  }

  @Test
  void the_rules_people_meet_most_have_their_swedish_sentence() {
    List<Violation> met = new ArrayList<>();
    met.addAll(
        assertThrows(ValidationException.class, () -> Pseudonym.of("850312-1231")).violations());
    met.addAll(
        assertThrows(ValidationException.class, () -> Pseudonym.of("Anna Svensson")).violations());
    met.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    FinsamAllocator.ofTotal(
                        Kronor.of(100),
                        List.of(MemberShare.of("A", "0.4"), MemberShare.of("A", "-0.1"))))
            .violations());
    met.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    OutcomeReporter.report(
                        List.of(),
                        new ReportTerms(
                            LocalDate.of(2025, 12, 31),
                            LocalDate.of(2025, 1, 1),
                            BigDecimal.ONE,
                            ClosingRule.CLOSED,
                            400)))
            .violations());
    var skapa = BuiltInInstruments.skapa();
    met.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    ProgressionAnalyzer.of(java.time.Clock.systemUTC(), ProgressionOptions.DEFAULT)
                        .analyze(
                            skapa,
                            List.of(
                                Measurement.of(
                                    Pseudonym.of("p-1"),
                                    LocalDate.of(2099, 1, 1),
                                    skapa,
                                    Respondent.PARTICIPANT,
                                    Map.of(
                                        "job-belief", Answer.score(11), "nope", Answer.score(3))))))
            .violations());
    assertTrue(met.size() >= 8, met.toString());
    for (Violation v : met) {
      assertTrue(
          ViolationTexts.hasSwedish(v.rule()),
          v.rule() + " (" + v.message() + ") has no Swedish sentence");
    }
  }

  @Test
  void a_range_reads_in_swedish_with_its_bounds_and_the_value_given_in_swedish_number_form() {
    assertEquals(
        "«degree» ska vara 0–1 (angivet: 1,5)",
        ViolationTexts.message(
            "/days/0/degree", "range", "degree must be 0-1, got 1.5", Language.SV));
    assertEquals(
        "«monthlyAmount» ska vara 0–10 000 000 kr i månaden (angivet: 12 000 000 kr)",
        ViolationTexts.message(
            "/people/0/before/0/monthlyAmount",
            "range",
            "amount must be 0-10 000 000 kr a month, got 12 000 000 kr",
            Language.SV));
    assertEquals(
        "«score» ligger utanför 1–5",
        ViolationTexts.message(
            "/items/3/score", "range", "item 4 score 7 is outside 1-5", Language.SV));
    assertEquals(
        "«taxRate» ska vara minst 0 och under 1 (angivet: 1,2)",
        ViolationTexts.message(
            "/overrides/taxRate",
            "range",
            "taxRate must be at least 0 and below 1, got 1.2",
            Language.SV));
    assertEquals(
        "«population» ska vara minst 1",
        ViolationTexts.message(
            "/population", "range", "population must be 1 or more", Language.SV));
    assertEquals(
        "«total» ska vara 0–10 000 000 000 000 kr",
        ViolationTexts.message(
            "/total", "range", "total must be 0-10 000 000 000 000 kr", Language.SV));
    assertEquals(
        "«before» ska ha 0–10 poster, eller 0–10 tecken om det är en text",
        ViolationTexts.message(
            "/people/0/before", "size", "before size must be between 0 and 10", Language.SV));
    assertEquals(
        "«comment» har 2 001 tecken; högst 2 000 tas emot",
        ViolationTexts.message(
            "/comment",
            "length",
            "comment has 2 001 characters; at most 2 000 are accepted",
            Language.SV));
  }

  @Test
  void every_range_the_core_states_keeps_its_bounds_in_swedish() {
    // Every bound an English range message names must be in its Swedish sentence too: the sentence
    // a person reads to correct the value may not be poorer in one language than in the other.
    List<Violation> ranges = new ArrayList<>();
    ranges.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    se.skapa.core.finsam.FullYearEquivalents.of(
                        List.of(
                            se.skapa.core.finsam.BenefitDays.of(
                                se.skapa.core.benefit.Benefit.SJUKPENNING, "-1", "1.5")),
                        Map.of(),
                        java.util.Optional.of(0)))
            .violations());
    ranges.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    OutcomeReporter.report(
                        List.of(),
                        new ReportTerms(
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2025, 12, 31),
                            new BigDecimal("-1"),
                            ClosingRule.CLOSED,
                            400)))
            .violations());
    ranges.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    se.skapa.core.fidelity.IpsAnchors.employmentServicesTimeScore(
                        new BigDecimal("101")))
            .violations());
    ranges.addAll(
        assertThrows(
                ValidationException.class,
                () ->
                    se.skapa.core.socioeconomic.ParameterSets.hudiksvall2017()
                        .withOverrides(
                            Map.of(
                                "taxRate",
                                new BigDecimal("1.2"),
                                "horizonYears",
                                new BigDecimal("60"))))
            .violations());
    ranges.addAll(
        assertThrows(
                ValidationException.class,
                () -> FinsamAllocator.ofTotal(Kronor.of(-1), List.of(MemberShare.of("A", "-0.5"))))
            .violations());
    ranges.removeIf(v -> !v.rule().equals("range"));
    assertTrue(ranges.size() >= 8, ranges.toString());
    java.util.regex.Pattern number =
        java.util.regex.Pattern.compile("\\d+(?: \\d{3})*(?:\\.\\d+)?");
    for (Violation v : ranges) {
      String sv = ViolationTexts.message(v, Language.SV);
      assertTrue(
          !sv.contains("det tillåtna intervallet"),
          "no bounds in: " + sv + " (English: " + v.message() + ")");
      java.util.regex.Matcher m =
          number.matcher(v.message().replaceAll("^[a-zA-Z ]*?(\\d+ )?score ", ""));
      while (m.find()) {
        assertTrue(
            sv.contains(m.group().replace('.', ',')),
            m.group() + " of «" + v.message() + "» is missing from «" + sv + "»");
      }
    }
  }

  @Test
  void a_required_field_says_in_swedish_what_it_goes_with() {
    assertEquals(
        "«employmentSpecialistFte» krävs tillsammans med «activeClients»",
        ViolationTexts.message(
            "/employmentSpecialistFte",
            "required",
            "employmentSpecialistFte is required with activeClients",
            Language.SV));
    assertEquals(
        "«sector» krävs för EMPLOYMENT",
        ViolationTexts.message(
            "/people/0/after/sector",
            "required",
            "sector is required for EMPLOYMENT",
            Language.SV));
    assertEquals(
        "«outcome» krävs för ett avslutat deltagande (NONE om inget)",
        ViolationTexts.message(
            "/participants/2/outcome",
            "required",
            "a closed participant needs an outcome (NONE if none)",
            Language.SV));
    assertEquals(
        "«discountRate» krävs: sweden-2026 har inget källbelagt värde för den, ange den i overrides",
        ViolationTexts.message(
            "/overrides/discountRate",
            "required",
            "sweden-2026 has no sourced value for discountRate: give it in overrides (Discount rate)",
            Language.SV));
    assertEquals(
        "Ange activeClients och employmentSpecialistFte (punkt 1) och/eller employmentServicesTimePercent (punkt 2)",
        ViolationTexts.message(
            "",
            "required",
            "give activeClients and employmentSpecialistFte (item 1) and/or employmentServicesTimePercent (item 2)",
            Language.SV));
    assertEquals(
        "«from» krävs",
        ViolationTexts.message("/from", "required", "from is required", Language.SV));
  }

  @Test
  void two_dates_in_the_wrong_order_are_named_in_swedish_not_called_a_period() {
    // A closing before the admission once read "perioden slutar innan den börjar", which it is not.
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                new se.skapa.core.outcomes.ServiceParticipant(
                    Pseudonym.of("p-1"),
                    LocalDate.of(2025, 2, 1),
                    java.util.Optional.of(LocalDate.of(2025, 1, 1)),
                    java.util.Optional.of(se.skapa.core.outcomes.OutcomeType.NONE),
                    false,
                    java.util.Optional.of(LocalDate.of(2025, 1, 20)),
                    false));
    assertEquals(
        List.of(
            "«closed» (2025-01-01) ligger före «admitted» (2025-02-01)",
            "«firstContact» (2025-01-20) ligger före «admitted» (2025-02-01)"),
        e.violations().stream().map(v -> ViolationTexts.message(v, Language.SV)).toList());
    assertEquals(
        "Perioden slutar innan den börjar",
        ViolationTexts.message(
            "/to",
            "date-order",
            "the period ends (2025-01-01) before it starts (2025-12-31)",
            Language.SV));
  }
}
