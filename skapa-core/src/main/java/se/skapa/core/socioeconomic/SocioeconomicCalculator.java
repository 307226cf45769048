package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * The socioeconomic calculation of the Hudiksvall IPS report, generalised. Stateless. Every amount
 * is computed exactly and rounded once by {@link Kronor#round}.
 */
public final class SocioeconomicCalculator {

  private static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(168);
  private static final long MAX_MONTHLY = 10_000_000L;
  private static final long MAX_SERVICE_COST = 1_000_000_000_000L;
  private static final MathContext MC = MathContext.DECIMAL64;

  private SocioeconomicCalculator() {}

  /**
   * What moving the people from public support to work or studies is worth, per payer, per year,
   * over the horizon and attributable to the service.
   *
   * @param input the people, housing support, service cost and a complete parameter set; not null
   * @return the result, with warnings for what looks wrong but is calculated as given
   * @throws ValidationException naming every invalid field, pointing at e.g. {@code
   *     /people/2/before/0/taxWithheld}
   */
  public static SocioeconomicResult calculate(SocioeconomicInput input) {
    validate(input);
    ParameterSet p = input.parameters();
    List<Amounts> perPerson = input.people().stream().map(person -> monthly(person, p)).toList();
    Amounts monthly = perPerson.stream().reduce(Amounts.ZERO, Amounts::plus);
    Amounts yearly = monthly.times(12);
    HousingSupportResult housing = housing(input.housingSupport(), p);

    Kronor regionalTax = yearly.increasedTaxRevenue().minus(yearly.kommunalTaxRevenue());
    List<PayerResult> payers = new ArrayList<>();
    for (Payer payer : Payer.values()) {
      Kronor reduced = yearly.reduced(payer);
      Kronor housingSaving = payer == Payer.KOMMUN ? housing.savingPerYear() : Kronor.ZERO;
      Kronor tax =
          switch (payer) {
            case KOMMUN -> yearly.kommunalTaxRevenue();
            case REGION -> regionalTax;
            default -> Kronor.ZERO;
          };
      Kronor costs =
          switch (payer) {
            case ARBETSFORMEDLINGEN -> yearly.wageSubsidies();
            case CSN -> yearly.studySupport();
            default -> Kronor.ZERO;
          };
      payers.add(
          new PayerResult(
              payer,
              reduced,
              housingSaving,
              tax,
              costs,
              reduced.plus(housingSaving).plus(tax).minus(costs)));
    }
    Kronor kommunView = yearly.reduced(Payer.KOMMUN).plus(housing.savingPerYear());
    Kronor gross =
        yearly
            .reducedPaymentsTotal()
            .plus(housing.savingPerYear())
            .plus(yearly.increasedTaxRevenue());
    Kronor publicNet =
        gross
            .minus(yearly.wageSubsidies())
            .minus(yearly.studySupport())
            .minus(input.serviceCostPerYear());
    Kronor societyNet =
        yearly.productionValue().plus(housing.savingPerYear()).minus(input.serviceCostPerYear());

    int intake = input.yearlyIntake().orElse(input.people().size());
    List<ProjectionYear> projection = projection(p, input.people().size(), intake, yearly, housing);
    Kronor presentValue =
        projection.stream().map(ProjectionYear::presentValue).reduce(Kronor.ZERO, Kronor::plus);
    return new SocioeconomicResult(
        p.id(),
        perPerson,
        monthly,
        yearly,
        housing,
        payers,
        kommunView,
        gross,
        publicNet,
        societyNet,
        input.serviceCostPerYear(),
        projection,
        presentValue,
        counterfactual(p, gross, presentValue),
        warnings(input));
  }

  /**
   * What is calculated but looks wrong: a wage subsidy larger than the salary. Allowed (a subsidy
   * covers part of the employer's whole cost, employer contributions included, and published cases
   * have one), but worth a second look.
   */
  static List<se.skapa.core.common.Violation> warnings(SocioeconomicInput input) {
    List<se.skapa.core.common.Violation> out = new ArrayList<>();
    input
        .parameters()
        .statutoryAmounts()
        .ifPresent(amounts -> out.addAll(aboveSgiCap(input.people(), amounts)));
    for (int i = 0; i < input.people().size(); i++) {
      if (input.people().get(i).after() instanceof After.Employment e
          && e.wageSubsidy().isPresent()
          && e.wageSubsidy().get().monthlyAmount().compareTo(e.monthlySalary()) > 0) {
        out.add(
            new se.skapa.core.common.Violation(
                "/people/" + i + "/after/wageSubsidy/monthlyAmount",
                "wage-subsidy-above-salary",
                "the wage subsidy ("
                    + e.wageSubsidy().get().monthlyAmount()
                    + ") is more than the salary ("
                    + e.monthlySalary()
                    + "): calculated as given; check the amounts"));
      }
    }
    return out;
  }

  /**
   * Sickness benefit above what the year's SGI ceiling can pay: calculated as given (a benefit from
   * an earlier year, or several months' arrears, can be larger), but worth a second look.
   */
  static List<se.skapa.core.common.Violation> aboveSgiCap(
      List<Person> people, StatutoryAmounts amounts) {
    List<se.skapa.core.common.Violation> out = new ArrayList<>();
    Kronor max = amounts.maxSjukpenningPerMonth();
    for (int i = 0; i < people.size(); i++) {
      List<BenefitBefore> before = people.get(i).before();
      for (int j = 0; j < before.size(); j++) {
        BenefitBefore b = before.get(j);
        if (b.type() == se.skapa.core.benefit.Benefit.SJUKPENNING
            && b.monthlyAmount().compareTo(max) > 0) {
          out.add(
              new se.skapa.core.common.Violation(
                  "/people/" + i + "/before/" + j + "/monthlyAmount",
                  "sickness-benefit-above-cap",
                  "the sickness benefit ("
                      + b.monthlyAmount()
                      + ") is more than the SGI ceiling of "
                      + amounts.year()
                      + " pays a month ("
                      + max
                      + "): calculated as given; check the amount"));
        }
      }
    }
    return out;
  }

  /** One person's monthly amounts, each rounded to whole kronor. */
  static Amounts monthly(Person person, ParameterSet p) {
    Kronor before = Kronor.ZERO;
    Kronor withheld = Kronor.ZERO;
    Map<Payer, Kronor> byPayer = new EnumMap<>(Payer.class);
    for (BenefitBefore b : person.before()) {
      before = before.plus(b.monthlyAmount());
      withheld = withheld.plus(b.taxWithheld());
      byPayer.merge(b.type().payer(), b.monthlyAmount(), Kronor::plus);
    }
    After after = person.after();
    if (after instanceof After.Employment e) {
      BigDecimal taxIncrease =
          e.monthlySalary().toBigDecimal().multiply(p.taxRate()).subtract(withheld.toBigDecimal());
      // With no tax rate there is no kommunal part (kommunalTaxRate ≤ taxRate is validated).
      Kronor kommunalPart =
          p.taxRate().signum() == 0
              ? Kronor.ZERO
              : Kronor.round(taxIncrease.multiply(p.kommunalTaxRate()).divide(p.taxRate(), MC));
      return new Amounts(
          before,
          withheld,
          e.monthlySalary(),
          Kronor.round(taxIncrease),
          kommunalPart,
          byPayer,
          e.wageSubsidy().map(After.WageSubsidy::monthlyAmount).orElse(Kronor.ZERO),
          e.monthlySalary().times(p.productionFactor()),
          Kronor.ZERO);
    }
    if (after instanceof After.Studies s) {
      // As in the report: the benefits stop; no tax change is counted for studies. Only the
      // grant is a public cost: the loan is repaid.
      return new Amounts(
          before,
          withheld,
          Kronor.ZERO,
          Kronor.ZERO,
          Kronor.ZERO,
          byPayer,
          Kronor.ZERO,
          Kronor.ZERO,
          s.monthlyGrant());
    }
    // Occupation or no change: the benefits go on, nothing moves.
    return new Amounts(
        before,
        withheld,
        Kronor.ZERO,
        Kronor.ZERO,
        Kronor.ZERO,
        Map.of(),
        Kronor.ZERO,
        Kronor.ZERO,
        Kronor.ZERO);
  }

  static HousingSupportResult housing(List<HousingSupport> people, ParameterSet p) {
    BigDecimal before =
        people.stream()
            .map(HousingSupport::hoursPerWeekBefore)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal after =
        people.stream()
            .map(HousingSupport::hoursPerWeekAfter)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal weeks = BigDecimal.valueOf(p.weeksPerYear());
    BigDecimal yearBefore = before.multiply(weeks);
    BigDecimal yearAfter = after.multiply(weeks);
    Kronor costBefore = Kronor.round(yearBefore.multiply(p.housingSupportCostPerHour()));
    Kronor costAfter = Kronor.round(yearAfter.multiply(p.housingSupportCostPerHour()));
    return new HousingSupportResult(
        people.size(),
        before,
        after,
        before.subtract(after),
        yearBefore,
        yearAfter,
        yearBefore.subtract(yearAfter),
        costBefore,
        costAfter,
        costBefore.minus(costAfter));
  }

  static List<ProjectionYear> projection(
      ParameterSet p, int groupSize, int intake, Amounts yearly, HousingSupportResult housing) {
    List<ProjectionYear> years = new ArrayList<>();
    BigDecimal one = BigDecimal.ONE;
    BigDecimal rate = one.add(p.discountRate());
    for (int t = 1; t <= p.horizonYears(); t++) {
      BigDecimal persistent = p.persistence().multiply(BigDecimal.valueOf(t));
      BigDecimal people = BigDecimal.valueOf(intake).multiply(persistent.max(one));
      BigDecimal multiplier =
          groupSize == 0 ? BigDecimal.ZERO : people.divide(BigDecimal.valueOf(groupSize), MC);
      Kronor reduced = yearly.reducedPaymentsTotal().times(multiplier);
      Kronor tax = yearly.increasedTaxRevenue().times(multiplier);
      Kronor hs = housing.savingPerYear().times(multiplier);
      Kronor total = reduced.plus(tax).plus(hs);
      BigDecimal factor = one.divide(rate.pow(t - 1), MC);
      years.add(
          new ProjectionYear(
              t,
              people.stripTrailingZeros(),
              multiplier.stripTrailingZeros(),
              reduced,
              tax,
              hs,
              total,
              factor.stripTrailingZeros(),
              total.times(factor)));
    }
    return years;
  }

  static Counterfactual counterfactual(ParameterSet p, Kronor yearlyGain, Kronor horizonGain) {
    BigDecimal low = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(p.effectivenessLow(), MC));
    BigDecimal high = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(p.effectivenessHigh(), MC));
    return new Counterfactual(
        p.effectivenessLow(),
        p.effectivenessHigh(),
        low.stripTrailingZeros(),
        high.stripTrailingZeros(),
        yearlyGain.times(low),
        yearlyGain.times(high),
        horizonGain.times(low),
        horizonGain.times(high));
  }

  private static void validate(SocioeconomicInput input) {
    Violations v = new Violations();
    v.check(
        input.parameters().isComplete(),
        "/parameterSet",
        "required",
        input.parameters().id()
            + " has no value for "
            + input.parameters().missing().stream().map(Parameter::apiName).toList()
            + ": give them with ParameterSet.withOverrides");
    v.throwIfAny();
    v.check(
        !input.serviceCostPerYear().isNegative()
            && input.serviceCostPerYear().value() <= MAX_SERVICE_COST,
        "/serviceCostPerYear",
        "range",
        "serviceCostPerYear must be 0-" + Kronor.format(MAX_SERVICE_COST) + " kr");
    input
        .yearlyIntake()
        .ifPresent(
            n ->
                v.check(
                    n >= 0 && n <= 1_000_000,
                    "/yearlyIntake",
                    "range",
                    "yearlyIntake must be 0-1000000, got " + n));
    for (int i = 0; i < input.people().size(); i++) {
      Person person = input.people().get(i);
      String at = Pointer.at("/people", i);
      for (int j = 0; j < person.before().size(); j++) {
        BenefitBefore b = person.before().get(j);
        String bt = Pointer.at(at + "/before", j);
        money(v, bt + "/monthlyAmount", b.monthlyAmount());
        money(v, bt + "/taxWithheld", b.taxWithheld());
        v.check(
            b.taxWithheld().compareTo(b.monthlyAmount()) <= 0,
            bt + "/taxWithheld",
            "range",
            "tax withheld ("
                + b.taxWithheld()
                + ") cannot exceed the benefit ("
                + b.monthlyAmount()
                + ")");
        v.check(
            b.type().taxed() || b.taxWithheld().value() == 0,
            bt + "/taxWithheld",
            "untaxed",
            b.type() + " is not taxed, so tax withheld must be 0");
      }
      if (person.after() instanceof After.Employment e) {
        Decimals.check(v, at + "/after/employmentRate", e.rate());
        v.check(
            e.rate().signum() > 0 && e.rate().compareTo(BigDecimal.ONE) <= 0,
            at + "/after/employmentRate",
            "range",
            "employmentRate must be above 0 and at most 1, got " + Decimals.show(e.rate()));
        money(v, at + "/after/monthlySalary", e.monthlySalary());
        e.wageSubsidy()
            .ifPresent(
                w -> {
                  Decimals.check(v, at + "/after/wageSubsidy/share", w.share());
                  v.check(
                      w.share().signum() > 0 && w.share().compareTo(BigDecimal.ONE) <= 0,
                      at + "/after/wageSubsidy/share",
                      "range",
                      "wage subsidy share must be above 0 and at most 1, got "
                          + Decimals.show(w.share()));
                  money(v, at + "/after/wageSubsidy/monthlyAmount", w.monthlyAmount());
                });
      } else if (person.after() instanceof After.Studies s) {
        money(v, at + "/after/studyGrantPerFourWeeks", s.grantPerFourWeeks());
        money(v, at + "/after/studyLoanPerFourWeeks", s.loanPerFourWeeks());
        v.check(
            s.studyWeeksPerYear() >= 1 && s.studyWeeksPerYear() <= 52,
            at + "/after/studyWeeksPerYear",
            "range",
            "studyWeeksPerYear must be 1-52, got " + s.studyWeeksPerYear());
      }
    }
    for (int i = 0; i < input.housingSupport().size(); i++) {
      HousingSupport h = input.housingSupport().get(i);
      String at = Pointer.at("/housingSupport", i);
      hours(v, at + "/hoursPerWeekBefore", h.hoursPerWeekBefore());
      hours(v, at + "/hoursPerWeekAfter", h.hoursPerWeekAfter());
    }
    v.throwIfAny();
  }

  private static void money(Violations v, String at, Kronor k) {
    v.check(
        !k.isNegative() && k.value() <= MAX_MONTHLY,
        at,
        "range",
        "amount must be 0-" + Kronor.format(MAX_MONTHLY) + " kr a month, got " + k);
  }

  private static void hours(Violations v, String at, BigDecimal h) {
    Decimals.check(v, at, h);
    v.check(
        h.signum() >= 0 && h.compareTo(MAX_HOURS_PER_WEEK) <= 0,
        at,
        "range",
        "hours per week must be 0-168, got " + Decimals.show(h));
  }
}
