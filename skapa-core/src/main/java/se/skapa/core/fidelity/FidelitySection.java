package se.skapa.core.fidelity;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/** A section of a fidelity scale, e.g. STAFFING. */
public record FidelitySection(String code, LocalizedText name) {

    public FidelitySection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
