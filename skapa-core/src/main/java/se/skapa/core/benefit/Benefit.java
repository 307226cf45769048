package se.skapa.core.benefit;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.LocalizedText;

/**
 * A public benefit a person lives on: who pays it, whether it is taxed, and the försörjningsmått
 * group it is counted in for full-year equivalents. The socioeconomic calculation and the Finsam
 * full-year equivalents both name benefits by this one type, so a benefit cannot mean one thing in
 * one report and another in the next.
 */
public enum Benefit {
  /** Försörjningsstöd, the main part of ekonomiskt bistånd: paid by the kommun, not taxed. */
  FORSORJNINGSSTOD(
      Payer.KOMMUN,
      false,
      HeGroup.EKONOMISKT_BISTAND,
      LocalizedText.of(
          "Försörjningsstöd (ekonomiskt bistånd)", "Social assistance (ekonomiskt bistånd)")),
  /** Sjukpenning, rehabiliteringspenning included. */
  SJUKPENNING(
      Payer.FORSAKRINGSKASSAN,
      true,
      HeGroup.OHALSA,
      LocalizedText.of(
          "Sjukpenning inkl. rehabiliteringspenning",
          "Sickness benefit incl. rehabilitation benefit")),
  /** Aktivitetsersättning, for the young: paid by Försäkringskassan, taxed. */
  AKTIVITETSERSATTNING(
      Payer.FORSAKRINGSKASSAN,
      true,
      HeGroup.OHALSA,
      LocalizedText.of("Aktivitetsersättning", "Activity compensation")),
  /** Sjukersättning: paid by Försäkringskassan, taxed. */
  SJUKERSATTNING(
      Payer.FORSAKRINGSKASSAN,
      true,
      HeGroup.OHALSA,
      LocalizedText.of("Sjukersättning", "Sickness compensation")),
  /**
   * Aktivitetsstöd, for participants in labour-market programmes: paid by Arbetsförmedlingen,
   * taxed.
   */
  AKTIVITETSSTOD(
      Payer.ARBETSFORMEDLINGEN,
      true,
      HeGroup.ARBETSMARKNADSSTOD,
      LocalizedText.of("Aktivitetsstöd", "Activity support")),
  /** A-kassa: taxed income, paid by the unemployment insurance funds. */
  ARBETSLOSHETSERSATTNING(
      Payer.ARBETSLOSHETSKASSAN,
      true,
      HeGroup.ARBETSMARKNADSSTOD,
      LocalizedText.of("Arbetslöshetsersättning (a-kassa)", "Unemployment benefit")),
  /** Decided by Arbetsförmedlingen, paid by Försäkringskassan; not taxed. */
  ETABLERINGSERSATTNING(
      Payer.FORSAKRINGSKASSAN,
      false,
      HeGroup.ARBETSMARKNADSSTOD,
      LocalizedText.of("Etableringsersättning", "Introduction benefit")),
  /**
   * Housing allowance from Försäkringskassan; not taxed, and not part of the försörjningsmått. It
   * depends on income and household, so with work it often falls rather than stops: give the part
   * that stops as the monthly amount.
   */
  BOSTADSBIDRAG(
      Payer.FORSAKRINGSKASSAN, false, null, LocalizedText.of("Bostadsbidrag", "Housing allowance"));

  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private final Payer payer;
  private final boolean taxed;
  private final @Nullable HeGroup group;
  private final LocalizedText label;

  Benefit(Payer payer, boolean taxed, @Nullable HeGroup group, LocalizedText label) {
    this.payer = payer;
    this.taxed = taxed;
    this.group = group;
    this.label = label;
  }

  /**
   * @return who pays the benefit, and so who gains when it stops; never null
   */
  public Payer payer() {
    return payer;
  }

  /**
   * @return true if the benefit is taxed income
   */
  public boolean taxed() {
    return taxed;
  }

  /**
   * @return the försörjningsmått group the benefit is counted in for full-year equivalents; empty
   *     for a benefit the measure leaves out (bostadsbidrag)
   */
  public Optional<HeGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * @return the benefit's name in Swedish and English; never null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Whole-day equivalents per full year: 365, the stated divisor for sjukpenning and
   * sjuk-/aktivitetsersättning and used for the others until a source gives another; a caller can
   * pass its own.
   *
   * @return 365
   */
  public BigDecimal defaultDivisor() {
    return DAYS_PER_YEAR;
  }
}
