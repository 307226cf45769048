package se.skapa.core.benefit;

import se.skapa.core.common.LocalizedText;

/** The försörjningsmått's groups of benefits. */
public enum HeGroup {
  /** Ill health: sjukpenning, sjukersättning and aktivitetsersättning. */
  OHALSA(LocalizedText.of("Ohälsa", "Ill health")),
  /** Labour-market support: a-kassa, aktivitetsstöd and etableringsersättning. */
  ARBETSMARKNADSSTOD(LocalizedText.of("Arbetsmarknadsstöd", "Labour-market support")),
  /** Ekonomiskt bistånd (försörjningsstöd). */
  EKONOMISKT_BISTAND(LocalizedText.of("Ekonomiskt bistånd", "Social assistance"));

  private final LocalizedText label;

  HeGroup(LocalizedText label) {
    this.label = label;
  }

  /** {@return the group's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
