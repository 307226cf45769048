package se.skapa.core.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

/** Least-squares trend of scores over time. */
public final class Trend {

  /** Mean Gregorian month in days (365.2425 ÷ 12): the unit of "per month". */
  public static final double DAYS_PER_MONTH = 30.436875;

  private Trend() {}

  /**
   * Slope of the least-squares line through (months since the first date, score).
   *
   * @param dates dates, same length as {@code scores}; any order
   * @return empty if there are fewer than two distinct dates
   * @throws IllegalArgumentException if the lengths differ
   * @param scores the scores, one per date
   */
  public static OptionalDouble slopePerMonth(List<LocalDate> dates, int[] scores) {
    if (dates.size() != scores.length) {
      throw new IllegalArgumentException("dates and scores differ in length");
    }
    int n = scores.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    LocalDate origin = dates.get(0);
    double sumX = 0;
    double sumY = 0;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ChronoUnit.DAYS.between(origin, dates.get(i)) / DAYS_PER_MONTH;
      sumX += x[i];
      sumY += scores[i];
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      sxx += dx * dx;
      sxy += dx * (scores[i] - meanY);
    }
    // sxx is 0 exactly when all dates are equal: no time has passed, so no trend.
    return sxx == 0 ? OptionalDouble.empty() : OptionalDouble.of(sxy / sxx);
  }
}
