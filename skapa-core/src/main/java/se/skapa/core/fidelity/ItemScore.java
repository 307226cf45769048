package se.skapa.core.fidelity;

import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's consensus score on one item, with an optional justification.
 * The range is checked against the scale by {@link FidelityScorer}.
 */
public record ItemScore(int number, int score, Optional<String> note) {

    public ItemScore {
        Objects.requireNonNull(note, "note");
    }

    public static ItemScore of(int number, int score) {
        return new ItemScore(number, score, Optional.empty());
    }
}
