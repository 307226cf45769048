package se.skapa.insights;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * Why an indicator was not analysed, said so that a reader knows what would change the answer.
 *
 * @param reason the reason, for programs
 * @param text the reason in Swedish and English, with the numbers behind it
 */
public record Refusal(Reason reason, LocalizedText text) {

  /** Why the data cannot carry an estimate. */
  public enum Reason {
    /** Fewer events or non-events than the minimum for the parameters estimated. */
    TOO_FEW_EVENTS(LocalizedText.of("för få händelser", "too few events")),
    /** Fewer people with two measurements or more than the small-numbers threshold. */
    TOO_FEW_PEOPLE(LocalizedText.of("för få deltagare", "too few participants")),
    /** The indicator's level or change does not vary. */
    NO_VARIATION(LocalizedText.of("varierar inte", "does not vary")),
    /** The model has no finite estimate (an indicator that separates events perfectly). */
    NOT_ESTIMABLE(LocalizedText.of("ingen ändlig skattning", "no finite estimate"));

    private final LocalizedText label;

    Reason(LocalizedText label) {
      this.label = label;
    }

    /**
     * {@return the reason in a few words, without numbers: for a chart or a reader held to small
     * numbers}
     */
    public LocalizedText label() {
      return label;
    }
  }

  /**
   * @param reason the reason; not null
   * @param text the words; not null
   * @throws NullPointerException if a component is null
   */
  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
