package se.skapa.core.socioeconomic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;

/**
 * The columns of the report's table for one person or a total, for one period (a month or a year).
 *
 * @param benefitsBefore benefits paid before
 * @param taxWithheldBefore tax withheld on them
 * @param salaries salaries after
 * @param increasedTaxRevenue salary × tax rate − tax withheld before (employment only)
 * @param kommunalTaxRevenue the kommun's part of the increased tax revenue (kommunal rate ÷ tax
 *     rate)
 * @param reducedPayments the benefits that stop, per payer (every payer present, zero included)
 * @param wageSubsidies wage subsidies paid by Arbetsförmedlingen
 * @param productionValue salary × production factor
 * @param studySupport study support paid by CSN to people who moved to studies
 */
public record Amounts(
    Kronor benefitsBefore,
    Kronor taxWithheldBefore,
    Kronor salaries,
    Kronor increasedTaxRevenue,
    Kronor kommunalTaxRevenue,
    Map<Payer, Kronor> reducedPayments,
    Kronor wageSubsidies,
    Kronor productionValue,
    Kronor studySupport) {

  /** No amounts: the start of a sum. */
  public static final Amounts ZERO =
      new Amounts(
          Kronor.ZERO,
          Kronor.ZERO,
          Kronor.ZERO,
          Kronor.ZERO,
          Kronor.ZERO,
          Map.of(),
          Kronor.ZERO,
          Kronor.ZERO,
          Kronor.ZERO);

  /**
   * Fills in every payer missing from the reduced payments with zero.
   *
   * @param benefitsBefore benefits paid before
   * @param taxWithheldBefore tax withheld on them
   * @param salaries salaries after
   * @param increasedTaxRevenue the increased tax revenue
   * @param kommunalTaxRevenue the kommun's part of it
   * @param reducedPayments per payer; missing payers count as zero
   * @param wageSubsidies wage subsidies
   * @param productionValue production value
   * @param studySupport study support
   */
  public Amounts {
    EnumMap<Payer, Kronor> full = new EnumMap<>(Payer.class);
    for (Payer p : Payer.values()) {
      full.put(p, reducedPayments.getOrDefault(p, Kronor.ZERO));
    }
    reducedPayments = Collections.unmodifiableMap(full);
  }

  /**
   * Sum of the reduced payments over all payers.
   *
   * @return the total
   */
  public Kronor reducedPaymentsTotal() {
    return reducedPayments.values().stream().reduce(Kronor.ZERO, Kronor::plus);
  }

  /**
   * @param p a payer; not null
   * @return what that payer no longer pays; zero for a payer with none
   */
  public Kronor reduced(Payer p) {
    Kronor k = reducedPayments.get(p);
    return k == null ? Kronor.ZERO : k;
  }

  /**
   * @param o other amounts of the same period; not null
   * @return the column-wise sum
   */
  public Amounts plus(Amounts o) {
    EnumMap<Payer, Kronor> reduced = new EnumMap<>(Payer.class);
    for (Payer p : Payer.values()) {
      reduced.put(p, reduced(p).plus(o.reduced(p)));
    }
    return new Amounts(
        benefitsBefore.plus(o.benefitsBefore),
        taxWithheldBefore.plus(o.taxWithheldBefore),
        salaries.plus(o.salaries),
        increasedTaxRevenue.plus(o.increasedTaxRevenue),
        kommunalTaxRevenue.plus(o.kommunalTaxRevenue),
        reduced,
        wageSubsidies.plus(o.wageSubsidies),
        productionValue.plus(o.productionValue),
        studySupport.plus(o.studySupport));
  }

  /**
   * Every amount × a whole factor: months to a year is {@code times(12)}. No rounding happens.
   *
   * @param factor a whole factor
   * @return every amount times the factor
   */
  public Amounts times(long factor) {
    EnumMap<Payer, Kronor> reduced = new EnumMap<>(Payer.class);
    reducedPayments.forEach((p, k) -> reduced.put(p, k.times(factor)));
    return new Amounts(
        benefitsBefore.times(factor),
        taxWithheldBefore.times(factor),
        salaries.times(factor),
        increasedTaxRevenue.times(factor),
        kommunalTaxRevenue.times(factor),
        reduced,
        wageSubsidies.times(factor),
        productionValue.times(factor),
        studySupport.times(factor));
  }
}
