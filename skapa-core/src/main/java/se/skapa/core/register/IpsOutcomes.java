package se.skapa.core.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Median;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;

/**
 * IPS's own outcome measures for one service and one period (a quarter, as IPS reports): who was
 * served, who worked competitively at any time, job starts, first job starts and how long they
 * took, hours and wages, and jobs that lasted.
 *
 * @param from the period's first day
 * @param to its last day
 * @param served participants enrolled on any day of the period: the denominator
 * @param workedCompetitively served participants who held a competitive job on any day of it
 * @param band where that share stands against the benchmarks
 * @param jobStarts competitive jobs started in the period by served participants
 * @param firstJobStarts served participants whose first competitive job since admission, of at
 *     least {@link IpsOutcomeTerms#firstJobMinHours()} hours a week, started in the period
 * @param medianDaysToFirstJob median days from admission to those first job starts
 * @param medianHours median contracted hours of the competitive jobs held in the period
 * @param medianMonthlyWage median monthly wage of those with a wage recorded
 * @param lasting competitive jobs that reached {@link IpsOutcomeTerms#lastingDays()} days on the
 *     job within the period
 * @param terms the terms counted by
 */
public record IpsOutcomes(
    LocalDate from,
    LocalDate to,
    int served,
    Share workedCompetitively,
    IpsOutcomeTerms.Band band,
    int jobStarts,
    int firstJobStarts,
    OptionalDouble medianDaysToFirstJob,
    Optional<BigDecimal> medianHours,
    Optional<Kronor> medianMonthlyWage,
    int lasting,
    IpsOutcomeTerms terms) {

  /** The denominator's name, stated in every report. */
  public static final LocalizedText SERVED =
      LocalizedText.of("inskrivna någon dag under perioden", "enrolled on any day of the period");

  /**
   * @param from the period's first day
   * @param to its last day
   * @param served participants enrolled on any day of the period: the denominator
   * @param workedCompetitively served participants who held a competitive job on any day of it
   * @param band where that share stands against the benchmarks
   * @param jobStarts competitive jobs started in the period by served participants
   * @param firstJobStarts served participants whose first competitive job since admission, of at
   *     least {@link IpsOutcomeTerms#firstJobMinHours()} hours a week, started in the period
   * @param medianDaysToFirstJob median days from admission to those first job starts
   * @param medianHours median contracted hours of the competitive jobs held in the period
   * @param medianMonthlyWage median monthly wage of those with a wage recorded
   * @param lasting competitive jobs that reached {@link IpsOutcomeTerms#lastingDays()} days on the
   *     job within the period
   * @param terms the terms counted by
   * @throws NullPointerException if a component is null
   */
  public IpsOutcomes {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(workedCompetitively, "workedCompetitively");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(medianDaysToFirstJob, "medianDaysToFirstJob");
    Objects.requireNonNull(medianHours, "medianHours");
    Objects.requireNonNull(medianMonthlyWage, "medianMonthlyWage");
    Objects.requireNonNull(terms, "terms");
  }

  /**
   * Counts a service's outcomes over a period.
   *
   * @param from the first day; not null
   * @param to the last day, not before {@code from}; not null
   * @param enrolments the service's enrolments; not null
   * @param jobs each participant's jobs; a participant without jobs may be left out; not null
   * @param terms the terms; not null
   * @return the outcomes
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static IpsOutcomes count(
      LocalDate from,
      LocalDate to,
      List<ServiceParticipant> enrolments,
      Map<Pseudonym, List<Job>> jobs,
      IpsOutcomeTerms terms) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    int served = 0;
    int worked = 0;
    int starts = 0;
    int first = 0;
    int lasting = 0;
    List<Long> daysToFirst = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    List<Long> wages = new ArrayList<>();
    for (Map.Entry<Pseudonym, LocalDate> p : admissionsDuring(from, to, enrolments).entrySet()) {
      served++;
      List<Job> competitive =
          jobs.getOrDefault(p.getKey(), List.of()).stream()
              .filter(j -> j.kind() == JobKind.COMPETITIVE)
              .toList();
      boolean any = false;
      for (Job j : competitive) {
        if (j.heldDuring(from, to)) {
          any = true;
          hours.add(j.hoursPerWeek());
          j.monthlyWage().ifPresent(w -> wages.add(w.value()));
          LocalDate lastingDay = j.started().plusDays(terms.lastingDays() - 1L);
          if (!lastingDay.isBefore(from)
              && !lastingDay.isAfter(to)
              && j.daysHeld(to) >= terms.lastingDays()) {
            lasting++;
          }
        }
        if (!j.started().isBefore(from) && !j.started().isAfter(to)) {
          starts++;
        }
      }
      worked += any ? 1 : 0;
      LocalDate admitted = p.getValue();
      Optional<Job> firstJob =
          competitive.stream()
              .filter(j -> !j.started().isBefore(admitted))
              .filter(j -> j.hoursPerWeek().compareTo(terms.firstJobMinHours()) >= 0)
              .min(java.util.Comparator.comparing(Job::started));
      if (firstJob.isPresent()
          && !firstJob.get().started().isBefore(from)
          && !firstJob.get().started().isAfter(to)) {
        first++;
        daysToFirst.add(
            java.time.temporal.ChronoUnit.DAYS.between(admitted, firstJob.get().started()));
      }
    }
    Share share = Share.of(worked, served, SERVED);
    return new IpsOutcomes(
        from,
        to,
        served,
        share,
        terms.band(share.value()),
        starts,
        first,
        Median.of(daysToFirst.stream().mapToLong(Long::longValue).toArray()),
        medianOf(hours),
        Median.of(wages.stream().mapToLong(Long::longValue).toArray()).stream()
            .mapToObj(m -> Kronor.round(BigDecimal.valueOf(m)))
            .findFirst(),
        lasting,
        terms);
  }

  /**
   * Each participant enrolled on any day of [from, to], with the admission of the enrolment that
   * covers the period (the latest, if several do).
   */
  private static Map<Pseudonym, LocalDate> admissionsDuring(
      LocalDate from, LocalDate to, List<ServiceParticipant> enrolments) {
    Map<Pseudonym, LocalDate> out =
        new java.util.TreeMap<>(java.util.Comparator.comparing(Pseudonym::value));
    for (ServiceParticipant e : enrolments) {
      boolean during =
          !e.admitted().isAfter(to) && e.closed().map(c -> !c.isBefore(from)).orElse(true);
      if (during) {
        out.merge(e.key(), e.admitted(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return out;
  }

  private static Optional<BigDecimal> medianOf(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return Optional.of(
        n % 2 == 1
            ? sorted.get(n / 2)
            : sorted
                .get(n / 2 - 1)
                .add(sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
  }
}
