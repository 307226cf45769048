package se.skapa.app.register;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.register.AfterClosing;
import se.skapa.core.register.Support;

/**
 * What participants lived on at admission and at closing, and the follow-ups after closing. Rows
 * belong to an enrolment and go with it. A port of stored mode, taking part in the transaction of
 * the {@link Tx} it is asked from.
 */
public interface SupportStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static SupportStore in(Tx tx) {
    return tx.port(SupportStore.class);
  }

  /** When support is recorded in an enrolment's life. */
  enum Moment {
    /** At admission (inskrivning). */
    ADMISSION,
    /** At closing (avslut). */
    CLOSING
  }

  /**
   * Sets the support recorded at a moment, replacing what was recorded before.
   *
   * @param organisation the organisation; not null
   * @param enrolment the enrolment; not null
   * @param moment admission or closing; not null
   * @param support the sources; not null
   */
  void replaceSupport(
      OrganisationId organisation, EnrolmentId enrolment, Moment moment, List<Support> support);

  /**
   * @param organisation the organisation; not null
   * @param enrolment the enrolment; not null
   * @return the support at each moment recorded; a moment without a record is absent
   */
  Map<Moment, List<Support>> support(OrganisationId organisation, EnrolmentId enrolment);

  /**
   * A recorded follow-up after closing.
   *
   * @param enrolment the enrolment closed
   * @param followUp what was found
   * @param recordedByKey who recorded it
   * @param recordedBy their holder
   * @param recordedAt when
   */
  record Recorded(
      EnrolmentId enrolment,
      AfterClosing followUp,
      KeyId recordedByKey,
      Pseudonym recordedBy,
      Instant recordedAt) {}

  /**
   * Keeps a follow-up after closing; one per enrolment and number of months.
   *
   * @param organisation the organisation; not null
   * @param recorded the follow-up; not null
   * @return false if one with those months was already recorded
   */
  boolean insertAfterClosing(OrganisationId organisation, Recorded recorded);

  /**
   * @param organisation the organisation; not null
   * @param enrolment the enrolment; not null
   * @return its follow-ups after closing, earliest months first
   */
  List<Recorded> afterClosings(OrganisationId organisation, EnrolmentId enrolment);

  /**
   * The support recorded for every enrolment of a service, or of the organisation.
   *
   * @param organisation the organisation; not null
   * @param service one service's enrolments; empty for all
   * @return per enrolment, the support at each moment recorded
   */
  Map<EnrolmentId, Map<Moment, List<Support>>> supportOf(
      OrganisationId organisation, Optional<ServiceId> service);

  /**
   * The follow-ups after closing of every enrolment of a service, or of the organisation.
   *
   * @param organisation the organisation; not null
   * @param service one service's enrolments; empty for all
   * @return per enrolment, its follow-ups after closing
   */
  Map<EnrolmentId, List<Recorded>> afterClosingsOf(
      OrganisationId organisation, Optional<ServiceId> service);
}
