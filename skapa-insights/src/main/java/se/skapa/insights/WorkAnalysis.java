package se.skapa.insights;

import java.util.List;
import java.util.Objects;

/**
 * What precedes work in one organisation's data: one result per indicator of the instrument.
 *
 * @param options the horizon and the minimums applied
 * @param people the people whose series were read
 * @param indicators one result per indicator, in the instrument's order
 */
public record WorkAnalysis(Options options, int people, List<IndicatorResult> indicators) {

  /**
   * Copies the results.
   *
   * @param options the options; not null
   * @param people the people read
   * @param indicators the results; not null
   */
  public WorkAnalysis {
    Objects.requireNonNull(options, "options");
    indicators = List.copyOf(indicators);
  }
}
