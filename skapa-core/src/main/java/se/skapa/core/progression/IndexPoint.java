package se.skapa.core.progression;

import java.time.LocalDate;

/**
 * The overall index of one measurement: the mean, over answered indicators, of (score − min) ÷ (max
 * − min) × 100.
 *
 * @param answered number of indicators that entered the mean
 */
public record IndexPoint(LocalDate date, double value, int answered) {}
