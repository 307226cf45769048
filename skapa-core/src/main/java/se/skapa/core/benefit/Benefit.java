package se.skapa.core.socioeconomic;

import se.skapa.core.common.LocalizedText;

/** A public benefit a person lives on before, with its payer and whether it is taxed. */
public enum BenefitType {
    FORSORJNINGSSTOD(Payer.KOMMUN, false, LocalizedText.of("Försörjningsstöd", "Social assistance")),
    SJUKPENNING(Payer.FORSAKRINGSKASSAN, true, LocalizedText.of("Sjukpenning", "Sickness benefit")),
    AKTIVITETSERSATTNING(Payer.FORSAKRINGSKASSAN, true, LocalizedText.of("Aktivitetsersättning", "Activity compensation")),
    SJUKERSATTNING(Payer.FORSAKRINGSKASSAN, true, LocalizedText.of("Sjukersättning", "Sickness compensation")),
    AKTIVITETSSTOD(Payer.ARBETSFORMEDLINGEN, true, LocalizedText.of("Aktivitetsstöd", "Activity support")),
    /** A-kassa: taxed income, paid by the unemployment insurance funds. */
    ARBETSLOSHETSERSATTNING(Payer.ARBETSLOSHETSKASSAN, true, LocalizedText.of("Arbetslöshetsersättning (a-kassa)", "Unemployment benefit")),
    /** Decided by Arbetsförmedlingen, paid by Försäkringskassan; not taxed. */
    ETABLERINGSERSATTNING(Payer.FORSAKRINGSKASSAN, false, LocalizedText.of("Etableringsersättning", "Introduction benefit")),
    /**
     * Housing allowance from Försäkringskassan; not taxed. It depends on income and household, so with work it often
     * falls rather than stops: give the part that stops as the monthly amount.
     */
    BOSTADSBIDRAG(Payer.FORSAKRINGSKASSAN, false, LocalizedText.of("Bostadsbidrag", "Housing allowance"));

    private final Payer payer;
    private final boolean taxed;
    private final LocalizedText label;

    BenefitType(Payer payer, boolean taxed, LocalizedText label) {
        this.payer = payer;
        this.taxed = taxed;
        this.label = label;
    }

    public Payer payer() {
        return payer;
    }

    public boolean taxed() {
        return taxed;
    }

    public LocalizedText label() {
        return label;
    }
}
