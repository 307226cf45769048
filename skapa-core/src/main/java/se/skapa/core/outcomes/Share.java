package se.skapa.core.outcomes;

import se.skapa.core.common.LocalizedText;

/**
 * A count over a named denominator. The share is 0 when the denominator is 0.
 *
 * @param denominatorName what the denominator counts, in sv/en
 */
public record Share(int count, int denominator, LocalizedText denominatorName) {

    public double value() {
        return denominator == 0 ? 0.0 : count / (double) denominator;
    }

    /** The share in whole percent, rounded half-up, as reports print it. */
    public long percent() {
        return denominator == 0 ? 0 : Math.round(100.0 * count / denominator);
    }
}
