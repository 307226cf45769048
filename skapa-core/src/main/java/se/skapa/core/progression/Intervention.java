package se.skapa.core.progression;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.ValidationException;

/**
 * An intervention (insats) in one of BIP's four groups over a period.
 *
 * @param name a short description chosen by the caller (no personal data)
 * @param group the BIP group it belongs to
 * @param start first day
 * @param end last day, empty while ongoing
 */
public record Intervention(String name, BipGroup group, LocalDate start, Optional<LocalDate> end) {

  /**
   * @throws ValidationException if {@code end} is before {@code start}
   * @param name the description; not null
   * @param group the BIP group; not null
   * @param start the first day; not null
   * @param end the last day; not null, empty while ongoing
   */
  public Intervention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw ValidationException.of(
          "/end",
          "period",
          "intervention '" + name + "' ends (" + end.get() + ") before it starts (" + start + ")");
    }
  }

  /**
   * @param date a day; not null
   * @return true if the intervention runs that day, both ends included
   */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
  }
}
