package se.skapa.app.measurement;

import java.util.Objects;
import java.util.Optional;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.FollowUpStatus;

/**
 * A participant whose next measurement is due or overdue.
 *
 * @param service where the latest measurement was taken
 * @param handledare the handledare named on the latest measurement, if any
 * @param status latest date, next due date, days overdue
 */
public record FollowUp(
    Pseudonym participant,
    ServiceId service,
    Optional<Pseudonym> handledare,
    FollowUpStatus status) {

  /**
   * @param participant the participant; not null
   * @param service where the latest measurement was taken; not null
   * @param handledare the handledare named on the latest measurement, if any; not null
   * @param status latest date, next due date, days overdue; not null
   * @throws NullPointerException if a required component is null
   */
  public FollowUp {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(handledare, "handledare");
    Objects.requireNonNull(status, "status");
  }
}
