package se.skapa.core.benefit;

import se.skapa.core.common.LocalizedText;

/** Who pays a benefit or cost, and who gains when it stops. */
public enum Payer {
    KOMMUN(LocalizedText.of("Kommunen", "Municipality (kommun)")),
    REGION(LocalizedText.of("Regionen", "Region")),
    FORSAKRINGSKASSAN(LocalizedText.of("Försäkringskassan", "Swedish Social Insurance Agency (FK)")),
    ARBETSFORMEDLINGEN(LocalizedText.of("Arbetsförmedlingen", "Swedish Public Employment Service (AF)")),
    CSN(LocalizedText.of("CSN", "Swedish Board of Student Finance (CSN)")),
    /** Unemployment benefit is paid by the a-kassor and financed mostly by the state: its saving is the state's. */
    ARBETSLOSHETSKASSAN(LocalizedText.of("A-kassan (staten)", "Unemployment insurance (the state)"));

    private final LocalizedText label;

    Payer(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
