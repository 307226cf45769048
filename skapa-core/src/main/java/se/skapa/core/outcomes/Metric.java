package se.skapa.core.outcomes;

import java.util.OptionalDouble;
import se.skapa.core.common.LocalizedText;

/** What a target measures, and how to read it off a report. */
public enum Metric {
  /** Employment over the report's outcome denominator. */
  SHARE_EMPLOYMENT(LocalizedText.of("Andel till anställning", "Share to employment")),
  /** Studies over the report's outcome denominator. */
  SHARE_STUDIES(LocalizedText.of("Andel till studier", "Share to studies")),
  /** Meaningful occupation over the report's outcome denominator. */
  SHARE_OCCUPATION(
      LocalizedText.of("Andel till meningsfull sysselsättning", "Share to meaningful occupation")),
  /** Employment or studies over the report's outcome denominator. */
  SHARE_WORK_OR_STUDIES(
      LocalizedText.of("Andel till arbete eller studier", "Share to work or studies")),
  /** Employment, studies or another lasting solution over the report's outcome denominator. */
  SHARE_LASTING(
      LocalizedText.of(
          "Andel till arbete, studier eller annan varaktig lösning",
          "Share to work, studies or another lasting solution")),
  /** Those admitted in the period who were contacted within the report's contact days. */
  SHARE_CONTACTED(
      LocalizedText.of(
          "Andel kontaktade inom angivet antal dagar", "Share contacted within the stated days")),
  /** Participants of the period with an individual action plan. */
  SHARE_ACTION_PLAN(
      LocalizedText.of(
          "Andel med individuell handlingsplan", "Share with an individual action plan")),
  /** Participants active at the end per full-time staff member: a count, not a share. */
  PARTICIPANTS_PER_STAFF(
      LocalizedText.of("Deltagare per heltidstjänst", "Participants per full-time staff member"));

  private final LocalizedText label;

  Metric(LocalizedText label) {
    this.label = label;
  }

  /** {@return the metric's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * A value of this metric as people read it: a share in percent with {@code shareDecimals} ({@code
   * 40 %}, {@code 28,2 %}), a count with one decimal ({@code 15,0}).
   *
   * @param value the value: a share 0–1 or a count
   * @param shareDecimals decimals of a share's percent, 0 or more
   * @param language the reader's language; not null
   * @return the value with its unit
   */
  public String show(double value, int shareDecimals, se.skapa.core.common.Language language) {
    return isShare()
        ? se.skapa.core.common.Numbers.percent(value, shareDecimals, language)
        : se.skapa.core.common.Numbers.decimal(value, 1, language);
  }

  /**
   * True for shares (0–1), false for counts per staff member.
   *
   * @return true for a share
   */
  public boolean isShare() {
    return this != PARTICIPANTS_PER_STAFF;
  }

  OptionalDouble read(OutcomeReport r) {
    return switch (this) {
      case SHARE_EMPLOYMENT -> of(r.outcome(OutcomeType.EMPLOYMENT).share());
      case SHARE_STUDIES -> of(r.outcome(OutcomeType.STUDIES).share());
      case SHARE_OCCUPATION -> of(r.outcome(OutcomeType.OCCUPATION).share());
      case SHARE_WORK_OR_STUDIES -> of(r.workOrStudies());
      case SHARE_LASTING -> of(r.lasting());
      case SHARE_CONTACTED -> of(r.contactedWithinDays());
      case SHARE_ACTION_PLAN -> of(r.actionPlan());
      case PARTICIPANTS_PER_STAFF -> r.participantsPerStaff();
    };
  }

  /**
   * 0 of 0 has no share: a target on it is not met, and says it has no value, rather than reading 0
   * %.
   */
  private static OptionalDouble of(Share s) {
    return s.hasValue() ? OptionalDouble.of(s.value()) : OptionalDouble.empty();
  }
}
