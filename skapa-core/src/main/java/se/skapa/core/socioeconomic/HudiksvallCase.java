package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;

/**
 * The published golden case: the first year of the Hudiksvall IPS service (10 people who moved to
 * work or studies, 2017 benefit levels; six people's housing support), from the follow-up research
 * report of 2018, tables 3 and 4. Used by tests, examples and documentation.
 */
public final class HudiksvallCase {

  /** "ca 1 000 000 kr/år" to run the service with 2.0 coaches. */
  public static final Kronor SERVICE_COST_PER_YEAR = Kronor.of(1_000_000);

  private HudiksvallCase() {}

  /** {@return the ten people of table 3 who moved to work or studies, in the report's order} */
  public static List<Person> people() {
    return List.of(
        employed(
            List.of(
                BenefitBefore.of(Benefit.FORSORJNINGSSTOD, 4300, 0),
                BenefitBefore.of(Benefit.SJUKPENNING, 7620, 1753)),
            "1",
            Sector.KOMMUN,
            15646,
            "1",
            18000),
        employed(
            List.of(BenefitBefore.of(Benefit.FORSORJNINGSSTOD, 10000, 0)),
            "1",
            Sector.PRIVATE,
            26500,
            null,
            0),
        employed(
            List.of(BenefitBefore.of(Benefit.AKTIVITETSSTOD, 16500, 4620)),
            "1",
            Sector.NONPROFIT,
            18700,
            "1",
            25620),
        employed(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, 18960, 5309)),
            "1",
            Sector.PRIVATE,
            24000,
            null,
            0),
        employed(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, 21750, 6525)),
            "1",
            Sector.PRIVATE,
            27000,
            null,
            0),
        employed(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, 8850, 2124)),
            "0.75",
            Sector.KOMMUN,
            22000,
            "0.75",
            23100),
        employed(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, 14070, 3799)),
            "0.75",
            Sector.KOMMUN,
            23500,
            null,
            0),
        employed(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, 12840, 3467)),
            "1",
            Sector.KOMMUN,
            20000,
            null,
            0),
        employed(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, 21750, 6307)),
            "1",
            Sector.PRIVATE,
            23000,
            "0.75",
            24150),
        new Person(
            List.of(BenefitBefore.of(Benefit.AKTIVITETSERSATTNING, 11077, 2769)),
            // 10 172 kr in the table: 2018's grant 2 892 + loan 7 280 per four weeks (CSN).
            After.Studies.fullYear(Kronor.of(2892), Kronor.of(7280))));
  }

  /**
   * Table 4: hours of housing support per week before and after, six people.
   *
   * @return the six people's hours
   */
  public static List<HousingSupport> housingSupport() {
    return List.of(
        HousingSupport.of("5", "2.5"),
        HousingSupport.of("6", "2"),
        HousingSupport.of("2", "0"),
        HousingSupport.of("4", "0"),
        HousingSupport.of("2", "0"),
        HousingSupport.of("1.5", "0"));
  }

  /**
   * {@return the whole case with the report's parameter set, people, housing support and service
   * cost}
   */
  public static SocioeconomicInput input() {
    return new SocioeconomicInput(
        ParameterSets.hudiksvall2017(),
        people(),
        housingSupport(),
        SERVICE_COST_PER_YEAR,
        Optional.empty());
  }

  /** The totals printed in table 3, per month and per year, including the two printed errors. */
  public enum Published {
    /** Benefits paid before the move. */
    BENEFITS_BEFORE(147_717, 1_772_604),
    /** Tax withheld from those benefits. */
    TAX_WITHHELD_BEFORE(36_673, 440_076),
    /** Printed error: the salaries sum to 200 346 a month (2 404 152 a year). */
    SALARIES(202_700, 2_430_046),
    /** Wage subsidies paid by Arbetsförmedlingen. */
    WAGE_SUBSIDIES(90_870, 1_090_440),
    /** Tax on the new income less tax on the benefits before. */
    INCREASED_TAX_REVENUE(32_210, 386_520),
    /** Försörjningsstöd no longer paid by the kommun. */
    REDUCED_KOMMUN(14_300, 171_600),
    /** Benefits no longer paid by Försäkringskassan. */
    REDUCED_FORSAKRINGSKASSAN(116_917, 1_403_004),
    /** Benefits no longer paid by Arbetsförmedlingen. */
    REDUCED_ARBETSFORMEDLINGEN(16_500, 198_000),
    /** Printed error: person 1's production value is printed as 15 646 instead of 21 904. */
    PRODUCTION_VALUE(274_226, 3_290_712);

    private final long monthly;
    private final long yearly;

    Published(long monthly, long yearly) {
      this.monthly = monthly;
      this.yearly = yearly;
    }

    /** {@return the printed total per month, kronor} */
    public long monthly() {
      return monthly;
    }

    /** {@return the printed total per year, kronor} */
    public long yearly() {
      return yearly;
    }

    /**
     * This column's value in computed amounts.
     *
     * @param a the computed amounts, monthly or yearly; not null
     * @return the column's computed value, kronor
     */
    public long in(Amounts a) {
      return switch (this) {
        case BENEFITS_BEFORE -> a.benefitsBefore().value();
        case TAX_WITHHELD_BEFORE -> a.taxWithheldBefore().value();
        case SALARIES -> a.salaries().value();
        case WAGE_SUBSIDIES -> a.wageSubsidies().value();
        case INCREASED_TAX_REVENUE -> a.increasedTaxRevenue().value();
        case REDUCED_KOMMUN -> a.reduced(Payer.KOMMUN).value();
        case REDUCED_FORSAKRINGSKASSAN -> a.reduced(Payer.FORSAKRINGSKASSAN).value();
        case REDUCED_ARBETSFORMEDLINGEN -> a.reduced(Payer.ARBETSFORMEDLINGEN).value();
        case PRODUCTION_VALUE -> a.productionValue().value();
      };
    }

    /**
     * True for the two columns whose printed totals are wrong.
     *
     * @return true for SALARIES and PRODUCTION_VALUE
     */
    public boolean printedInError() {
      return this == SALARIES || this == PRODUCTION_VALUE;
    }
  }

  private static Person employed(
      List<BenefitBefore> before,
      String rate,
      Sector sector,
      long salary,
      @Nullable String subsidyShare,
      long subsidy) {
    Optional<After.WageSubsidy> ws =
        subsidyShare == null
            ? Optional.empty()
            : Optional.of(new After.WageSubsidy(new BigDecimal(subsidyShare), Kronor.of(subsidy)));
    return new Person(
        before, new After.Employment(new BigDecimal(rate), sector, Kronor.of(salary), ws));
  }
}
