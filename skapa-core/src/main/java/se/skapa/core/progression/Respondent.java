package se.skapa.core.progression;

import se.skapa.core.common.LocalizedText;

/** Who gave a rating: the participant (self-rating) or the handledare. */
public enum Respondent {
    PARTICIPANT(LocalizedText.of("Självskattning", "Self-rating")),
    HANDLEDARE(LocalizedText.of("Handledarens skattning", "Handledare rating"));

    private final LocalizedText label;

    Respondent(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
