package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.Erasure;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.FixedReport;
import se.skapa.app.register.OutcomeReports;
import se.skapa.app.register.ReportDrift;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeFigures;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.ReportTerms;

/**
 * A report that was sent stays as sent (fastställd), and an analyst's outcome reports are releases
 * of whole periods that two reads can never be subtracted from.
 */
class FixedReportsTest {

  static final ServiceId STEGET = ServiceId.of("steget");
  static final ServiceId VAGEN = ServiceId.of("vagen");
  static final ReportTerms YEAR_2025 =
      ReportTerms.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  static Database db;
  static MutableClock clock;
  static Organisations organisations;
  static Enrolments enrolments;
  static OutcomeReports reports;
  static Erasure erasure;

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
    clock = new MutableClock(LocalDate.of(2026, 1, 20));
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    organisations = new Organisations(storage, clock);
    enrolments = new Enrolments(storage, clock);
    reports = new OutcomeReports(storage, clock, 5, ReleaseCalendar.DEFAULT);
    erasure = new Erasure(storage, clock);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  record Org(OrganisationId id, Actor admin, Actor handledare, Actor analyst) {}

  static Org organisation() {
    OrganisationId org = OrganisationId.of("fixed-" + System.nanoTime());
    Actor admin =
        organisations.create(org, "Förbund", Pseudonym.of("admin")).adminKey().key().actor();
    organisations.createService(admin, org, STEGET, "Steget");
    organisations.createService(admin, org, VAGEN, "Vägen");
    Actor h =
        organisations
            .issueKey(admin, org, Pseudonym.of("h-1"), Set.of(Role.HANDLEDARE))
            .key()
            .actor();
    Actor a =
        organisations
            .issueKey(admin, org, Pseudonym.of("analys"), Set.of(Role.ANALYST))
            .key()
            .actor();
    return new Org(org, admin, h, a);
  }

  static StoredEnrolment admit(Org o, ServiceId s, String key, LocalDate day) {
    return enrolments.enrol(
        o.handledare(), o.id(), s, Pseudonym.of(key), day, Optional.empty(), false, List.of());
  }

  @Test
  void a_fixed_yearly_report_stays_as_sent_after_gallring_and_a_later_run_says_how_it_differs() {
    clock.set(LocalDate.of(2026, 1, 20));
    Org o = organisation();
    // The issue's förbund: 10 admitted in 2025, 6 of them closed.
    for (int i = 0; i < 10; i++) {
      StoredEnrolment e = admit(o, STEGET, "p-" + i, LocalDate.of(2025, 2, 1).plusDays(i * 20));
      if (i < 6) {
        enrolments.close(
            o.handledare(),
            o.id(),
            e.id(),
            LocalDate.of(2025, 11, 1).plusDays(i),
            i < 3 ? OutcomeType.EMPLOYMENT : OutcomeType.NONE,
            false);
      }
    }
    FixedReport fixed = reports.fix(o.admin(), o.id(), Optional.of(STEGET), YEAR_2025);
    assertEquals(10, fixed.report().admitted());
    assertEquals(6, fixed.report().closed());
    assertEquals("admin", fixed.fixedBy());

    erasure.erase(o.admin(), o.id(), Pseudonym.of("p-0"));
    erasure.erase(o.admin(), o.id(), Pseudonym.of("p-9"));

    FixedReport kept = reports.fixedReport(o.admin(), o.id(), fixed.id());
    assertEquals(fixed.figures(), kept.figures(), "the report reads back as fixed");
    assertEquals(10, kept.report().admitted());
    assertEquals(6, kept.report().closed());

    OutcomeReports.Report now = reports.report(o.admin(), o.id(), Optional.of(STEGET), YEAR_2025);
    assertEquals(8, now.report().admitted());
    assertEquals(5, now.report().closed());
    assertEquals(fixed.id(), now.fixed().orElseThrow().id());
    ReportDrift drift = now.drift().orElseThrow();
    assertEquals(10, drift.enrolmentsThen());
    assertEquals(8, drift.enrolmentsNow());
    assertTrue(drift.differences().contains(new ReportDrift.Difference("admitted", 10, 8)));
    assertTrue(drift.differences().contains(new ReportDrift.Difference("closed", 6, 5)));
    assertTrue(
        drift.differences().contains(new ReportDrift.Difference("outcomes/EMPLOYMENT", 3, 2)));

    StoredModeException twice =
        assertThrows(
            StoredModeException.class,
            () -> reports.fix(o.admin(), o.id(), Optional.of(STEGET), YEAR_2025));
    assertTrue(twice.getMessage().contains("fixed already"), twice.getMessage());
    assertEquals(1, reports.fixedReports(o.admin(), o.id(), Optional.of(STEGET)).size());
  }

  @Test
  void only_an_admin_fixes_and_only_a_period_that_is_over() {
    clock.set(LocalDate.of(2026, 1, 20));
    Org o = organisation();
    ValidationException early =
        assertThrows(
            ValidationException.class,
            () ->
                reports.fix(
                    o.admin(),
                    o.id(),
                    Optional.empty(),
                    ReportTerms.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))));
    assertEquals("period-not-over", early.violations().get(0).rule());
    assertThrows(
        StoredModeException.class,
        () -> reports.fix(o.handledare(), o.id(), Optional.empty(), YEAR_2025));
    assertThrows(
        StoredModeException.class,
        () -> reports.fixedReports(o.analyst(), o.id(), Optional.empty()),
        "two spans an admin fixed could be subtracted: an analyst reads releases only");
  }

  @Test
  void an_analyst_reads_whole_released_periods_and_the_same_numbers_every_time() {
    clock.set(LocalDate.of(2026, 1, 5));
    Org o = organisation();
    for (int i = 0; i < 12; i++) {
      admit(o, STEGET, "s-" + i, LocalDate.of(2025, 3, 1).plusDays(i));
    }
    ValidationException early =
        assertThrows(
            ValidationException.class,
            () -> reports.report(o.analyst(), o.id(), Optional.of(STEGET), YEAR_2025));
    assertEquals("not-released", early.violations().get(0).rule());
    clock.set(LocalDate.of(2026, 2, 15));
    ValidationException part =
        assertThrows(
            ValidationException.class,
            () ->
                reports.report(
                    o.analyst(),
                    o.id(),
                    Optional.of(STEGET),
                    ReportTerms.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));
    assertEquals("release-period", part.violations().get(0).rule());

    OutcomeReports.Report first =
        reports.report(o.analyst(), o.id(), Optional.of(STEGET), YEAR_2025);
    assertEquals(12, first.report().admitted());
    assertTrue(first.fixed().orElseThrow().fixedAtRelease());
    assertTrue(first.drift().isEmpty(), "an analyst is never told how the live numbers differ");

    // A late admission to 2025 and an erasure: the analyst's 2025 stays as released …
    clock.set(LocalDate.of(2026, 2, 16));
    admit(o, STEGET, "late", LocalDate.of(2025, 12, 30));
    erasure.erase(o.admin(), o.id(), Pseudonym.of("s-3"));
    OutcomeReports.Report again =
        reports.report(o.analyst(), o.id(), Optional.of(STEGET), YEAR_2025);
    assertEquals(first.report(), again.report());
    // … the admin sees both, and why.
    OutcomeReports.Report admin = reports.report(o.admin(), o.id(), Optional.of(STEGET), YEAR_2025);
    assertEquals(12, admin.report().admitted());
    assertEquals(1, admin.drift().orElseThrow().writtenSince());

    ValidationException otherTerms =
        assertThrows(
            ValidationException.class,
            () ->
                reports.report(
                    o.analyst(),
                    o.id(),
                    Optional.of(STEGET),
                    YEAR_2025.withClosingRule(ClosingRule.ACCESSED)));
    assertEquals("release-period", otherTerms.violations().get(0).rule());
  }

  @Test
  void a_services_withheld_cell_is_withheld_in_the_organisations_report_too() {
    clock.set(LocalDate.of(2026, 2, 15));
    Org o = organisation();
    // Steget: one closed, to employment (withheld); Vägen: ten closed to employment.
    StoredEnrolment lone = admit(o, STEGET, "lone", LocalDate.of(2025, 2, 1));
    enrolments.close(
        o.handledare(), o.id(), lone.id(), LocalDate.of(2025, 6, 1), OutcomeType.EMPLOYMENT, false);
    for (int i = 0; i < 10; i++) {
      StoredEnrolment e = admit(o, VAGEN, "v-" + i, LocalDate.of(2025, 2, 1).plusDays(i));
      enrolments.close(
          o.handledare(),
          o.id(),
          e.id(),
          LocalDate.of(2025, 9, 1).plusDays(i),
          OutcomeType.EMPLOYMENT,
          false);
    }
    OutcomeReports.Report steget =
        reports.report(o.analyst(), o.id(), Optional.of(STEGET), YEAR_2025);
    OutcomeReports.Report vagen =
        reports.report(o.analyst(), o.id(), Optional.of(VAGEN), YEAR_2025);
    OutcomeReports.Report all = reports.report(o.analyst(), o.id(), Optional.empty(), YEAR_2025);
    assertTrue(steget.suppressed().contains("outcomes/EMPLOYMENT"));
    assertTrue(steget.suppressed().contains("meanDaysClosed"), "one person's days in service");
    assertFalse(vagen.suppressed().contains("outcomes/EMPLOYMENT"));
    assertTrue(
        all.suppressed().contains("outcomes/EMPLOYMENT"),
        "11 − 10 would be Steget's one: " + all.suppressed());
    assertTrue(all.suppressed().contains("closed") && all.suppressed().contains("meanDaysClosed"));
  }

  /**
   * The attacker: random organisations, random writes between any analyst reads of any spans. Every
   * answer the analyst gets for a scope is a whole period and the same every time it is given, so
   * no difference between two answers holds anyone's outcome; and what is shown of the organisation
   * never exposes a service's withheld cell (the organisation's shown cell equals the sum of the
   * services' shown cells).
   */
  @Test
  void no_sequence_of_analyst_reads_gives_a_difference() {
    Random random = new Random();
    long seed = random.nextLong();
    random.setSeed(seed);
    for (int round = 0; round < 6; round++) {
      clock.set(LocalDate.of(2026, 2, 15));
      Org o = organisation();
      List<ServiceId> services = List.of(STEGET, VAGEN);
      Map<String, OutcomeFigures> given = new HashMap<>();
      List<StoredEnrolment> open = new ArrayList<>();
      int people = 0;
      for (int step = 0; step < 40; step++) {
        int what = random.nextInt(4);
        if (what == 0) {
          ServiceId s = services.get(random.nextInt(2));
          open.add(
              admit(o, s, "r-" + people++, LocalDate.of(2024, 6, 1).plusDays(random.nextInt(600))));
        } else if (what == 1 && !open.isEmpty()) {
          StoredEnrolment e = open.remove(random.nextInt(open.size()));
          LocalDate day = e.enrolment().admitted().plusDays(1 + random.nextInt(200));
          if (day.isBefore(LocalDate.of(2026, 2, 1))) {
            enrolments.close(
                o.handledare(),
                o.id(),
                e.id(),
                day,
                OutcomeType.values()[random.nextInt(OutcomeType.values().length)],
                false);
          }
        } else {
          Optional<ServiceId> scope =
              random.nextInt(3) == 0
                  ? Optional.empty()
                  : Optional.of(services.get(random.nextInt(2)));
          LocalDate from = LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1);
          LocalDate to =
              random.nextBoolean() ? from.withDayOfYear(from.lengthOfYear()) : from.plusMonths(6);
          try {
            OutcomeReports.Report r =
                reports.report(o.analyst(), o.id(), scope, ReportTerms.of(from, to));
            assertEquals(1, from.getDayOfYear(), "seed " + seed + ": only whole years are given");
            OutcomeFigures figures = OutcomeFigures.of(r.report());
            OutcomeFigures before = given.putIfAbsent(scope + "/" + from, figures);
            if (before != null) {
              assertEquals(before, figures, "seed " + seed + ": a second read differs");
            }
          } catch (ValidationException refused) {
            assertTrue(
                Set.of("release-period", "not-released")
                    .contains(refused.violations().get(0).rule()),
                "seed " + seed + ": " + refused.getMessage());
          }
        }
      }
      for (int year = 2024; year <= 2025; year++) {
        ReportTerms terms = ReportTerms.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        OutcomeReports.Report all = reports.report(o.analyst(), o.id(), Optional.empty(), terms);
        List<OutcomeReports.Report> parts = new ArrayList<>();
        for (ServiceId s : services) {
          parts.add(reports.report(o.analyst(), o.id(), Optional.of(s), terms));
        }
        for (OutcomeType t : OutcomeType.values()) {
          String cell = "outcomes/" + t;
          if (!all.suppressed().contains(cell)) {
            int sum = 0;
            for (OutcomeReports.Report p : parts) {
              assertFalse(
                  p.suppressed().contains(cell),
                  "seed " + seed + ": the organisation shows " + cell + " a service withholds");
              sum += p.report().outcome(t).share().count();
            }
            assertEquals(all.report().outcome(t).share().count(), sum, "seed " + seed);
          }
        }
        for (String cell : List.of("admitted", "closed", "activeAtEnd")) {
          if (!all.suppressed().contains(cell)) {
            for (OutcomeReports.Report p : parts) {
              assertFalse(p.suppressed().contains(cell), "seed " + seed + ": " + cell);
            }
          }
        }
      }
    }
  }
}
