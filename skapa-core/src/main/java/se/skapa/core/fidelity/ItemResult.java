package se.skapa.core.fidelity;

import java.util.Optional;
import se.skapa.core.common.LocalizedText;

/** A scored item with its name and section, as listed among strengths or development areas. */
public record ItemResult(
    int number, String section, LocalizedText name, int score, Optional<String> note) {}
