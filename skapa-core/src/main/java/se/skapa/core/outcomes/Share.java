package se.skapa.core.outcomes;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * A count over a named denominator.
 *
 * @param value           count ÷ denominator, 0 when the denominator is 0
 * @param percent         the share in whole percent, rounded half-up, as reports print it
 * @param denominatorName what the denominator counts, in sv/en
 */
public record Share(int count, int denominator, LocalizedText denominatorName, double value, long percent) {

    /** @throws IllegalArgumentException if the count is negative or above the denominator, or value/percent disagree */
    public Share {
        Objects.requireNonNull(denominatorName, "denominatorName");
        if (count < 0 || count > denominator) {
            throw new IllegalArgumentException("count " + count + " is outside 0-" + denominator);
        }
        if (value != share(count, denominator) || percent != Math.round(100 * share(count, denominator))) {
            throw new IllegalArgumentException("value and percent must follow from count and denominator; use Share.of");
        }
    }

    public static Share of(int count, int denominator, LocalizedText denominatorName) {
        double v = share(count, denominator);
        return new Share(count, denominator, denominatorName, v, Math.round(100 * v));
    }

    private static double share(int count, int denominator) {
        return denominator == 0 ? 0.0 : count / (double) denominator;
    }
}
