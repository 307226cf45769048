package se.skapa.core.finsam;

import java.math.BigDecimal;
import se.skapa.core.common.LocalizedText;

/**
 * A benefit counted in full-year equivalents, its försörjningsmått group and the divisor that
 * turns whole-day equivalents into years. 365 is the stated divisor for sjukpenning and
 * sjuk-/aktivitetsersättning; the same is used for the others until a source gives another,
 * and a caller can pass its own.
 */
public enum HeBenefit {
    SJUKPENNING(HeGroup.OHALSA, LocalizedText.of("Sjukpenning inkl. rehabiliteringspenning", "Sickness benefit incl. rehabilitation benefit")),
    SJUKERSATTNING(HeGroup.OHALSA, LocalizedText.of("Sjukersättning", "Sickness compensation")),
    AKTIVITETSERSATTNING(HeGroup.OHALSA, LocalizedText.of("Aktivitetsersättning", "Activity compensation")),
    ARBETSLOSHETSERSATTNING(HeGroup.ARBETSMARKNADSSTOD, LocalizedText.of("Arbetslöshetsersättning (a-kassa)", "Unemployment benefit")),
    AKTIVITETSSTOD(HeGroup.ARBETSMARKNADSSTOD, LocalizedText.of("Aktivitetsstöd", "Activity support")),
    ETABLERINGSERSATTNING(HeGroup.ARBETSMARKNADSSTOD, LocalizedText.of("Etableringsersättning", "Introduction benefit")),
    EKONOMISKT_BISTAND(HeGroup.EKONOMISKT_BISTAND, LocalizedText.of("Ekonomiskt bistånd", "Social assistance"));

    private static final BigDecimal DAYS = BigDecimal.valueOf(365);

    private final HeGroup group;
    private final LocalizedText label;

    HeBenefit(HeGroup group, LocalizedText label) {
        this.group = group;
        this.label = label;
    }

    public HeGroup group() {
        return group;
    }

    public LocalizedText label() {
        return label;
    }

    /** Whole-day equivalents per full year: 365. */
    public BigDecimal defaultDivisor() {
        return DAYS;
    }
}
