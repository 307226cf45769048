package se.skapa.core.socioeconomic;

import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;

/**
 * One payer's yearly view.
 *
 * @param reducedPayments benefits it no longer pays
 * @param housingSupport housing support it no longer provides (kommun only)
 * @param taxRevenue its part of the increased tax revenue (kommun and region)
 * @param costs what it pays because of the moves: wage subsidies (AF), study support (CSN)
 * @param net reducedPayments + housingSupport + taxRevenue − costs
 */
public record PayerResult(
    Payer payer,
    Kronor reducedPayments,
    Kronor housingSupport,
    Kronor taxRevenue,
    Kronor costs,
    Kronor net) {}
