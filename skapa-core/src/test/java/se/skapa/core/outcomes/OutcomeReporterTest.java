package se.skapa.core.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.testing.Property;

class OutcomeReporterTest {

  static final LocalDate FROM = LocalDate.parse("2025-01-01");
  static final LocalDate TO = LocalDate.parse("2025-12-31");

  static ServiceParticipant p(
      String key,
      String admitted,
      String closed,
      OutcomeType outcome,
      boolean subsidised,
      String contact,
      boolean plan) {
    return new ServiceParticipant(
        Pseudonym.of(key),
        LocalDate.parse(admitted),
        Optional.ofNullable(closed).map(LocalDate::parse),
        Optional.ofNullable(outcome),
        subsidised,
        Optional.ofNullable(contact).map(LocalDate::parse),
        plan);
  }

  static final List<ServiceParticipant> SMALL =
      List.of(
          p("a", "2024-11-01", "2025-03-01", OutcomeType.EMPLOYMENT, true, "2024-11-05", true),
          p("b", "2025-02-01", "2025-06-01", OutcomeType.STUDIES, false, "2025-02-10", true),
          p("c", "2025-03-01", "2025-09-27", OutcomeType.NONE, false, "2025-03-20", false),
          p("d", "2025-05-01", null, OutcomeType.EMPLOYMENT, false, "2025-05-02", true),
          p("e", "2025-10-01", null, null, false, null, false),
          p("f", "2023-01-01", "2024-06-01", OutcomeType.NONE, false, null, false));

  @Test
  void counts_denominators_and_days_by_hand() {
    OutcomeReport r =
        OutcomeReporter.report(
            SMALL, new ReportTerms(FROM, TO, new BigDecimal("0.5"), ClosingRule.CLOSED, 14));
    assertEquals(2, r.activeAtEnd());
    assertEquals(4, r.admitted());
    assertEquals(3, r.closed());
    assertEquals(1, r.outcome(OutcomeType.EMPLOYMENT).share().count());
    assertEquals(3, r.outcome(OutcomeType.EMPLOYMENT).share().denominator());
    assertEquals(
        "closed in the period", r.outcome(OutcomeType.EMPLOYMENT).share().denominatorName().en());
    assertEquals(1, r.outcome(OutcomeType.EMPLOYMENT).subsidised());
    assertEquals(2, r.workOrStudies().count());
    // 120, 120, 210 days
    assertEquals(150.0, r.meanDaysClosed().orElseThrow(), 1e-12);
    assertEquals(120.0, r.medianDaysClosed().orElseThrow(), 1e-12);
    assertEquals(4.0, r.participantsPerStaff().orElseThrow(), 1e-12);
    // admitted in 2025: b (9 days), c (19 days), d (1 day), e (none) → 2 of 4 within 14 days
    assertEquals(2, r.contactedWithinDays().count());
    assertEquals(4, r.contactedWithinDays().denominator());
    // in the period: a, b, c, d, e (f closed before) → 3 of 5 with a plan
    assertEquals(3, r.actionPlan().count());
    assertEquals(5, r.actionPlan().denominator());

    OutcomeReport reached =
        OutcomeReporter.report(
            SMALL,
            new ReportTerms(
                FROM, TO, new BigDecimal("0.5"), ClosingRule.CLOSED_OR_OUTCOME_REACHED, 14));
    assertEquals(2, reached.outcome(OutcomeType.EMPLOYMENT).share().count());
    assertEquals(4, reached.outcome(OutcomeType.EMPLOYMENT).share().denominator());
  }

  @Test
  void targets_are_met_or_not_with_the_gap() {
    OutcomeReport r =
        OutcomeReporter.report(
            SMALL, new ReportTerms(FROM, TO, new BigDecimal("0.5"), ClosingRule.CLOSED, 14));
    Target.Evaluation work = new Target(Metric.SHARE_WORK_OR_STUDIES, true, 0.30).evaluate(r);
    assertTrue(work.met());
    assertEquals(2 / 3.0 - 0.30, work.gap(), 1e-12);
    Target.Evaluation contact = new Target(Metric.SHARE_CONTACTED, true, 1.0).evaluate(r);
    assertFalse(contact.met());
    assertEquals(-0.5, contact.gap(), 1e-12);
    assertFalse(new Target(Metric.PARTICIPANTS_PER_STAFF, false, 3).evaluate(r).met());
    assertTrue(
        new Target(Metric.PARTICIPANTS_PER_STAFF, false, 4).evaluate(r).met(),
        "equal counts as met");
    assertThrows(ValidationException.class, () -> new Target(Metric.SHARE_LASTING, true, 30));
  }

  @Test
  void bad_input_is_named() {
    assertThrows(
        ValidationException.class,
        () -> p("x", "2025-01-10", "2025-01-01", OutcomeType.NONE, false, null, false));
    assertThrows(
        ValidationException.class,
        () -> p("x", "2025-01-10", "2025-02-01", null, false, null, false));
    assertThrows(
        ValidationException.class,
        () -> p("x", "2025-01-10", null, OutcomeType.STUDIES, true, null, false));
    assertEquals(
        "date-range",
        assertThrows(
                ValidationException.class,
                () ->
                    OutcomeReporter.report(
                        List.of(p("x", "+999999999-01-01", null, null, false, null, false)),
                        new ReportTerms(FROM, TO, BigDecimal.ONE, ClosingRule.CLOSED, 14)))
            .violations()
            .get(0)
            .rule());
    List<ServiceParticipant> twice = List.of(SMALL.get(0), SMALL.get(0));
    assertEquals(
        "/participants/1/key",
        assertThrows(
                ValidationException.class,
                () ->
                    OutcomeReporter.report(
                        twice, new ReportTerms(FROM, TO, BigDecimal.ONE, ClosingRule.CLOSED, 14)))
            .violations()
            .get(0)
            .pointer());
  }

  @Test
  void
      a_register_holds_no_admission_closing_or_first_contact_after_today_and_today_itself_is_allowed() {
    LocalDate today = LocalDate.parse("2025-06-30");
    se.skapa.core.common.Violations v = new se.skapa.core.common.Violations();
    p("x", "2025-06-30", "2025-07-01", OutcomeType.NONE, false, "2025-07-02", false)
        .checkNotAfter(today, v, "/participants/3");
    p("y", "2025-06-30", "2025-06-30", OutcomeType.NONE, false, "2025-06-30", false)
        .checkNotAfter(today, v, "/participants/4");
    assertEquals(
        List.of("/participants/3/closed future-date", "/participants/3/firstContact future-date"),
        v.found().stream().map(x -> x.pointer() + " " + x.rule()).toList());
  }

  @Test
  void property_shares_lie_in_0_to_1_and_outcome_counts_add_up_to_the_denominator() {
    Property.forAll(
        "outcome shares",
        300,
        r -> {
          List<ServiceParticipant> ps = new ArrayList<>();
          for (int i = r.nextInt(60); i > 0; i--) {
            LocalDate admitted = LocalDate.parse("2024-01-01").plusDays(r.nextInt(800));
            boolean closed = r.nextBoolean();
            OutcomeType o = Property.oneOf(r, OutcomeType.values());
            LocalDate closing = admitted.plusDays(r.nextInt(400));
            Optional<OutcomeType> outcome =
                closed || r.nextBoolean() ? Optional.of(o) : Optional.empty();
            ps.add(
                new ServiceParticipant(
                    Pseudonym.of("p-" + i),
                    admitted,
                    closed ? Optional.of(closing) : Optional.empty(),
                    outcome,
                    outcome.isPresent() && o == OutcomeType.EMPLOYMENT && r.nextBoolean(),
                    r.nextBoolean()
                        ? Optional.of(admitted.plusDays(r.nextInt(30)))
                        : Optional.empty(),
                    r.nextBoolean()));
          }
          ClosingRule rule = Property.oneOf(r, ClosingRule.values());
          OutcomeReport rep =
              OutcomeReporter.report(
                  ps, new ReportTerms(FROM, TO, BigDecimal.valueOf(r.nextInt(1, 5)), rule, 14));
          int denominator = rep.outcomes().get(0).share().denominator();
          assertEquals(denominator, rep.outcomes().stream().mapToInt(o -> o.share().count()).sum());
          for (Share s :
              List.of(
                  rep.workOrStudies(),
                  rep.lasting(),
                  rep.contactedWithinDays(),
                  rep.actionPlan())) {
            assertTrue(s.value() >= 0 && s.value() <= 1 && s.count() <= s.denominator());
          }
          rep.outcomes().forEach(o -> assertTrue(o.share().value() >= 0 && o.share().value() <= 1));
          assertTrue(
              rule == ClosingRule.CLOSED
                  ? denominator == rep.closed()
                  : denominator >= rep.closed());
        });
  }

  @Test
  void a_report_kept_as_its_figures_reads_back_equal_under_every_rule() {
    Property.forAll(
        "figures round trip",
        300,
        r -> {
          List<ServiceParticipant> ps = new ArrayList<>();
          int n = r.nextInt(30);
          for (int i = 0; i < n; i++) {
            LocalDate admitted = LocalDate.of(2025, 10, 1).plusDays(r.nextInt(300));
            boolean closed = r.nextBoolean();
            Optional<OutcomeType> o =
                closed || r.nextInt(4) == 0
                    ? Optional.of(Property.oneOf(r, OutcomeType.values()))
                    : Optional.empty();
            ps.add(
                new ServiceParticipant(
                    Pseudonym.of("p-" + i),
                    admitted,
                    closed ? Optional.of(admitted.plusDays(r.nextInt(200))) : Optional.empty(),
                    o,
                    o.equals(Optional.of(OutcomeType.EMPLOYMENT)) && r.nextBoolean(),
                    r.nextBoolean()
                        ? Optional.of(admitted.plusDays(r.nextInt(30)))
                        : Optional.empty(),
                    r.nextBoolean()));
          }
          ReportTerms terms =
              new ReportTerms(
                  LocalDate.of(2026, 1, 1),
                  LocalDate.of(2026, 6, 30),
                  BigDecimal.valueOf(r.nextInt(4)),
                  Property.oneOf(r, ClosingRule.values()),
                  r.nextInt(30));
          OutcomeReport report = OutcomeReporter.report(ps, terms);
          assertEquals(report, OutcomeFigures.of(report).report(terms));
        });
  }

  @Test
  void figures_that_cannot_be_are_refused() {
    java.util.Map<OutcomeType, Integer> none = new java.util.EnumMap<>(OutcomeType.class);
    for (OutcomeType t : OutcomeType.values()) {
      none.put(t, t == OutcomeType.NONE ? 3 : 0);
    }
    java.util.OptionalDouble empty = java.util.OptionalDouble.empty();
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutcomeFigures(0, 0, 0, 4, none, none, empty, empty, 0, 0, 0),
        "outcomes summing to 3 over a denominator of 4");
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutcomeFigures(0, 2, 0, 3, none, none, empty, empty, 3, 0, 0),
        "3 contacted of 2 admitted");
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutcomeFigures(0, 0, 0, 3, java.util.Map.of(), none, empty, empty, 0, 0, 0),
        "a type without a count");
  }
}
