package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import se.skapa.core.common.Kronor;

/**
 * One year of the projection over the benefit period.
 *
 * @param year 1 for the first year
 * @param people people counted this year: intake × max(1, persistence × year)
 * @param multiplier people ÷ the year-one group
 * @param reducedPayments year-one reduced payments × multiplier
 * @param increasedTaxRevenue year-one increased tax × multiplier
 * @param housingSupport year-one housing support saving × multiplier
 * @param total the three above
 * @param discountFactor 1 ÷ (1 + discount rate)^(year − 1)
 * @param presentValue total × discount factor
 */
public record ProjectionYear(
    int year,
    BigDecimal people,
    BigDecimal multiplier,
    Kronor reducedPayments,
    Kronor increasedTaxRevenue,
    Kronor housingSupport,
    Kronor total,
    BigDecimal discountFactor,
    Kronor presentValue) {}
