package se.skapa.insights;

/**
 * An odds ratio per scale step with its 95 % confidence interval.
 *
 * @param oddsRatio the estimate
 * @param low the interval's lower end
 * @param high the interval's upper end
 */
public record Estimate(double oddsRatio, double low, double high) {

  /**
   * @param oddsRatio above 0
   * @param low above 0, at most the estimate
   * @param high at least the estimate
   * @throws IllegalArgumentException if the three are not ordered positive numbers
   */
  public Estimate {
    if (!(low > 0 && low <= oddsRatio && oddsRatio <= high && Double.isFinite(high))) {
      throw new IllegalArgumentException(
          "an estimate lies in its interval: " + low + " ≤ " + oddsRatio + " ≤ " + high);
    }
  }

  /** {@return true if the interval leaves out 1, "no difference"} */
  public boolean excludesNoDifference() {
    return low > 1 || high < 1;
  }
}
