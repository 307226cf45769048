package se.skapa.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.testing.Property;

/** IPS's outcome measures over a quarter, as IPS Employment Center and IPS Grow define them. */
class IpsOutcomesTest {

  static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
  static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

  static ServiceParticipant open(String key, LocalDate admitted) {
    return new ServiceParticipant(
        Pseudonym.of(key),
        admitted,
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        false);
  }

  static ServiceParticipant closed(String key, LocalDate admitted, LocalDate closed) {
    return new ServiceParticipant(
        Pseudonym.of(key),
        admitted,
        Optional.of(closed),
        Optional.of(OutcomeType.NONE),
        false,
        Optional.empty(),
        false);
  }

  static Job job(LocalDate started, LocalDate ended, JobKind kind, int hours, long wage) {
    return new Job(
        started,
        Optional.ofNullable(ended),
        kind,
        BigDecimal.valueOf(hours),
        wage < 0 ? Optional.empty() : Optional.of(Kronor.of(wage)),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void workedCompetitivelyCountsEveryoneServedWhoHeldACompetitiveJobOnAnyDayOfTheQuarter() {
    List<ServiceParticipant> served =
        List.of(
            open("a", LocalDate.of(2025, 9, 1)),
            open("b", LocalDate.of(2025, 11, 1)),
            open("c", LocalDate.of(2026, 2, 1)),
            closed("d", LocalDate.of(2025, 5, 1), LocalDate.of(2026, 1, 5)),
            closed("gone", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    Map<Pseudonym, List<Job>> jobs =
        Map.of(
            Pseudonym.of("a"),
                List.of(
                    job(
                        LocalDate.of(2025, 12, 1),
                        LocalDate.of(2026, 1, 2),
                        JobKind.COMPETITIVE,
                        20,
                        18000)),
            Pseudonym.of("b"),
                List.of(job(LocalDate.of(2026, 3, 2), null, JobKind.COMPETITIVE, 3, 4000)),
            Pseudonym.of("c"),
                List.of(job(LocalDate.of(2026, 2, 20), null, JobKind.SUBSIDISED, 30, 20000)),
            Pseudonym.of("gone"),
                List.of(job(LocalDate.of(2026, 2, 1), null, JobKind.COMPETITIVE, 40, 30000)));
    IpsOutcomes o = IpsOutcomes.count(Q1, Q1_END, served, jobs, IpsOutcomeTerms.DEFAULT);
    assertEquals(4, o.served(), "closed before the quarter is not served");
    assertEquals(2, o.workedCompetitively().count(), "a (two days into January) and b");
    assertEquals(4, o.workedCompetitively().denominator());
    assertEquals(IpsOutcomeTerms.Band.EXCELLENT, o.band(), "50 % is excellent");
    assertEquals(1, o.jobStarts(), "b's start; c's job is subsidised");
    assertEquals(0, o.firstJobStarts(), "b's job is under 4 hours a week");
    assertEquals(Optional.of(new BigDecimal("11.5")), o.medianHours());
    assertEquals(Optional.of(Kronor.of(11000)), o.medianMonthlyWage());
  }

  @Test
  void aFirstJobStartIsTheFirstCompetitiveJobOfFourHoursOrMoreSinceAdmission() {
    List<ServiceParticipant> served =
        List.of(open("a", LocalDate.of(2025, 10, 1)), open("b", LocalDate.of(2025, 10, 1)));
    Map<Pseudonym, List<Job>> jobs =
        Map.of(
            Pseudonym.of("a"),
            List.of(job(LocalDate.of(2026, 1, 10), null, JobKind.COMPETITIVE, 4, -1)),
            Pseudonym.of("b"),
            List.of(
                job(
                    LocalDate.of(2025, 11, 1),
                    LocalDate.of(2025, 12, 1),
                    JobKind.COMPETITIVE,
                    10,
                    -1),
                job(LocalDate.of(2026, 2, 1), null, JobKind.COMPETITIVE, 10, -1)));
    IpsOutcomes o = IpsOutcomes.count(Q1, Q1_END, served, jobs, IpsOutcomeTerms.DEFAULT);
    assertEquals(1, o.firstJobStarts(), "b's first job started in November");
    assertEquals(101.0, o.medianDaysToFirstJob().getAsDouble(), "1 October to 10 January");
    assertEquals(2, o.jobStarts());
    assertEquals(Optional.empty(), o.medianMonthlyWage(), "no wage recorded");
  }

  @Test
  void aJobLastsWhenItsNinetiethDayFallsInTheQuarterAndItWasStillHeld() {
    List<ServiceParticipant> served =
        List.of(open("a", LocalDate.of(2025, 6, 1)), open("b", LocalDate.of(2025, 6, 1)));
    Map<Pseudonym, List<Job>> jobs =
        Map.of(
            Pseudonym.of("a"),
            List.of(job(LocalDate.of(2025, 11, 1), null, JobKind.COMPETITIVE, 20, -1)),
            Pseudonym.of("b"),
            List.of(
                job(
                    LocalDate.of(2025, 11, 1),
                    LocalDate.of(2026, 1, 20),
                    JobKind.COMPETITIVE,
                    20,
                    -1)));
    IpsOutcomes o = IpsOutcomes.count(Q1, Q1_END, served, jobs, IpsOutcomeTerms.DEFAULT);
    assertEquals(1, o.lasting(), "a reached day 90 on 29 January; b left before");
  }

  @Test
  void nobodyServedHasNoShareAndTheReportSaysSo() {
    IpsOutcomes o = IpsOutcomes.count(Q1, Q1_END, List.of(), Map.of(), IpsOutcomeTerms.DEFAULT);
    assertEquals(0, o.served());
    assertTrue(!o.workedCompetitively().hasValue());
  }

  @Test
  void everyCountStaysWithinItsDenominatorForAnyRegister() {
    Property.forAll(
        "IPS outcomes within their denominators",
        300,
        r -> {
          List<ServiceParticipant> enrolments = new ArrayList<>();
          Map<Pseudonym, List<Job>> jobs = new HashMap<>();
          int people = r.nextInt(40);
          for (int p = 0; p < people; p++) {
            LocalDate admitted = Q1.minusDays(400).plusDays(r.nextInt(480));
            enrolments.add(
                r.nextBoolean()
                    ? open("p-" + p, admitted)
                    : closed("p-" + p, admitted, admitted.plusDays(r.nextInt(300))));
            List<Job> own = new ArrayList<>();
            for (int j = r.nextInt(4); j > 0; j--) {
              LocalDate s = Q1.minusDays(300).plusDays(r.nextInt(400));
              own.add(
                  job(
                      s,
                      r.nextBoolean() ? null : s.plusDays(r.nextInt(200)),
                      Property.oneOf(r, JobKind.values()),
                      1 + r.nextInt(40),
                      r.nextBoolean() ? -1 : r.nextInt(40000)));
            }
            jobs.put(Pseudonym.of("p-" + p), own);
          }
          IpsOutcomes o = IpsOutcomes.count(Q1, Q1_END, enrolments, jobs, IpsOutcomeTerms.DEFAULT);
          assertTrue(o.served() <= people);
          assertEquals(o.served(), o.workedCompetitively().denominator());
          assertTrue(o.firstJobStarts() <= o.served());
          assertTrue(o.firstJobStarts() <= o.jobStarts());
          assertEquals(o.firstJobStarts() == 0, o.medianDaysToFirstJob().isEmpty());
          assertEquals(o.workedCompetitively().count() == 0, o.medianHours().isEmpty());
        });
  }

  @Test
  void aJobIsValidByConstructionAndNamesEveryBrokenRule() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                new Job(
                    Q1,
                    Optional.of(Q1.minusDays(1)),
                    JobKind.COMPETITIVE,
                    new BigDecimal("12.25"),
                    Optional.of(Kronor.of(-1)),
                    Optional.empty(),
                    Optional.of(JobEndReason.QUIT)));
    assertEquals(
        List.of("/ended", "/hoursPerWeek", "/monthlyWage"),
        e.violations().stream().map(v -> v.pointer()).toList());
    assertThrows(
        ValidationException.class,
        () ->
            new Job(
                Q1,
                Optional.empty(),
                JobKind.COMPETITIVE,
                BigDecimal.TEN,
                Optional.empty(),
                Optional.empty(),
                Optional.of(JobEndReason.QUIT)),
        "an end reason without an end");
  }

  @Test
  void anExponentFromOutsideIsRefusedBeforeAnyArithmeticSpellsItOut() {
    ValidationException hours =
        assertThrows(
            ValidationException.class,
            () ->
                new Job(
                    Q1,
                    Optional.empty(),
                    JobKind.COMPETITIVE,
                    new BigDecimal("1e999999999"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
    assertEquals("/hoursPerWeek", hours.violations().get(0).pointer());
    assertEquals("precision", hours.violations().get(0).rule());
    ValidationException degree =
        assertThrows(
            ValidationException.class,
            () ->
                new Support(
                    SupportSource.SJUKPENNING, new BigDecimal("1e-999999999"), Optional.empty()));
    assertEquals("/degree", degree.violations().get(0).pointer());
  }

  @Test
  void theBenchmarksAreIpsEmploymentCentersAndEveryBenefitIsASupportSource() {
    IpsOutcomeTerms t = IpsOutcomeTerms.DEFAULT;
    assertEquals(IpsOutcomeTerms.Band.BELOW_MINIMAL, t.band(0.30));
    assertEquals(IpsOutcomeTerms.Band.MINIMAL, t.band(0.31));
    assertEquals(IpsOutcomeTerms.Band.AVERAGE, t.band(0.41));
    assertEquals(IpsOutcomeTerms.Band.EXCELLENT, t.band(0.50));
    for (var b : se.skapa.core.benefit.Benefit.values()) {
      if (b.group().isPresent()) {
        assertEquals(Optional.of(b), SupportSource.valueOf(b.name()).benefit(), b.name());
      }
    }
  }
}
