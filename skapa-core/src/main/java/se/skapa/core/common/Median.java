package se.skapa.core.common;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The median: the middle value, or the mean of the two middle ones; empty for no values. One place
 * for both reports.
 */
public final class Median {

  private Median() {}

  /**
   * The median of the first {@code n} values, in any order; the array is not changed.
   *
   * @param values the values; not null, at least {@code n} long
   * @param n how many of them count, from the start
   * @return the median; empty when {@code n} is 0
   */
  public static OptionalDouble of(long[] values, int n) {
    if (n == 0) {
      return OptionalDouble.empty();
    }
    long[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return OptionalDouble.of(
        n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
  }

  /**
   * The median of values in any order.
   *
   * @param values the values; not null, not changed
   * @return the median; empty for no values
   */
  public static OptionalDouble of(long[] values) {
    return of(values, values.length);
  }
}
