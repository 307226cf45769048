package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/** A handledare assigned to a participant from a date on. */
public record HandledareAssignment(Pseudonym handledare, LocalDate from) {

    public HandledareAssignment {
        Objects.requireNonNull(handledare, "handledare");
        Objects.requireNonNull(from, "from");
    }
}
