package se.skapa.app.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;

/**
 * Outcome reports kept as issued. A port of stored mode, taking part in the transaction of the
 * {@link Tx} it is asked from; every query names its organisation.
 */
public interface FixedReportStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static FixedReportStore in(Tx tx) {
    return tx.port(FixedReportStore.class);
  }

  /**
   * @param organisation the organisation; not null
   * @param service the service, or empty for the organisation's report; not null
   * @param from the period's first day; not null
   * @param to the period's last day; not null
   * @return the report fixed for exactly that period; empty if there is none
   */
  Optional<FixedReport> fixed(
      OrganisationId organisation, Optional<ServiceId> service, LocalDate from, LocalDate to);

  /**
   * @param organisation the organisation; not null
   * @param service the service, or empty for the organisation's reports; not null
   * @return every report fixed for it, oldest period first
   */
  List<FixedReport> fixedReports(OrganisationId organisation, Optional<ServiceId> service);

  /**
   * @param organisation the organisation; not null
   * @param id a fixed report's id; not null
   * @return the report; empty if the organisation has none with that id
   */
  Optional<FixedReport> fixedReport(OrganisationId organisation, java.util.UUID id);

  /**
   * Records that a report was given to an analyst, unless it was before.
   *
   * @param organisation the organisation; not null
   * @param id the report's id; not null
   * @param at when; not null
   */
  void released(OrganisationId organisation, java.util.UUID id, java.time.Instant at);

  /**
   * Keeps a report unless one is kept for the same service and period.
   *
   * @param report the report; not null
   * @return false if one was kept already (nothing is stored)
   */
  boolean fix(FixedReport report);
}
