package se.skapa.app.register;

import java.time.Instant;
import java.util.Objects;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;

/**
 * One version of a participant's enrolment in a service: admitted, first contact, action plan, and
 * once closed, the closing date and outcome. Valid by construction ({@link ServiceParticipant}
 * checks its dates and outcome).
 */
public record StoredEnrolment(
    EnrolmentId id,
    OrganisationId organisation,
    ServiceId service,
    ServiceParticipant enrolment,
    int version,
    KeyId recordedByKey,
    Pseudonym recordedBy,
    Instant recordedAt) {

  /**
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param enrolment the enrolment; not null
   * @param version the version, from 1
   * @param recordedByKey the key that wrote this version; not null
   * @param recordedBy that key's holder; not null
   * @param recordedAt when this version was written; not null
   * @throws NullPointerException if a required component is null
   */
  public StoredEnrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(recordedByKey, "recordedByKey");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
