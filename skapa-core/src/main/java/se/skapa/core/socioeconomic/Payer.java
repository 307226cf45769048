package se.skapa.core.socioeconomic;

import se.skapa.core.common.LocalizedText;

/** Who pays a benefit or cost, and who gains when it stops. */
public enum Payer {
    KOMMUN(LocalizedText.of("Kommunen", "Municipality (kommun)")),
    REGION(LocalizedText.of("Regionen", "Region")),
    FORSAKRINGSKASSAN(LocalizedText.of("Försäkringskassan", "Swedish Social Insurance Agency (FK)")),
    ARBETSFORMEDLINGEN(LocalizedText.of("Arbetsförmedlingen", "Swedish Public Employment Service (AF)")),
    CSN(LocalizedText.of("CSN", "Swedish Board of Student Finance (CSN)"));

    private final LocalizedText label;

    Payer(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
