package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Kronor;

/** Where a person is after the service. */
public sealed interface After
    permits After.Employment, After.Studies, After.Occupation, After.NoChange {

  /**
   * Work.
   *
   * @param rate employment rate, 0 &lt; rate ≤ 1 (descriptive; the salary is what is actually paid)
   * @param sector the employer's sector
   * @param monthlySalary pay actually received per month at that rate
   * @param wageSubsidy a wage subsidy (lönebidrag) paid by Arbetsförmedlingen, if any
   */
  record Employment(
      BigDecimal rate, Sector sector, Kronor monthlySalary, Optional<WageSubsidy> wageSubsidy)
      implements After {
    /**
     * @param rate the employment rate; not null
     * @param sector the employer's sector; not null
     * @param monthlySalary the salary; not null
     * @param wageSubsidy the subsidy; not null, may be empty
     * @throws NullPointerException if a component is null
     */
    public Employment {
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(monthlySalary, "monthlySalary");
      Objects.requireNonNull(wageSubsidy, "wageSubsidy");
    }
  }

  /**
   * Studies with study support (studiemedel) from CSN; the benefits before stop.
   *
   * @param monthlyStudySupport study support per month
   */
  record Studies(Kronor monthlyStudySupport) implements After {
    /**
     * @param monthlyStudySupport the study support; not null
     * @throws NullPointerException if it is null
     */
    public Studies {
      Objects.requireNonNull(monthlyStudySupport, "monthlyStudySupport");
    }
  }

  /** Meaningful occupation (work trial, social training): a step, but the benefits go on. */
  record Occupation() implements After {}

  /** No change: the person contributes nothing to the result. */
  record NoChange() implements After {}

  /**
   * A wage subsidy.
   *
   * @param share the subsidised share of the wage cost, 0 &lt; share ≤ 1
   * @param monthlyAmount what Arbetsförmedlingen pays per month
   */
  record WageSubsidy(BigDecimal share, Kronor monthlyAmount) {
    /**
     * @param share the subsidised share; not null
     * @param monthlyAmount the amount; not null
     * @throws NullPointerException if a component is null
     */
    public WageSubsidy {
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(monthlyAmount, "monthlyAmount");
    }
  }
}
