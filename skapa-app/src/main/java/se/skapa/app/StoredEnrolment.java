package se.skapa.app;

import java.time.Instant;
import java.util.Objects;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;

/**
 * One version of a participant's enrolment in a service: admitted, first contact, action plan, and
 * once closed, the closing date and outcome. Valid by construction ({@link ServiceParticipant} checks
 * its dates and outcome).
 */
public record StoredEnrolment(EnrolmentId id, OrganisationId organisation, ServiceId service, ServiceParticipant enrolment, int version,
                              KeyId recordedByKey, Pseudonym recordedBy, Instant recordedAt) {

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
