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

  /** Five paid days a week, 52 weeks: a full year of a benefit paid per weekday. */
  private static final BigDecimal WEEKDAYS_PER_YEAR = BigDecimal.valueOf(5 * 52);

  private static final LocalizedText CALENDAR_DAYS =
      LocalizedText.of(
          "365: ersättningsdagar delas med 365 (SCB, Beskrivning av antal helårsekvivalenter)",
          "365: benefit days are divided by 365 (SCB, description of full-year equivalents)");
  private static final LocalizedText WEEKDAYS =
      LocalizedText.of(
          "260: betalas för högst fem dagar i veckan (a-kassornas omräkningstabell;"
              + " aktivitetsstöd och etableringsersättning likaså), 5 × 52",
          "260: paid for at most five days a week (the unemployment funds' conversion table;"
              + " activity support and introduction benefit alike), 5 × 52");
  private static final LocalizedText EVERY_DAY =
      LocalizedText.of(
          "365: räknas per kalenderdag (en månad för hel ersättning är 365/12 dagar)",
          "365: counted per calendar day (a month of full benefit is 365/12 days)");

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
   * Whole-day equivalents per full year on full benefit: 365 for sjukpenning and sjuk- and
   * aktivitetsersättning (SCB's stated divisor) and for försörjningsstöd; 260 for a-kassa,
   * aktivitetsstöd and etableringsersättning, paid at most five days a week, so that a full year of
   * full a-kassa is one full-year equivalent, not 0.71. A caller can pass its own ({@link
   * #divisorSource()} says where each comes from).
   *
   * @return the divisor; never null
   */
  public BigDecimal defaultDivisor() {
    return paidPerWeekday() ? WEEKDAYS_PER_YEAR : DAYS_PER_YEAR;
  }

  /**
   * @return where {@link #defaultDivisor()} comes from, in Swedish and English; never null
   */
  public LocalizedText divisorSource() {
    if (paidPerWeekday()) {
      return WEEKDAYS;
    }
    return group == HeGroup.OHALSA ? CALENDAR_DAYS : EVERY_DAY;
  }

  private boolean paidPerWeekday() {
    return this == ARBETSLOSHETSERSATTNING
        || this == AKTIVITETSSTOD
        || this == ETABLERINGSERSATTNING;
  }
}
