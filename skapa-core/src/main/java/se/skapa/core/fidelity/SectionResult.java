package se.skapa.core.fidelity;

import se.skapa.core.common.LocalizedText;

/**
 * A section's subtotal.
 *
 * @param score sum of the scored items in the section
 * @param maximum items in the section × item maximum
 * @param scored items scored so far
 * @param items items in the section
 * @param mean score ÷ scored, 0 if nothing is scored
 * @param complete every item of the section is scored
 */
public record SectionResult(
    String code,
    LocalizedText name,
    int score,
    int maximum,
    int scored,
    int items,
    double mean,
    boolean complete) {}
