package se.skapa.core.progression;

import se.skapa.core.common.LocalizedText;

/**
 * BIP's four groups of interventions (insatser). BIP found that job-focused interventions
 * create progression and that the others do so only in parallel with a job-focused one.
 */
public enum BipGroup {
    JOB_FOCUSED(LocalizedText.of("Jobbinriktade insatser", "Job-focused interventions")),
    COMPETENCE(LocalizedText.of("Kompetenshöjande insatser", "Competence-raising interventions")),
    SOCIAL(LocalizedText.of("Sociala insatser", "Social interventions")),
    HEALTH(LocalizedText.of("Hälsoinriktade insatser", "Health-related interventions"));

    private final LocalizedText label;

    BipGroup(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
