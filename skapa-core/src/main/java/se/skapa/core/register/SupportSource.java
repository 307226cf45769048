package se.skapa.core.register;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.benefit.Benefit;

/**
 * What a participant lives on (försörjning): the benefits of SCB's försörjningsmått, and the ways
 * out of them. Finsam's follow-up asks for these at admission, at closing and after.
 */
public enum SupportSource {
  /** Försörjningsstöd (ekonomiskt bistånd). */
  FORSORJNINGSSTOD(Benefit.FORSORJNINGSSTOD),
  /** Sjukpenning, rehabiliteringspenning included. */
  SJUKPENNING(Benefit.SJUKPENNING),
  /** Aktivitetsersättning. */
  AKTIVITETSERSATTNING(Benefit.AKTIVITETSERSATTNING),
  /** Sjukersättning. */
  SJUKERSATTNING(Benefit.SJUKERSATTNING),
  /** Aktivitetsstöd or utvecklingsersättning. */
  AKTIVITETSSTOD(Benefit.AKTIVITETSSTOD),
  /** Arbetslöshetsersättning (a-kassa). */
  ARBETSLOSHETSERSATTNING(Benefit.ARBETSLOSHETSERSATTNING),
  /** Etableringsersättning. */
  ETABLERINGSERSATTNING(Benefit.ETABLERINGSERSATTNING),
  /** A wage from work, subsidised or not. */
  EMPLOYMENT(null),
  /** Studiemedel or another study support. */
  STUDIES(null),
  /** No support of their own (supported by family, for instance). */
  NONE(null),
  /** Anything else. */
  OTHER(null);

  private final Optional<Benefit> benefit;

  SupportSource(@Nullable Benefit benefit) {
    this.benefit = Optional.ofNullable(benefit);
  }

  /**
   * @return the public benefit this is, counted in full-year equivalents; empty for work, studies,
   *     none and other
   */
  public Optional<Benefit> benefit() {
    return benefit;
  }
}
