package se.skapa.core.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;
import se.skapa.core.progression.Intervention;
import se.skapa.core.progression.Measurement;
import se.skapa.core.survey.SurveyPeriod;

/**
 * BIP's organisational findings as facts about a service over a period: how often handledare
 * change, what the handledare believe, how much of the time passes without an intervention, and how
 * often follow-up breaks off — each beside BIP's published figure, never about one person.
 *
 * @param from the period's first day
 * @param to its last day
 * @param participants participants enrolled on any day of the period
 * @param coverage interventions in participant-months (the months without any, without a
 *     job-focused one)
 * @param handledareChanges changes of handledare in the period
 * @param changesPer100Months changes per 100 participant-months; empty without participant-months
 * @param withAChange participants with at least one change, of those whose handledare is known at
 *     two measurements or more
 * @param belief the handledare's latest rating of belief in a job per participant in the period:
 *     people per score
 * @param beliefTrend the mean of the handledare's belief ratings per quarter, with how many
 * @param followUpBreak participants with a gap between measurements (or since the last) longer than
 *     the follow-up interval, of those enrolled
 */
public record QualitySignals(
    LocalDate from,
    LocalDate to,
    int participants,
    InterventionCoverage coverage,
    int handledareChanges,
    Optional<BigDecimal> changesPer100Months,
    Share withAChange,
    Map<Integer, Integer> belief,
    List<QuarterMean> beliefTrend,
    Share followUpBreak) {

  /** BIP: 40 % of participants had at least one change of caseworker. */
  public static final double BIP_WITH_A_CHANGE = 0.40;

  /** BIP: 23 % of participants had no intervention in a three-month window. */
  public static final double BIP_NO_INTERVENTION = 0.23;

  /** What BIP found, quoted beside the service's figures as the reason they are counted. */
  public static final LocalizedText BIP =
      LocalizedText.of(
          "BIP: 40 % bytte handläggare minst en gång, och varje byte sänkte chansen till jobb med"
              + " omkring 22 %; 23 % var utan insats under ett kvartal, och de perioderna följdes av"
              + " tillbakagång; handläggarens tilltro hängde ihop med omkring en tredjedel högre"
              + " jobbchans.",
          "BIP: 40 % changed caseworker at least once, and each change lowered the chance of a job"
              + " by about 22 %; 23 % were without an intervention for a quarter, and those periods"
              + " were followed by regression; the caseworker's belief went with about a third"
              + " higher job chances.");

  /** The denominator of {@link #withAChange}. */
  public static final LocalizedText FOLLOWED =
      LocalizedText.of(
          "deltagare med känd handledare vid minst två mätningar",
          "participants with a known handledare at two measurements or more");

  /** The denominator of {@link #followUpBreak}. */
  public static final LocalizedText ENROLLED =
      LocalizedText.of("inskrivna någon dag under perioden", "enrolled on any day of the period");

  /**
   * The mean of a quarter's ratings.
   *
   * @param quarter the quarter, e.g. {@code 2026-Q1}
   * @param ratings how many ratings
   * @param mean their mean; empty without ratings
   */
  public record QuarterMean(String quarter, int ratings, Optional<BigDecimal> mean) {}

  /**
   * Copies the collections.
   *
   * @param from the first day
   * @param to the last day
   * @param participants enrolled in the period
   * @param coverage the intervention coverage
   * @param handledareChanges changes
   * @param changesPer100Months changes per 100 participant-months
   * @param withAChange with a change
   * @param belief people per belief score
   * @param beliefTrend mean belief per quarter
   * @param followUpBreak with a break in follow-up
   */
  public QualitySignals {
    Objects.requireNonNull(coverage, "coverage");
    belief = java.util.Collections.unmodifiableMap(new TreeMap<>(belief));
    beliefTrend = List.copyOf(beliefTrend);
  }

  /**
   * @param from the first day; not null
   * @param to the last day, not before {@code from}; not null
   * @param enrolments the service's enrolments; not null
   * @param measurements each participant's measurements (both respondents), any dates; not null
   * @param interventions each participant's interventions; not null
   * @param beliefKey the key of the handledare's belief indicator; not null
   * @param interval the follow-up interval; not null
   * @return the signals
   */
  public static QualitySignals count(
      LocalDate from,
      LocalDate to,
      List<ServiceParticipant> enrolments,
      Map<Pseudonym, List<Measurement>> measurements,
      Map<Pseudonym, List<Intervention>> interventions,
      String beliefKey,
      Period interval) {
    InterventionCoverage coverage = InterventionCoverage.count(from, to, enrolments, interventions);
    int enrolled = 0;
    int changes = 0;
    int followed = 0;
    int changed = 0;
    int breaks = 0;
    Map<Integer, Integer> belief = new TreeMap<>();
    List<SurveyPeriod> quarters = SurveyPeriod.quartersWithin(from, to);
    int[] ratings = new int[quarters.size()];
    long[] sums = new long[quarters.size()];
    for (ServiceParticipant e : enrolments) {
      LocalDate start = e.admitted().isAfter(from) ? e.admitted() : from;
      LocalDate end = e.closed().filter(c -> c.isBefore(to)).orElse(to);
      if (start.isAfter(end)) {
        continue;
      }
      enrolled++;
      List<Measurement> mine = new ArrayList<>(measurements.getOrDefault(e.key(), List.of()));
      mine.sort(Comparator.comparing(Measurement::date));
      Pseudonym previous = null;
      int known = 0;
      int own = 0;
      Optional<Integer> latestBelief = Optional.empty();
      LocalDate last = e.admitted();
      boolean broke = false;
      for (Measurement m : mine) {
        if (m.date().isAfter(end) || m.date().isBefore(e.admitted())) {
          continue;
        }
        if (!m.date().isBefore(start) && last.plus(interval).isBefore(m.date())) {
          broke = true;
        }
        last = m.date();
        if (m.handledare().isPresent()) {
          known++;
          if (previous != null
              && !previous.equals(m.handledare().get())
              && !m.date().isBefore(start)) {
            own++;
          }
          previous = m.handledare().get();
        }
        if (!m.date().isBefore(start) && m.answers().containsKey(beliefKey)) {
          var a = m.answer(beliefKey);
          if (a.isAnswered()) {
            int score = a.scoreOrThrow();
            latestBelief = Optional.of(score);
            for (int q = 0; q < quarters.size(); q++) {
              if (!m.date().isBefore(quarters.get(q).from())
                  && !m.date().isAfter(quarters.get(q).to())) {
                ratings[q]++;
                sums[q] += score;
              }
            }
          }
        }
      }
      if (last.plus(interval).isBefore(end)) {
        broke = true;
      }
      breaks += broke ? 1 : 0;
      changes += own;
      if (known >= 2) {
        followed++;
        changed += own > 0 ? 1 : 0;
      }
      latestBelief.ifPresent(b -> belief.merge(b, 1, Integer::sum));
    }
    List<QuarterMean> trend = new ArrayList<>();
    for (int q = 0; q < quarters.size(); q++) {
      trend.add(
          new QuarterMean(
              quarters.get(q).name(),
              ratings[q],
              ratings[q] == 0
                  ? Optional.empty()
                  : Optional.of(
                      BigDecimal.valueOf(sums[q])
                          .divide(BigDecimal.valueOf(ratings[q]), 2, RoundingMode.HALF_UP))));
    }
    int months = coverage.participantMonths();
    return new QualitySignals(
        from,
        to,
        enrolled,
        coverage,
        changes,
        months == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(changes * 100L)
                    .divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP)),
        Share.of(changed, followed, FOLLOWED),
        belief,
        trend,
        Share.of(breaks, enrolled, ENROLLED));
  }
}
