package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import se.skapa.core.common.Kronor;

/**
 * Housing support for the group, costed on the group's hours as the report does.
 *
 * @param people people with housing support
 * @param hoursPerWeekBefore sum of weekly hours before
 * @param hoursPerYearBefore weekly hours × weeks per year
 * @param costPerYearBefore yearly hours × cost per hour, rounded by the rule
 * @param savingPerYear cost before − cost after
 */
public record HousingSupportResult(
    int people,
    BigDecimal hoursPerWeekBefore,
    BigDecimal hoursPerWeekAfter,
    BigDecimal hoursPerWeekReduction,
    BigDecimal hoursPerYearBefore,
    BigDecimal hoursPerYearAfter,
    BigDecimal hoursPerYearReduction,
    Kronor costPerYearBefore,
    Kronor costPerYearAfter,
    Kronor savingPerYear) {}
