package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * A handledare assigned to a participant from a date on.
 *
 * @param handledare the handledare's pseudonymous key
 * @param from the first day of the assignment
 */
public record HandledareAssignment(Pseudonym handledare, LocalDate from) {

  /**
   * @param handledare the handledare; not null
   * @param from the first day; not null
   * @throws NullPointerException if a component is null
   */
  public HandledareAssignment {
    Objects.requireNonNull(handledare, "handledare");
    Objects.requireNonNull(from, "from");
  }
}
