package se.skapa.core.fidelity;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/** A band of total scores, {@code min..max} inclusive, e.g. FAIR 74–99. */
public record ScoreBand(String code, int min, int max, LocalizedText label) {

    public ScoreBand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
