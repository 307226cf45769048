package se.skapa.core.benefit;

import se.skapa.core.common.LocalizedText;

/** The försörjningsmått's groups of benefits. */
public enum HeGroup {
    OHALSA(LocalizedText.of("Ohälsa", "Ill health")),
    ARBETSMARKNADSSTOD(LocalizedText.of("Arbetsmarknadsstöd", "Labour-market support")),
    EKONOMISKT_BISTAND(LocalizedText.of("Ekonomiskt bistånd", "Social assistance"));

    private final LocalizedText label;

    HeGroup(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
