package se.skapa.app.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;

/**
 * A participant's consent that the named services share their data about them.
 *
 * @param id the consent's id
 * @param organisation the organisation
 * @param participant the participant's pseudonymous key
 * @param services the services that may share, two or more
 * @param given the first day it holds
 * @param withdrawn the day it was withdrawn (it no longer holds from that day), if it was
 * @param recordedBy the holder who recorded it
 * @param recordedAt when it was recorded
 */
public record Consent(
    UUID id,
    OrganisationId organisation,
    Pseudonym participant,
    Set<ServiceId> services,
    LocalDate given,
    Optional<LocalDate> withdrawn,
    Pseudonym recordedBy,
    Instant recordedAt) {

  /**
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if fewer than two services share, or it is withdrawn before it
   *     was given
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @param services two or more services
   * @param given the first day it holds; not null
   * @param withdrawn the day it no longer holds from, if withdrawn; not null
   * @param recordedBy who recorded it; not null
   * @param recordedAt when; not null
   */
  public Consent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(participant, "participant");
    services = Set.copyOf(services);
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(withdrawn, "withdrawn");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (services.size() < 2) {
      throw new IllegalArgumentException("a consent to share names two services or more");
    }
    if (withdrawn.isPresent() && withdrawn.get().isBefore(given)) {
      throw new IllegalArgumentException("a consent is withdrawn on or after the day it was given");
    }
  }

  /**
   * @param day a day; not null
   * @return true if the consent holds on that day
   */
  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(given) && withdrawn.map(day::isBefore).orElse(true);
  }
}
