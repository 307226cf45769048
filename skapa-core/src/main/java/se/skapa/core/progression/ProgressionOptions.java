package se.skapa.core.progression;

import java.time.Period;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Parameters of progression analysis.
 *
 * @param directionStep scale steps a change must reach to count as IMPROVED or DECLINED (default 1)
 * @param followUpInterval time from one measurement to the next due one (default 3 months)
 */
public record ProgressionOptions(double directionStep, Period followUpInterval) {

  /** SKAPA's defaults: a step of 1 and a follow-up every three months. */
  public static final ProgressionOptions DEFAULT = new ProgressionOptions(1.0, Period.ofMonths(3));

  /**
   * @throws ValidationException if the step is not positive or the interval is not 1 day to 2 years
   * @param directionStep the step; positive
   * @param followUpInterval the interval; one day to two years
   */
  public ProgressionOptions {
    Violations v = new Violations();
    v.check(
        directionStep > 0 && Double.isFinite(directionStep),
        "/directionStep",
        "range",
        "directionStep must be a positive number, got " + directionStep);
    v.check(
        followUpInterval != null
            && !followUpInterval.isNegative()
            && !followUpInterval.isZero()
            && followUpInterval.toTotalMonths() <= 24,
        "/followUpInterval",
        "range",
        "followUpInterval must be between one day and two years, got " + followUpInterval);
    v.throwIfAny();
  }
}
