package se.skapa.core.common;

import java.util.Objects;

/**
 * One broken rule in one place of the input.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending value, e.g. {@code /items/3/score};
 *                empty string for the input as a whole
 * @param rule    a short, stable rule code such as {@code range} or {@code personnummer}
 * @param message a sentence in English that names the field and the rule
 */
public record Violation(String pointer, String rule, String message) {

    /** @throws NullPointerException if any component is null */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation, located below {@code prefix} (a pointer such as {@code /measurements/2}). */
    public Violation under(String prefix) {
        return new Violation(prefix + pointer, rule, message);
    }
}
