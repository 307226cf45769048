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
   * Studies with studiemedel from CSN; the benefits before stop. Studiemedel are a grant (bidrag)
   * and a loan (lån) the student repays, paid per four study weeks: only the grant is a public cost
   * (CSN). The Hudiksvall table's 10 172 kr is 2018's full-time grant 2 892 + loan 7 280 per four
   * weeks.
   *
   * @param grantPerFourWeeks the grant per four study weeks, a cost to the state
   * @param loanPerFourWeeks the loan per four study weeks, repaid by the student: not a cost
   * @param studyWeeksPerYear study weeks a year, 1–52 (a full-time study year is 40)
   */
  record Studies(Kronor grantPerFourWeeks, Kronor loanPerFourWeeks, int studyWeeksPerYear)
      implements After {

    /** A full-time study year at CSN: two terms of 20 weeks. */
    public static final int FULL_YEAR_WEEKS = 40;

    /**
     * @param grantPerFourWeeks the grant; not null
     * @param loanPerFourWeeks the loan; not null
     * @param studyWeeksPerYear study weeks a year
     * @throws NullPointerException if an amount is null
     */
    public Studies {
      Objects.requireNonNull(grantPerFourWeeks, "grantPerFourWeeks");
      Objects.requireNonNull(loanPerFourWeeks, "loanPerFourWeeks");
    }

    /**
     * Full-time studies for a whole study year (40 weeks).
     *
     * @param grantPerFourWeeks the grant per four weeks; not null
     * @param loanPerFourWeeks the loan per four weeks; not null
     * @return the studies
     */
    public static Studies fullYear(Kronor grantPerFourWeeks, Kronor loanPerFourWeeks) {
      return new Studies(grantPerFourWeeks, loanPerFourWeeks, FULL_YEAR_WEEKS);
    }

    /**
     * The grant as a cost per month, averaged over the year: grant × study weeks ÷ 4 ÷ 12, rounded
     * by {@link Kronor#round}.
     *
     * @return the public cost per month
     */
    public Kronor monthlyGrant() {
      return Kronor.round(
          grantPerFourWeeks
              .toBigDecimal()
              .multiply(java.math.BigDecimal.valueOf(studyWeeksPerYear))
              .divide(java.math.BigDecimal.valueOf(48), java.math.MathContext.DECIMAL64));
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
