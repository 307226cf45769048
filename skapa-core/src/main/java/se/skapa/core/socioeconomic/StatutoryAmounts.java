package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.LocalizedText;

/**
 * One year's amounts fixed by law or by the government, each with its source: the base amounts
 * (basbelopp), the ceiling of the sickness-benefit income (SGI) and the employer contributions.
 * They are facts, not assumptions: a calculation cannot override them. Immutable.
 *
 * <p>What the calculation does with them: the sickness benefit a person can have been paid is
 * bounded by the SGI ceiling, and an amount above it is calculated as given with a warning; the
 * production factor of a set that carries them is 1 + the employer contribution rate. The reduced
 * contributions for young people are carried and shown, not applied: the calculation counts no
 * employer contribution as public income (as the Hudiksvall analysis does not), so the reduction
 * changes no payer's result.
 *
 * @param year the calendar year the amounts hold for
 * @param prisbasbelopp the price base amount
 * @param forhojtPrisbasbelopp the raised price base amount
 * @param inkomstbasbelopp the income base amount
 * @param sgiCapInPrisbasbelopp the SGI ceiling in price base amounts
 * @param sjukpenningShareOfSgi the share of the SGI paid as sickness benefit over a year
 * @param employerFeeRate the full employer contribution rate
 * @param youthFee the reduced contributions for young people
 * @param sources where each amount comes from, in the order of {@link #entries()}
 */
public record StatutoryAmounts(
    int year,
    Kronor prisbasbelopp,
    Kronor forhojtPrisbasbelopp,
    Kronor inkomstbasbelopp,
    int sgiCapInPrisbasbelopp,
    BigDecimal sjukpenningShareOfSgi,
    BigDecimal employerFeeRate,
    YouthFee youthFee,
    List<String> sources) {

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  /**
   * Reduced employer contributions for people of some ages, for a time, on pay up to a ceiling.
   *
   * @param rate the reduced rate
   * @param from the first day it applies
   * @param to the last day it applies
   * @param fromAge the youngest age it applies to, at the start of the year
   * @param toAge the oldest age it applies to
   * @param payCapPerMonth the monthly pay up to which it applies; above it the full rate
   */
  public record YouthFee(
      BigDecimal rate,
      LocalDate from,
      LocalDate to,
      int fromAge,
      int toAge,
      Kronor payCapPerMonth) {
    /**
     * @param rate the rate; not null
     * @param from the first day; not null
     * @param to the last day; not null, not before {@code from}
     * @param fromAge the youngest age
     * @param toAge the oldest age, at least {@code fromAge}
     * @param payCapPerMonth the pay ceiling; not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the period or the ages are in the wrong order
     */
    public YouthFee {
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(payCapPerMonth, "payCapPerMonth");
      if (to.isBefore(from) || toAge < fromAge) {
        throw new IllegalArgumentException("youthFee: period or ages in the wrong order");
      }
    }
  }

  /**
   * One amount as a reader sees it.
   *
   * @param name the API name, e.g. {@code prisbasbelopp}
   * @param value the amount or rate
   * @param label what it is, in Swedish and English
   * @param source where it comes from
   */
  public record Entry(String name, BigDecimal value, LocalizedText label, String source) {}

  /**
   * @param year the calendar year
   * @param prisbasbelopp the price base amount; not null
   * @param forhojtPrisbasbelopp the raised price base amount; not null
   * @param inkomstbasbelopp the income base amount; not null
   * @param sgiCapInPrisbasbelopp the SGI ceiling in price base amounts
   * @param sjukpenningShareOfSgi the share of the SGI paid as sickness benefit; not null
   * @param employerFeeRate the full employer contribution rate; not null
   * @param youthFee the reduced contributions; not null
   * @param sources one source per entry, in the order of {@link #entries()}; not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code sources} does not name one source per entry
   */
  public StatutoryAmounts {
    Objects.requireNonNull(prisbasbelopp, "prisbasbelopp");
    Objects.requireNonNull(forhojtPrisbasbelopp, "forhojtPrisbasbelopp");
    Objects.requireNonNull(inkomstbasbelopp, "inkomstbasbelopp");
    Objects.requireNonNull(sjukpenningShareOfSgi, "sjukpenningShareOfSgi");
    Objects.requireNonNull(employerFeeRate, "employerFeeRate");
    Objects.requireNonNull(youthFee, "youthFee");
    sources = List.copyOf(sources);
    if (sources.size() != ENTRIES) {
      throw new IllegalArgumentException(
          "sources: one per amount (" + ENTRIES + "), got " + sources.size());
    }
  }

  private static final int ENTRIES = 8;

  /** {@return the SGI ceiling: {@code sgiCapInPrisbasbelopp} price base amounts a year} */
  public Kronor sgiCap() {
    return prisbasbelopp.times(sgiCapInPrisbasbelopp);
  }

  /** {@return the most sickness benefit a month can pay: the SGI ceiling × its share ÷ 12} */
  public Kronor maxSjukpenningPerMonth() {
    return Kronor.round(sgiCap().toBigDecimal().multiply(sjukpenningShareOfSgi).divide(MONTHS, MC));
  }

  /** {@return the factor from salary to what the employer pays: 1 + the contribution rate} */
  public BigDecimal labourCostFactor() {
    return BigDecimal.ONE.add(employerFeeRate);
  }

  /** {@return every amount with its label and source, in a fixed order} */
  public List<Entry> entries() {
    return List.of(
        new Entry(
            "prisbasbelopp",
            prisbasbelopp.toBigDecimal(),
            LocalizedText.of("Prisbasbelopp (kr)", "Price base amount (SEK)"),
            sources.get(0)),
        new Entry(
            "forhojtPrisbasbelopp",
            forhojtPrisbasbelopp.toBigDecimal(),
            LocalizedText.of("Förhöjt prisbasbelopp (kr)", "Raised price base amount (SEK)"),
            sources.get(1)),
        new Entry(
            "inkomstbasbelopp",
            inkomstbasbelopp.toBigDecimal(),
            LocalizedText.of("Inkomstbasbelopp (kr)", "Income base amount (SEK)"),
            sources.get(2)),
        new Entry(
            "sgiCap",
            sgiCap().toBigDecimal(),
            LocalizedText.of(
                "Högsta sjukpenninggrundande inkomst, SGI (kr per år)",
                "Ceiling of the sickness-benefit income, SGI (SEK a year)"),
            sources.get(3)),
        new Entry(
            "maxSjukpenningPerMonth",
            maxSjukpenningPerMonth().toBigDecimal(),
            LocalizedText.of(
                "Högsta sjukpenning per månad (kr): SGI-taket × sjukpenningens andel ÷ 12",
                "Most sickness benefit a month (SEK): the SGI ceiling × the benefit's share ÷ 12"),
            sources.get(4)),
        new Entry(
            "employerFeeRate",
            employerFeeRate,
            LocalizedText.of("Arbetsgivaravgifter", "Employer contributions"),
            sources.get(5)),
        new Entry(
            "youthEmployerFeeRate",
            youthFee.rate(),
            LocalizedText.of(
                "Sänkta arbetsgivaravgifter för "
                    + youthFee.fromAge()
                    + "–"
                    + youthFee.toAge()
                    + " år, "
                    + youthFee.from()
                    + " – "
                    + youthFee.to(),
                "Reduced employer contributions for ages "
                    + youthFee.fromAge()
                    + "–"
                    + youthFee.toAge()
                    + ", "
                    + youthFee.from()
                    + " to "
                    + youthFee.to()),
            sources.get(6)),
        new Entry(
            "youthEmployerFeePayCapPerMonth",
            youthFee.payCapPerMonth().toBigDecimal(),
            LocalizedText.of(
                "Lön per månad upp till vilken de sänkta avgifterna gäller (kr)",
                "Monthly pay up to which the reduced contributions apply (SEK)"),
            sources.get(7)));
  }
}
