package se.skapa.core.socioeconomic;

import java.util.List;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;

/**
 * The result of a calculation.
 *
 * @param parameterSetId the id of the parameter set used (the default named, never silent)
 * @param perPerson each person's monthly amounts, in input order
 * @param monthly totals per month
 * @param yearly totals per year (12 × monthly)
 * @param housingSupport the group's housing support
 * @param payers each payer's yearly view
 * @param kommunView the kommun's own view: reduced försörjningsstöd + housing support saving
 * @param grossGainPerYear reduced payments + housing support saving + increased tax revenue
 * @param publicNetPerYear gross gain − wage subsidies − study support − service cost: the public
 *     purse
 * @param societyNetPerYear production value + housing support saving − service cost: real
 *     resources, with benefits, taxes, wage subsidies and study support left out as transfers
 * @param serviceCostPerYear the service's yearly cost
 * @param projection year by year over the horizon
 * @param projectionPresentValue the projection discounted to today
 * @param counterfactual the attributable range
 * @param warnings what looks wrong but is not refused (a wage subsidy above the salary), each at
 *     its field
 */
public record SocioeconomicResult(
    String parameterSetId,
    List<Amounts> perPerson,
    Amounts monthly,
    Amounts yearly,
    HousingSupportResult housingSupport,
    List<PayerResult> payers,
    Kronor kommunView,
    Kronor grossGainPerYear,
    Kronor publicNetPerYear,
    Kronor societyNetPerYear,
    Kronor serviceCostPerYear,
    List<ProjectionYear> projection,
    Kronor projectionPresentValue,
    Counterfactual counterfactual,
    List<se.skapa.core.common.Violation> warnings) {

  /**
   * Copies the lists.
   *
   * @param parameterSetId the parameter set's id
   * @param perPerson per person, monthly
   * @param monthly totals per month
   * @param yearly totals per year
   * @param housingSupport the group's housing support
   * @param payers per payer, yearly
   * @param kommunView the kommun's own view
   * @param grossGainPerYear the gross gain
   * @param publicNetPerYear the public purse's net
   * @param societyNetPerYear society's net
   * @param serviceCostPerYear the service's cost
   * @param projection year by year
   * @param projectionPresentValue the projection's present value
   * @param counterfactual the attributable range
   * @param warnings what looks wrong
   */
  public SocioeconomicResult {
    warnings = List.copyOf(warnings);
    perPerson = List.copyOf(perPerson);
    payers = List.copyOf(payers);
    projection = List.copyOf(projection);
  }

  /**
   * The Hudiksvall report's "vinsten … för samhället i stort": the gross gain less the service's
   * cost, with wage subsidies and study support not deducted. Not {@link #publicNetPerYear} (which
   * deducts them, as the public purse pays them) and not {@link #societyNetPerYear} (which counts
   * production, not transfers).
   *
   * @return gross gain − service cost, per year
   */
  public Kronor grossGainLessServiceCostPerYear() {
    return grossGainPerYear.minus(serviceCostPerYear);
  }

  /**
   * @param payer a payer; not null
   * @return that payer's yearly view
   */
  public PayerResult payer(Payer payer) {
    return payers.stream().filter(p -> p.payer() == payer).findFirst().orElseThrow();
  }
}
