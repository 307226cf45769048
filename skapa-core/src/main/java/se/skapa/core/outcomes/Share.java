package se.skapa.core.outcomes;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * A count over a named denominator.
 *
 * @param value count ÷ denominator; 0 when the denominator is 0, where {@link #hasValue()} says
 *     there is no share
 * @param percent the share in whole percent, rounded half-up, as reports print it
 * @param denominatorName what the denominator counts, in sv/en
 */
public record Share(
    int count, int denominator, LocalizedText denominatorName, double value, long percent) {

  /**
   * @throws IllegalArgumentException if the count is negative or above the denominator, or
   *     value/percent disagree
   * @param count how many
   * @param denominator of how many
   * @param denominatorName what the denominator counts
   * @param value count ÷ denominator, 0 for 0 of 0
   * @param percent whole percent of the value
   */
  public Share {
    Objects.requireNonNull(denominatorName, "denominatorName");
    if (count < 0 || count > denominator) {
      throw new IllegalArgumentException("count " + count + " is outside 0-" + denominator);
    }
    if (value != share(count, denominator)
        || percent != Math.round(100 * share(count, denominator))) {
      throw new IllegalArgumentException(
          "value and percent must follow from count and denominator; use Share.of");
    }
  }

  /**
   * @param count how many, 0 to the denominator
   * @param denominator of how many, 0 or more
   * @param denominatorName what the denominator counts; not null
   * @return the share, value and percent computed
   * @throws IllegalArgumentException if the count is negative or above the denominator
   */
  public static Share of(int count, int denominator, LocalizedText denominatorName) {
    double v = share(count, denominator);
    return new Share(count, denominator, denominatorName, v, Math.round(100 * v));
  }

  /**
   * False for 0 of 0: nobody in the denominator, so no share at all (not 0 %).
   *
   * @return true if the denominator is above 0
   */
  public boolean hasValue() {
    return denominator > 0;
  }

  /**
   * The share in percent with one decimal, rounded half up, as published employment rates are
   * printed (141 of 412 = 34.2); empty for 0 of 0.
   *
   * @return the percent with one decimal
   */
  public java.util.Optional<java.math.BigDecimal> percentOneDecimal() {
    return hasValue()
        ? java.util.Optional.of(
            java.math.BigDecimal.valueOf(count * 100L)
                .divide(
                    java.math.BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP))
        : java.util.Optional.empty();
  }

  /** Why there is no share, when there is none: said in every report that shows it. */
  public static final LocalizedText NO_SHARE =
      LocalizedText.of(
          "0 av 0 har ingen andel: ingen ingår i nämnaren",
          "0 of 0 has no share: nobody is in the denominator");

  private static double share(int count, int denominator) {
    return denominator == 0 ? 0.0 : count / (double) denominator;
  }
}
