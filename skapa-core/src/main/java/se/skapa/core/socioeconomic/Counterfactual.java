package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import se.skapa.core.common.Kronor;

/**
 * What share of the gains the service can claim. With a method r times as effective as the
 * alternative, 1/r of the result would have come anyway, so 1 − 1/r is attributable. A range, not a
 * point.
 *
 * @param shareLow 1 − 1/effectivenessLow
 * @param shareHigh 1 − 1/effectivenessHigh
 * @param yearlyGainLow year-one gross gain × shareLow
 * @param horizonGainLow present value over the horizon × shareLow
 */
public record Counterfactual(
    BigDecimal effectivenessLow,
    BigDecimal effectivenessHigh,
    BigDecimal shareLow,
    BigDecimal shareHigh,
    Kronor yearlyGainLow,
    Kronor yearlyGainHigh,
    Kronor horizonGainLow,
    Kronor horizonGainHigh) {}
