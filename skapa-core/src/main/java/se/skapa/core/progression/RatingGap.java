package se.skapa.core.progression;

import java.time.LocalDate;

/**
 * Self-rating against handledare rating of one indicator on one date.
 *
 * @param gap self − handledare, in scale steps
 * @param gapPercentagePoints the same on 0–100 % of the scale
 */
public record RatingGap(
    LocalDate date, String key, int self, int handledare, int gap, double gapPercentagePoints) {}
