package se.skapa.app.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Enrolments (admissions and closings) and targets. A port of stored mode: its implementation takes
 * part in the transaction of the {@link Tx} it is asked from, and every query names its
 * organisation.
 */
public interface RegisterStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static RegisterStore in(Tx tx) {
    return tx.port(RegisterStore.class);
  }

  /**
   * Stores version 1 of an enrolment, unless the organisation has one of the same participant,
   * service and admission date.
   *
   * @return the existing enrolment's id if there is one (nothing is stored), else empty
   * @param enrolment version 1 of the enrolment; not null
   */
  Optional<EnrolmentId> insertEnrolment(StoredEnrolment enrolment);

  /**
   * Stores {@code next} if the current version is {@code next.version() - 1}.
   *
   * @param next the next version; not null
   * @return false if another change came first
   */
  boolean updateEnrolment(StoredEnrolment next);

  /**
   * @param organisation the organisation; not null
   * @param id an enrolment's id; not null
   * @return its current version; empty if there is none
   */
  Optional<StoredEnrolment> enrolment(OrganisationId organisation, EnrolmentId id);

  /**
   * Current enrolments of one service, or of every service when {@code service} is empty, admitted
   * on or before {@code to}.
   *
   * @param organisation the organisation; not null
   * @param service the service, or empty for every service; not null
   * @param to the last admission day included; not null
   * @return the enrolments
   */
  List<StoredEnrolment> enrolments(
      OrganisationId organisation, Optional<ServiceId> service, LocalDate to);

  /**
   * Every current enrolment of one participant, in every service, the latest admitted first.
   *
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @return the enrolments
   */
  List<StoredEnrolment> participantEnrolments(OrganisationId organisation, Pseudonym participant);

  /**
   * Replaces the target set of the same service (or the organisation) and period.
   *
   * @param organisation the organisation; not null
   * @param targets the new target set; not null
   */
  void replaceTargets(OrganisationId organisation, TargetSet targets);

  /**
   * Every target set of a service (or of the organisation, when empty).
   *
   * @param organisation the organisation; not null
   * @param service the service, or empty for the organisation's own; not null
   * @return the target sets
   */
  List<TargetSet> targets(OrganisationId organisation, Optional<ServiceId> service);
}
