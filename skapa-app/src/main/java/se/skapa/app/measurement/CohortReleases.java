package se.skapa.app.measurement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Respondent;

/**
 * The cohort reports released to analysts, kept as first released so that a later read gives the
 * same numbers ({@link ReleaseCalendar}). Aggregates only, each over at least the small-number
 * threshold: no person's data. A port of stored mode, taking part in the transaction of the {@link
 * Tx} it is asked from.
 */
public interface CohortReleases {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static CohortReleases in(Tx tx) {
    return tx.port(CohortReleases.class);
  }

  /**
   * What a release is of.
   *
   * @param organisation the organisation
   * @param service the service
   * @param instrumentId the instrument
   * @param respondent whose ratings
   */
  record Scope(
      OrganisationId organisation, ServiceId service, String instrumentId, Respondent respondent) {}

  /**
   * @param scope what the release is of; not null
   * @param period the period; not null
   * @return the report as first released; empty if the period has not been released
   */
  Optional<CohortReport> released(Scope scope, ReleaseCalendar.Period period);

  /**
   * The periods released for the scope, so that one of another calendar that overlaps them can be
   * refused.
   *
   * @param scope what the releases are of; not null
   * @return every released period, oldest first
   */
  List<ReleaseCalendar.Period> periods(Scope scope);

  /**
   * Keeps a release; a second release of the same scope and period keeps the first.
   *
   * @param scope what the release is of; not null
   * @param period the period; not null
   * @param at when it was released; not null
   * @param report the report as released; not null
   */
  void release(Scope scope, ReleaseCalendar.Period period, Instant at, CohortReport report);
}
