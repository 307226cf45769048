package se.skapa.core.progression;

import se.skapa.core.common.LocalizedText;

/**
 * BIP's four groups of interventions (insatser). BIP found that job-focused interventions create
 * progression and that the others do so only in parallel with a job-focused one.
 */
public enum BipGroup {
  /** Job-focused: towards a job or the labour market directly. */
  JOB_FOCUSED(LocalizedText.of("Jobbinriktade insatser", "Job-focused interventions")),
  /** Competence-raising: education and skills. */
  COMPETENCE(LocalizedText.of("Kompetenshöjande insatser", "Competence-raising interventions")),
  /** Social: everyday life, housing, relations. */
  SOCIAL(LocalizedText.of("Sociala insatser", "Social interventions")),
  /** Health-related: treatment and rehabilitation. */
  HEALTH(LocalizedText.of("Hälsoinriktade insatser", "Health-related interventions"));

  private final LocalizedText label;

  BipGroup(LocalizedText label) {
    this.label = label;
  }

  /** {@return the group's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
