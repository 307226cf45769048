package se.skapa.core.outcomes;

import se.skapa.core.common.LocalizedText;

/** How a participant leaves a service (avslut). */
public enum OutcomeType {
    EMPLOYMENT(LocalizedText.of("Anställning", "Employment")),
    STUDIES(LocalizedText.of("Studier", "Studies")),
    OCCUPATION(LocalizedText.of("Meningsfull sysselsättning", "Meaningful occupation")),
    OTHER_LASTING(LocalizedText.of("Annan varaktig lösning", "Other lasting solution")),
    NONE(LocalizedText.of("Inget utfall", "No outcome"));

    private final LocalizedText label;

    OutcomeType(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
