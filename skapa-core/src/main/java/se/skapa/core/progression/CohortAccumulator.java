package se.skapa.core.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A cohort report built one participant at a time, so that a caller reading a service's
 * measurements in participant order holds one person's series in memory, never the service's. The
 * report equals {@link ProgressionAnalyzer#cohort} over the same measurements. Not thread-safe: one
 * caller adds, then asks for the report.
 */
public final class CohortAccumulator {

  private static final Comparator<Measurement> BY_DATE = Comparator.comparing(Measurement::date);

  private final Respondent respondent;
  private final ProgressionOptions options;
  private final LocalDate today;
  private final List<Indicator> indicators;
  private final int[] counted;
  private final long[] changeSum;
  private final long[] firstSum;
  private final int[][] directions;
  private int[] gaps = new int[64];
  private int gapCount;
  private int participants;
  private int twoOrMore;
  private int overdue;

  CohortAccumulator(
      Instrument instrument, Respondent respondent, ProgressionOptions options, LocalDate today) {
    this.respondent = Objects.requireNonNull(respondent, "respondent");
    this.options = options;
    this.today = today;
    this.indicators = instrument.indicatorsFor(respondent);
    int k = indicators.size();
    this.counted = new int[k];
    this.changeSum = new long[k];
    this.firstSum = new long[k];
    this.directions = new int[k][Direction.values().length];
  }

  /**
   * Adds one participant's measurements. The caller gives each participant once, with every
   * measurement of the cohort's respondent; measurements of other respondents are left out.
   *
   * @param series one participant's measurements, any order; not null
   */
  public void add(List<Measurement> series) {
    List<Measurement> list = new ArrayList<>(series.size());
    for (Measurement m : series) {
      if (m.respondent() == respondent) {
        list.add(m);
      }
    }
    if (list.isEmpty()) {
      return;
    }
    list.sort(BY_DATE);
    participants++;
    if (list.size() >= 2) {
      twoOrMore++;
    }
    for (int i = 1; i < list.size(); i++) {
      if (gapCount == gaps.length) {
        gaps = Arrays.copyOf(gaps, gaps.length * 2);
      }
      gaps[gapCount++] = (int) ChronoUnit.DAYS.between(list.get(i - 1).date(), list.get(i).date());
    }
    if (FollowUpStatus.of(list.get(list.size() - 1).date(), options, today).overdue()) {
      overdue++;
    }
    for (int j = 0; j < indicators.size(); j++) {
      FirstLatest answers = FirstLatest.of(list, indicators.get(j).key());
      Optional<Direction> direction = answers.direction(options.directionStep());
      if (direction.isPresent()) {
        counted[j]++;
        changeSum[j] += answers.change();
        firstSum[j] += answers.first();
        directions[j][direction.get().ordinal()]++;
      }
    }
  }

  /** {@return the cohort report over every participant added, as of the analyser's today} */
  public CohortReport report() {
    List<CohortIndicator> out = new ArrayList<>(indicators.size());
    for (int j = 0; j < indicators.size(); j++) {
      int n = counted[j];
      out.add(
          new CohortIndicator(
              indicators.get(j).key(),
              n,
              share(firstSum[j], n),
              share(firstSum[j] + changeSum[j], n),
              share(changeSum[j], n),
              share(directions[j][Direction.IMPROVED.ordinal()], n),
              share(directions[j][Direction.UNCHANGED.ordinal()], n),
              share(directions[j][Direction.DECLINED.ordinal()], n)));
    }
    long[] widened = new long[gapCount];
    for (int i = 0; i < gapCount; i++) {
      widened[i] = gaps[i];
    }
    OptionalDouble median = se.skapa.core.common.Median.of(widened, gapCount);
    return new CohortReport(
        respondent, participants, twoOrMore, out, median, share(overdue, participants), today);
  }

  private static double share(long count, int denominator) {
    return denominator == 0 ? 0.0 : count / (double) denominator;
  }
}
