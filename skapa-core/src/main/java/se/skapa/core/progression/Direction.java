package se.skapa.core.progression;

import se.skapa.core.common.LocalizedText;

/** Which way an indicator moved between the first and the latest answered score. */
public enum Direction {
    IMPROVED(LocalizedText.of("Förbättrad", "Improved")),
    UNCHANGED(LocalizedText.of("Oförändrad", "Unchanged")),
    DECLINED(LocalizedText.of("Försämrad", "Declined"));

    private final LocalizedText label;

    Direction(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /**
     * IMPROVED if {@code change >= step}, DECLINED if {@code change <= -step}, else UNCHANGED.
     *
     * @param step scale steps that count as a real move; positive
     */
    public static Direction of(double change, double step) {
        if (change >= step) {
            return IMPROVED;
        }
        return change <= -step ? DECLINED : UNCHANGED;
    }
}
