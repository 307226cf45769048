package se.skapa.app.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.ServiceId;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.Target;

/**
 * The targets of a service, or of the whole organisation, for a period (a verksamhetsplan's year,
 * say). A report is held against every target set whose period contains the report's.
 *
 * @param service empty for the organisation's own targets
 */
public record TargetSet(
    Optional<ServiceId> service, LocalDate from, LocalDate to, List<Target> targets) {

  /**
   * @throws ValidationException rule {@code date-order} if the period ends before it starts
   * @param service the service; not null, empty for the organisation's own
   * @param from the period's first day; not null
   * @param to the period's last day; not null
   * @param targets the targets; copied
   */
  public TargetSet {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    targets = List.copyOf(targets);
    if (to.isBefore(from)) {
      throw ValidationException.of(
          "/to", "date-order", "the period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * @param reportFrom a report's first day; not null
   * @param reportTo a report's last day; not null
   * @return true if the report's period lies within this set's period
   */
  public boolean covers(LocalDate reportFrom, LocalDate reportTo) {
    return !from.isAfter(reportFrom) && !to.isBefore(reportTo);
  }
}
