package se.skapa.core.register;

import se.skapa.core.common.LocalizedText;

/** What kind of job: IPS counts competitive employment as its outcome. */
public enum JobKind {
  /** On the open labour market, at the usual wage, not reserved for people with disabilities. */
  COMPETITIVE(LocalizedText.of("Anställning på öppna marknaden", "Competitive employment")),
  /** With a wage subsidy: lönebidrag, lönestöd, nystartsjobb, introduktionsjobb… */
  SUBSIDISED(LocalizedText.of("Subventionerad anställning", "Subsidised employment")),
  /** Reserved work: Samhall, skyddat arbete. */
  SHELTERED(LocalizedText.of("Skyddat arbete", "Sheltered employment"));

  private final LocalizedText label;

  JobKind(LocalizedText label) {
    this.label = label;
  }

  /** {@return the kind's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
