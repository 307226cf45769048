package se.skapa.core.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Computes individual and cohort progression. Every entry point first checks its input with {@link
 * MeasurementRules}, so a result is never computed from scores outside their scale. Immutable and
 * thread-safe.
 */
public final class ProgressionAnalyzer {

  private static final Comparator<Measurement> BY_DATE = Comparator.comparing(Measurement::date);

  private final Clock clock;
  private final MeasurementRules rules;
  private final ProgressionOptions options;

  private ProgressionAnalyzer(Clock clock, ProgressionOptions options) {
    this.clock = clock;
    this.rules = MeasurementRules.withClock(clock);
    this.options = options;
  }

  /**
   * @throws NullPointerException if an argument is null
   * @param clock "today": the follow-up status and the future-date rule read it; not null
   * @param options the follow-up interval and direction step; not null
   * @return the analyser
   */
  public static ProgressionAnalyzer of(Clock clock, ProgressionOptions options) {
    return new ProgressionAnalyzer(
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(options, "options"));
  }

  /** {@return the options the analyser was made with} */
  public ProgressionOptions options() {
    return options;
  }

  /**
   * One participant's progression, per respondent. Measurements may come in any order.
   *
   * @throws ValidationException on an empty list (rule {@code non-empty}), measurements of more
   *     than one participant ({@code single-participant}), or any {@link MeasurementRules} rule
   * @param instrument the instrument rated; not null
   * @param measurements the participant's measurements, any order; not null
   * @return the participant's progression
   */
  public ParticipantProgression analyze(Instrument instrument, List<Measurement> measurements) {
    checkSeries(instrument, measurements);
    Pseudonym participant = measurements.get(0).participant();
    List<Measurement> sorted = new ArrayList<>(measurements);
    sorted.sort(BY_DATE);
    Map<Respondent, List<Measurement>> byRespondent = new EnumMap<>(Respondent.class);
    sorted.forEach(
        m -> byRespondent.computeIfAbsent(m.respondent(), r -> new ArrayList<>()).add(m));

    List<SeriesProgression> series = new ArrayList<>();
    byRespondent.forEach((respondent, list) -> series.add(series(instrument, respondent, list)));
    LocalDate latest = sorted.get(sorted.size() - 1).date();
    return new ParticipantProgression(
        participant,
        series,
        FollowUpStatus.of(latest, options, LocalDate.now(clock)),
        HandledareContinuity.changes(sorted),
        gaps(instrument, byRespondent));
  }

  /**
   * Checks one participant's series without analysing it, e.g. before drawing it.
   *
   * @throws ValidationException as {@link #analyze}
   * @param instrument the instrument rated; not null
   * @param measurements the participant's measurements; not null
   */
  public void checkSeries(Instrument instrument, List<Measurement> measurements) {
    if (measurements.isEmpty()) {
      throw ValidationException.of(
          "/measurements", "non-empty", "at least one measurement is required");
    }
    Violations v = new Violations();
    Pseudonym participant = measurements.get(0).participant();
    for (int i = 1; i < measurements.size(); i++) {
      Pseudonym other = measurements.get(i).participant();
      v.check(
          other.equals(participant),
          Pointer.at("/measurements", i) + "/participant",
          "single-participant",
          "all measurements must be of one participant ("
              + participant
              + "), this one is of "
              + other
              + "; use the cohort report for many participants");
    }
    v.throwIfAny();
    rules.check(instrument, measurements);
  }

  /**
   * A verksamhet's progression for one respondent over many participants.
   *
   * @throws ValidationException on any {@link MeasurementRules} rule
   * @param instrument the instrument rated; not null
   * @param respondent whose ratings to read; not null
   * @param measurements every participant's measurements, any order; others' respondents are left
   *     out; not null
   * @return the cohort report as of today
   */
  public CohortReport cohort(
      Instrument instrument, Respondent respondent, List<Measurement> measurements) {
    rules.check(instrument, measurements);
    Map<Pseudonym, List<Measurement>> byParticipant = new HashMap<>();
    for (Measurement m : measurements) {
      if (m.respondent() == respondent) {
        byParticipant.computeIfAbsent(m.participant(), p -> new ArrayList<>(12)).add(m);
      }
    }
    CohortAccumulator cohort = cohort(instrument, respondent);
    byParticipant.values().forEach(cohort::add);
    return cohort.report();
  }

  /**
   * A cohort report to be built one participant at a time, for a caller that reads a service's
   * measurements in participant order and should not hold them all (stored mode). The caller
   * answers for the measurements' validity ({@link MeasurementRules}), as stored measurements are
   * valid by construction.
   *
   * @param instrument the instrument rated; not null
   * @param respondent whose ratings to read; not null
   * @return an empty cohort as of the analyser's today
   */
  public CohortAccumulator cohort(Instrument instrument, Respondent respondent) {
    return new CohortAccumulator(
        Objects.requireNonNull(instrument, "instrument"),
        respondent,
        options,
        LocalDate.now(clock));
  }

  private SeriesProgression series(
      Instrument instrument, Respondent respondent, List<Measurement> sorted) {
    List<IndicatorProgression> indicators = new ArrayList<>();
    for (Indicator indicator : instrument.indicatorsFor(respondent)) {
      List<LocalDate> dates = new ArrayList<>();
      List<Integer> scores = new ArrayList<>();
      for (Measurement m : sorted) {
        m.answer(indicator.key())
            .value()
            .ifPresent(
                s -> {
                  dates.add(m.date());
                  scores.add(s);
                });
      }
      if (scores.isEmpty()) {
        continue;
      }
      FirstLatest answers = FirstLatest.of(sorted, indicator.key());
      int[] values = scores.stream().mapToInt(Integer::intValue).toArray();
      indicators.add(
          new IndicatorProgression(
              indicator.key(),
              answers.answered(),
              answers.first(),
              dates.get(0),
              answers.latest(),
              dates.get(dates.size() - 1),
              answers.change(),
              answers.change() / (double) indicator.scale().range(),
              Trend.slopePerMonth(dates, values),
              answers.direction(options.directionStep())));
    }
    List<IndexPoint> index = new ArrayList<>();
    for (Measurement m : sorted) {
      overallIndex(instrument, m).ifPresent(index::add);
    }
    return new SeriesProgression(respondent, sorted.size(), indicators, index);
  }

  /**
   * The overall index of one measurement: mean over answered indicators of their 0–100 % share.
   *
   * @return empty if no indicator was answered
   * @param instrument the instrument rated; not null
   * @param m one measurement; not null
   */
  public static java.util.Optional<IndexPoint> overallIndex(Instrument instrument, Measurement m) {
    double sum = 0;
    int n = 0;
    for (Indicator indicator : instrument.indicators()) {
      Answer a = m.answer(indicator.key());
      if (a.isAnswered()) {
        sum += indicator.scale().share(a.scoreOrThrow()) * 100.0;
        n++;
      }
    }
    return n == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(new IndexPoint(m.date(), sum / n, n));
  }

  private static List<RatingGap> gaps(
      Instrument instrument, Map<Respondent, List<Measurement>> byRespondent) {
    List<Measurement> self = byRespondent.getOrDefault(Respondent.PARTICIPANT, List.of());
    List<Measurement> staff = byRespondent.getOrDefault(Respondent.HANDLEDARE, List.of());
    Map<LocalDate, Measurement> staffByDate = new HashMap<>();
    staff.forEach(m -> staffByDate.put(m.date(), m));
    List<RatingGap> gaps = new ArrayList<>();
    for (Measurement s : self) {
      Measurement h = staffByDate.get(s.date());
      if (h == null) {
        continue;
      }
      for (Indicator indicator : instrument.indicators()) {
        Answer a = s.answer(indicator.key());
        Answer b = h.answer(indicator.key());
        if (a.isAnswered() && b.isAnswered()) {
          int gap = a.scoreOrThrow() - b.scoreOrThrow();
          gaps.add(
              new RatingGap(
                  s.date(),
                  indicator.key(),
                  a.scoreOrThrow(),
                  b.scoreOrThrow(),
                  gap,
                  gap * 100.0 / indicator.scale().range()));
        }
      }
    }
    return gaps;
  }
}
