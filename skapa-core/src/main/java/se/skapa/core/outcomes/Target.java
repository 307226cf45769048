package se.skapa.core.outcomes;

import java.util.Objects;
import java.util.OptionalDouble;
import se.skapa.core.common.ValidationException;

/**
 * A target such as "at least 30 % to work or studies" or "at most 15 participants per staff
 * member".
 *
 * @param atLeast true for "at least", false for "at most"
 * @param value a share 0–1 for share metrics, a number otherwise
 */
public record Target(Metric metric, boolean atLeast, double value) {

  /**
   * @throws ValidationException if a share target is outside 0–1 or a value is negative or not
   *     finite
   * @param metric what the target measures; not null
   * @param atLeast true for "at least"
   * @param value the target value
   */
  public Target {
    Objects.requireNonNull(metric, "metric");
    if (!Double.isFinite(value) || value < 0 || (metric.isShare() && value > 1)) {
      throw ValidationException.of(
          "/value",
          "range",
          metric
              + " target must be "
              + (metric.isShare() ? "a share 0-1" : "zero or more")
              + ", got "
              + value);
    }
  }

  /**
   * A target's verdict on a report.
   *
   * @param target the target
   * @param actual the report's value; empty when it cannot be computed (0 of 0, no staff)
   * @param met true if the target is met
   * @param gap actual − target; 0 without an actual value
   */
  public record Evaluation(Target target, OptionalDouble actual, boolean met, double gap) {}

  /**
   * Met if the actual value is on the right side of the target (equal counts as met). The gap is
   * actual − target: positive is above the target, negative below. A metric that cannot be computed
   * (no staff) is not met, with gap 0.
   *
   * @param report the report; not null
   * @return the verdict
   */
  public Evaluation evaluate(OutcomeReport report) {
    OptionalDouble actual = metric.read(report);
    if (actual.isEmpty()) {
      return new Evaluation(this, actual, false, 0);
    }
    double a = actual.getAsDouble();
    // Compare with a tolerance so that 11/39 against 0.28205128 is not a floating-point accident.
    boolean met = atLeast ? a >= value - 1e-9 : a <= value + 1e-9;
    return new Evaluation(this, actual, met, a - value);
  }
}
