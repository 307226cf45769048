package se.skapa.app.measurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;

/**
 * Measurements and every version of them. A port of stored mode: its implementation takes part in
 * the transaction of the {@link Tx} it is asked from, and every query names its organisation.
 */
public interface MeasurementStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static MeasurementStore in(Tx tx) {
    return tx.port(MeasurementStore.class);
  }

  /**
   * Stores version 1 of a measurement, unless the organisation holds one of the same participant,
   * instrument, respondent and date.
   *
   * @return the existing measurement's id if there is one (nothing is stored), else empty
   * @param provenance who recorded it, when, version 1, and its id; not null
   * @param service where it was taken; not null
   * @param measurement the measurement, every rule checked; not null
   */
  Optional<MeasurementId> insertMeasurement(
      Provenance provenance, ServiceId service, ValidMeasurement measurement);

  /**
   * A new measurement to store: what {@link #insertMeasurement} takes, for many at once.
   *
   * @param provenance who recorded it, when, version 1, and its id
   * @param service where it was taken
   * @param measurement the measurement, every rule checked
   */
  record NewMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement) {}

  /**
   * Stores many new measurements as {@link #insertMeasurement} stores one, in one round trip per
   * batch: an import of a register must not cost a round trip per row.
   *
   * @return per measurement, in order: empty if stored, else the id of the stored one with the same
   *     identity
   * @param measurements the measurements, in order; not null
   */
  List<Optional<MeasurementId>> insertMeasurements(List<NewMeasurement> measurements);

  /**
   * Stores {@code provenance.version()} as the current version if the current one is {@code
   * provenance.version() - 1}; every earlier version stays in the history.
   *
   * @return false if the current version is another (a concurrent correction won)
   * @param provenance the new version's provenance; not null
   * @param service where it was taken; not null
   * @param measurement the corrected measurement; not null
   */
  boolean correctMeasurement(
      Provenance provenance, ServiceId service, ValidMeasurement measurement);

  /**
   * The same participant, instrument, respondent and date, other than {@code except}.
   *
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @param instrumentId the instrument; not null
   * @param respondent who rated; not null
   * @param date the day; not null
   * @param except a measurement to leave out (the one being corrected); not null, may be empty
   * @return the id of such a measurement; empty if there is none
   */
  Optional<MeasurementId> sameMeasurement(
      OrganisationId organisation,
      Pseudonym participant,
      String instrumentId,
      Respondent respondent,
      LocalDate date,
      Optional<MeasurementId> except);

  /**
   * @param organisation the organisation; not null
   * @param id a measurement's id; not null
   * @return its current version; empty if there is none
   */
  Optional<StoredMeasurement> measurement(OrganisationId organisation, MeasurementId id);

  /**
   * Every version, oldest first; empty if there is no such measurement.
   *
   * @param organisation the organisation; not null
   * @param id a measurement's id; not null
   * @return the versions
   */
  List<StoredMeasurement> history(OrganisationId organisation, MeasurementId id);

  /**
   * A participant's current measurements of an instrument dated on or before {@code asOf}.
   *
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @param instrumentId the instrument; not null
   * @param asOf the last day included; not null
   * @return the measurements, any order
   */
  List<StoredMeasurement> participantSeries(
      OrganisationId organisation, Pseudonym participant, String instrumentId, LocalDate asOf);

  /**
   * The instruments a participant has been measured on, and where.
   *
   * @param instrumentId the instrument
   * @param service the service a measurement of it was taken at
   * @param latest the latest day measured on it there
   */
  record ParticipantInstrument(String instrumentId, ServiceId service, LocalDate latest) {}

  /**
   * Every instrument and service a participant has a current measurement of, the latest first.
   *
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @return one row per instrument and service
   */
  List<ParticipantInstrument> participantInstruments(
      OrganisationId organisation, Pseudonym participant);

  /**
   * Current measurements of an instrument by one respondent, taken at a service, dated in [from,
   * to]: what a cohort report needs, without provenance, handledare or comment.
   *
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param instrumentId the instrument; not null
   * @param respondent who rated; not null
   * @param from the first day included; not null
   * @param to the last day included; not null
   * @return the measurements, any order
   */
  List<Measurement> serviceMeasurements(
      OrganisationId organisation,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to);

  /**
   * Visits the same measurements as {@link #serviceMeasurements}, one participant's at a time, so
   * that a cohort of a hundred thousand participants is never held whole (docs/operations.md).
   *
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param instrumentId the instrument; not null
   * @param respondent who rated; not null
   * @param from the first day included; not null
   * @param to the last day included; not null
   * @param each called once per participant with every one of their measurements; not null
   * @return how many measurements were visited
   */
  long eachServiceSeries(
      OrganisationId organisation,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to,
      Consumer<List<Measurement>> each);

  /**
   * Visits the current measurements taken at a service (or any, when empty) dated in [from, to], by
   * date, one at a time: an export of years of a register never holds them all at once.
   *
   * @param organisation the organisation; not null
   * @param service the service, or empty for every service; not null
   * @param from the first day included; not null
   * @param to the last day included; not null
   * @param each called with every measurement, in order; not null
   * @return how many were visited
   */
  long eachMeasurementBetween(
      OrganisationId organisation,
      Optional<ServiceId> service,
      LocalDate from,
      LocalDate to,
      Consumer<StoredMeasurement> each);

  /**
   * An instrument version and how many measurements of those {@link #eachMeasurementBetween} would
   * visit use it: a file's columns and its row count, known before its first row.
   *
   * @param instrumentId the instrument
   * @param version its version
   * @param rows the measurements that use it
   */
  record InstrumentUse(String instrumentId, int version, long rows) {}

  /**
   * @param organisation the organisation; not null
   * @param service the service, or empty for every service; not null
   * @param from the first day included; not null
   * @param to the last day included; not null
   * @return the instrument versions the measurements use, ordered by id and version
   */
  List<InstrumentUse> instrumentsBetween(
      OrganisationId organisation, Optional<ServiceId> service, LocalDate from, LocalDate to);

  /**
   * Per participant, the current measurement of an instrument with the latest date on or before
   * {@code asOf}.
   *
   * @param organisation the organisation; not null
   * @param instrumentId the instrument; not null
   * @param asOf the last day included; not null
   * @param handledare only the participants this handledare follows: named as handledare on any of
   *     their measurements, or the one who recorded a measurement that names nobody (an import);
   *     their latest may be a colleague's; empty for all. Answered from the handledare's own
   *     participants, so that one handledare's list costs the same however large the organisation
   * @return one measurement per participant
   */
  List<StoredMeasurement> latestPerParticipant(
      OrganisationId organisation,
      String instrumentId,
      LocalDate asOf,
      Optional<Pseudonym> handledare);
}
