package se.skapa.core.benefit;

import se.skapa.core.common.LocalizedText;

/** Who pays a benefit or cost, and who gains when it stops. */
public enum Payer {
  /** The kommun: försörjningsstöd, housing support, and its part of the income tax. */
  KOMMUN(LocalizedText.of("Kommunen", "Municipality (kommun)")),
  /** The region: its part of the income tax. */
  REGION(LocalizedText.of("Regionen", "Region")),
  /**
   * Försäkringskassan: sjukpenning, sjuk- and aktivitetsersättning, etableringsersättning,
   * bostadsbidrag.
   */
  FORSAKRINGSKASSAN(LocalizedText.of("Försäkringskassan", "Swedish Social Insurance Agency (FK)")),
  /** Arbetsförmedlingen: aktivitetsstöd and wage subsidies. */
  ARBETSFORMEDLINGEN(
      LocalizedText.of("Arbetsförmedlingen", "Swedish Public Employment Service (AF)")),
  /** CSN: study support. */
  CSN(LocalizedText.of("CSN", "Swedish Board of Student Finance (CSN)")),
  /**
   * Unemployment benefit is paid by the a-kassor and financed mostly by the state: its saving is
   * the state's.
   */
  ARBETSLOSHETSKASSAN(LocalizedText.of("A-kassan (staten)", "Unemployment insurance (the state)"));

  private final LocalizedText label;

  Payer(LocalizedText label) {
    this.label = label;
  }

  /** {@return the payer's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
