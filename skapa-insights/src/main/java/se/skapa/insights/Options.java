package se.skapa.insights;

/**
 * What the analysis looks at and what it refuses below.
 *
 * @param horizonMonths how far after a measurement an event counts as following it (BIP's rhythm:
 *     three months)
 * @param eventsPerParameter the fewest events (and non-events) per estimated parameter: the common
 *     rule of ten for logistic regression
 * @param smallNumbers the small-numbers threshold: fewer people or events than this are never
 *     analysed, whatever the rule of ten says
 */
public record Options(int horizonMonths, int eventsPerParameter, int smallNumbers) {

  /** Three months, ten events per parameter, the small-numbers threshold of five. */
  public static final Options DEFAULT = new Options(3, 10, 5);

  /**
   * @param horizonMonths 1–24
   * @param eventsPerParameter at least 1
   * @param smallNumbers at least 1
   * @throws IllegalArgumentException outside those ranges
   */
  public Options {
    if (horizonMonths < 1 || horizonMonths > 24 || eventsPerParameter < 1 || smallNumbers < 1) {
      throw new IllegalArgumentException(
          "horizonMonths 1-24, eventsPerParameter and smallNumbers at least 1");
    }
  }
}
