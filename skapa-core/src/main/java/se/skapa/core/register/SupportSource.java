package se.skapa.core.register;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.LocalizedText;

/**
 * What a participant lives on (försörjning): the benefits of SCB's försörjningsmått, and the ways
 * out of them. Finsam's follow-up asks for these at admission, at closing and after.
 */
public enum SupportSource {
  /** Försörjningsstöd (ekonomiskt bistånd). */
  FORSORJNINGSSTOD(
      Benefit.FORSORJNINGSSTOD,
      LocalizedText.of("Försörjningsstöd", "Financial assistance (försörjningsstöd)")),
  /** Sjukpenning, rehabiliteringspenning included. */
  SJUKPENNING(
      Benefit.SJUKPENNING, LocalizedText.of("Sjukpenning", "Sickness benefit (sjukpenning)")),
  /** Aktivitetsersättning. */
  AKTIVITETSERSATTNING(
      Benefit.AKTIVITETSERSATTNING,
      LocalizedText.of("Aktivitetsersättning", "Activity compensation (aktivitetsersättning)")),
  /** Sjukersättning. */
  SJUKERSATTNING(
      Benefit.SJUKERSATTNING,
      LocalizedText.of("Sjukersättning", "Sickness compensation (sjukersättning)")),
  /** Aktivitetsstöd or utvecklingsersättning. */
  AKTIVITETSSTOD(
      Benefit.AKTIVITETSSTOD,
      LocalizedText.of("Aktivitetsstöd", "Activity support (aktivitetsstöd)")),
  /** Arbetslöshetsersättning (a-kassa). */
  ARBETSLOSHETSERSATTNING(
      Benefit.ARBETSLOSHETSERSATTNING,
      LocalizedText.of("Arbetslöshetsersättning (a-kassa)", "Unemployment benefit (a-kassa)")),
  /** Etableringsersättning. */
  ETABLERINGSERSATTNING(
      Benefit.ETABLERINGSERSATTNING,
      LocalizedText.of("Etableringsersättning", "Establishment allowance (etableringsersättning)")),
  /** A wage from work, subsidised or not. */
  EMPLOYMENT(null, LocalizedText.of("Lön från arbete", "A wage from work")),
  /** Studiemedel or another study support. */
  STUDIES(null, LocalizedText.of("Studiemedel eller annat studiestöd", "Study support")),
  /** No support of their own (supported by family, for instance). */
  NONE(null, LocalizedText.of("Ingen egen försörjning", "No support of their own")),
  /** Anything else. */
  OTHER(null, LocalizedText.of("Annat", "Other"));

  private final Optional<Benefit> benefit;
  private final LocalizedText label;

  SupportSource(@Nullable Benefit benefit, LocalizedText label) {
    this.benefit = Optional.ofNullable(benefit);
    this.label = label;
  }

  /** {@return the source's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * @return the public benefit this is, counted in full-year equivalents; empty for work, studies,
   *     none and other
   */
  public Optional<Benefit> benefit() {
    return benefit;
  }
}
