package se.skapa.core.socioeconomic;

import java.util.Objects;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;

/**
 * A benefit a person received before, per month.
 *
 * @param type the benefit, which names its payer and taxation
 * @param monthlyAmount gross amount paid per month
 * @param taxWithheld tax withheld on it per month (0 for untaxed benefits)
 */
public record BenefitBefore(Benefit type, Kronor monthlyAmount, Kronor taxWithheld) {

  /**
   * @param type the benefit; not null
   * @param monthlyAmount the amount; not null
   * @param taxWithheld the tax withheld; not null
   * @throws NullPointerException if a component is null
   */
  public BenefitBefore {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(monthlyAmount, "monthlyAmount");
    Objects.requireNonNull(taxWithheld, "taxWithheld");
  }

  /**
   * @param type the benefit; not null
   * @param monthlyAmount gross kronor per month
   * @param taxWithheld kronor withheld per month
   * @return the benefit
   */
  public static BenefitBefore of(Benefit type, long monthlyAmount, long taxWithheld) {
    return new BenefitBefore(type, Kronor.of(monthlyAmount), Kronor.of(taxWithheld));
  }
}
