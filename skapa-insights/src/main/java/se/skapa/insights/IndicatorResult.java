package se.skapa.insights;

import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Numbers;
import se.skapa.core.outcomes.SmallNumbers;

/**
 * One indicator's association with what follows: its level and its change since the measurement
 * before, each as an odds ratio per scale step, with the people, person-periods and events behind
 * them; or the reason the data cannot carry it.
 *
 * @param indicator the indicator's key
 * @param label the indicator's name
 * @param people people with at least one person-period
 * @param personPeriods the measurements (after a first one) followed for the horizon
 * @param events person-periods in which work or studies followed
 * @param level the odds ratio per step of the indicator's level, adjusted for its change
 * @param change the odds ratio per step of change since the measurement before, adjusted for its
 *     level
 * @param refusal why there is no estimate; empty when there is one
 */
public record IndicatorResult(
    String indicator,
    LocalizedText label,
    int people,
    int personPeriods,
    int events,
    Optional<Estimate> level,
    Optional<Estimate> change,
    Optional<Refusal> refusal) {

  /**
   * @param indicator the key; not null
   * @param label the name; not null
   * @param people the people
   * @param personPeriods the person-periods
   * @param events the events
   * @param level the level's estimate; not null
   * @param change the change's estimate; not null
   * @param refusal the refusal; not null
   * @throws IllegalArgumentException if an estimate and a refusal are both given or both missing
   */
  public IndicatorResult {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(label, "label");
    if (refusal.isPresent() == (level.isPresent() && change.isPresent())) {
      throw new IllegalArgumentException("either estimates or a refusal");
    }
  }

  /**
   * True when a reader held to small numbers (an analyst) may not see this result's counts: the
   * people, the events or the periods without one are fewer than the threshold. The refusal is then
   * given in words without its numbers.
   *
   * @param threshold the small-numbers threshold
   * @return true if the counts are withheld
   */
  public boolean smallFor(int threshold) {
    return SmallNumbers.small(people, threshold)
        || SmallNumbers.small(events, threshold)
        || SmallNumbers.small(personPeriods - events, threshold);
  }

  /**
   * The change's estimate in one plain sentence, worded as an association in this organisation's
   * data, never as a cause or a prognosis; or the refusal.
   *
   * @param months the horizon in months
   * @param lang the reader's language; not null
   * @return the sentence
   */
  public String sentence(int months, Language lang) {
    if (refusal.isPresent()) {
      return refusal.get().text().in(lang);
    }
    Estimate e = change.orElseThrow();
    String name = label.in(lang);
    boolean sv = lang == Language.SV;
    String interval =
        (sv ? "95 % KI " : "95% CI ")
            + Numbers.decimal(e.low(), 1, lang)
            + "–"
            + Numbers.decimal(e.high(), 1, lang);
    return sv
        ? "Bland deltagare vars «"
            + name
            + "» ökat ett steg sedan förra mätningen var oddsen att börja arbeta eller studera inom "
            + months
            + " månader "
            + Numbers.decimal(e.oddsRatio(), 1, lang)
            + " gånger så höga ("
            + interval
            + "). Ett samband i organisationens egna data, inte en orsak och inte en prognos för"
            + " någon enskild."
        : "Among participants whose «"
            + name
            + "» had risen one step since the measurement before, the odds of starting work or"
            + " studies within "
            + months
            + " months were "
            + Numbers.decimal(e.oddsRatio(), 1, lang)
            + " times as high ("
            + interval
            + "). An association in the organisation's own data, not a cause and not a prognosis"
            + " for anyone.";
  }
}
