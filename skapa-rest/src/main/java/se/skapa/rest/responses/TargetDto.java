package se.skapa.rest.responses;

import jakarta.validation.constraints.NotNull;
import se.skapa.core.outcomes.Metric;

/**
 * A target as sent, by the stateless targets route and by stored mode's targets alike.
 *
 * @param comparison AT_LEAST or AT_MOST
 */
public record TargetDto(
    @NotNull Metric metric, @NotNull Comparison comparison, @NotNull Double value) {

  /** Direction of a target. */
  public enum Comparison {
    AT_LEAST,
    AT_MOST
  }
}
