package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * How one indicator moved over a participant's series of one respondent.
 *
 * @param key indicator key
 * @param answered number of measurements that answered it
 * @param first earliest-dated answered score
 * @param firstDate its date
 * @param latest latest-dated answered score
 * @param latestDate its date
 * @param change latest − first, in scale steps
 * @param changeShareOfRange change ÷ (max − min): −1.0 to 1.0
 * @param trendPerMonth least-squares slope of score against time in months (days ÷ 30.436875);
 *     empty with fewer than two distinct dates
 * @param direction IMPROVED, UNCHANGED or DECLINED by the options' step; empty with one answer,
 *     which has nothing to be compared with
 */
public record IndicatorProgression(
    String key,
    int answered,
    int first,
    LocalDate firstDate,
    int latest,
    LocalDate latestDate,
    int change,
    double changeShareOfRange,
    OptionalDouble trendPerMonth,
    java.util.Optional<Direction> direction) {}
