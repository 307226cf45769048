package se.skapa.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.consent.ParticipantScope;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.CohortAccumulator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.ParticipantProgression;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;

/**
 * Progression over stored data: the same analysis the stateless routes give for the same series, as
 * of a stated day, so that a report for 2025-12-31 is the same report tomorrow.
 */
public final class Progression {

  private final Storage storage;
  private final Clock clock;
  private final InstrumentCatalog catalog;
  private final ProgressionOptions options;

  /**
   * With the default small-number threshold ({@link
   * se.skapa.core.outcomes.SmallNumbers#DEFAULT_THRESHOLD}).
   *
   * @param storage where measurements are kept; not null
   * @param clock "today", the default of every {@code asOf}; not null
   * @param catalog the instruments; not null
   * @param options the follow-up interval and direction step; not null
   */
  public Progression(
      Storage storage, Clock clock, InstrumentCatalog catalog, ProgressionOptions options) {
    this(storage, clock, catalog, options, SmallNumbers.DEFAULT_THRESHOLD, ReleaseCalendar.DEFAULT);
  }

  /**
   * @param smallNumbersFloor a cohort's indicator averaged over fewer participants than this (or an
   *     organisation's higher threshold) is withheld from analysts
   * @param storage where measurements are kept; not null
   * @param clock "today", the default of every {@code asOf}; not null
   * @param catalog the instruments; not null
   * @param options the direction step, and the follow-up interval of an organisation that has
   *     chosen none; not null
   * @param releases the periods an analyst reads a cohort for, and when; not null
   */
  public Progression(
      Storage storage,
      Clock clock,
      InstrumentCatalog catalog,
      ProgressionOptions options,
      int smallNumbersFloor,
      ReleaseCalendar releases) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.options = Objects.requireNonNull(options, "options");
    this.smallNumbersFloor = smallNumbersFloor;
    this.releases = Objects.requireNonNull(releases, "releases");
  }

  private final int smallNumbersFloor;
  private final ReleaseCalendar releases;

  /**
   * The periods an analyst reads a cohort for, and when each is released.
   *
   * @return the calendar
   */
  public ReleaseCalendar releases() {
    return releases;
  }

  /**
   * Whether {@link #cohort} would answer {@code actor} for this period today: always for a
   * handledare; for an analyst only a whole released period of {@link #releases()}.
   *
   * @param actor who asks; not null
   * @param from the period's first day; not null
   * @param to its last day; not null
   * @return true if the cohort would be given
   */
  public boolean answers(Actor actor, LocalDate from, LocalDate to) {
    if (!actor.analystOnly()) {
      return true;
    }
    try {
      releases.requireReleased(releases.period(from, to), today());
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /**
   * The threshold below which a cohort's indicator is withheld from an organisation's analysts
   * ({@link #cohort}): the server's, or the organisation's own when higher.
   *
   * @param org the organisation; not null
   * @return the threshold
   */
  public int smallNumbers(OrganisationId org) {
    return storage.transaction(
        tx -> OrganisationSettings.in(tx, org).smallNumbers(smallNumbersFloor));
  }

  /**
   * A participant's progression, the instrument it is of, and the stored measurements it was
   * computed from.
   *
   * @param measurements oldest first, each with its id and version (for corrections)
   * @param instrument the instrument, in the version measured
   * @param progression the analysis
   */
  public record Series(
      Instrument instrument,
      ParticipantProgression progression,
      List<StoredMeasurement> measurements) {
    /**
     * Copies the measurements.
     *
     * @param instrument the instrument
     * @param progression the analysis
     * @param measurements the measurements
     */
    public Series {
      measurements = List.copyOf(measurements);
    }
  }

  /**
   * The instruments a participant has been measured on, in the services the actor may see, the most
   * recently used first: what a page offers to show. Not audited: no score is read.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @return the instrument ids, each once
   */
  public List<String> instrumentsOf(Actor actor, OrganisationId org, Pseudonym participant) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          Predicate<ServiceId> seen =
              ParticipantScope.visible(tx, actor, org, participant, today());
          return MeasurementStore.in(tx).participantInstruments(org, participant).stream()
              .filter(x -> seen.test(x.service()))
              .map(MeasurementStore.ParticipantInstrument::instrumentId)
              .distinct()
              .toList();
        });
  }

  /**
   * One participant's progression from their measurements dated on or before {@code asOf} (default
   * today). Audited as a read of one person's data.
   *
   * @throws StoredModeException NOT_FOUND if the participant has no such measurement
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @param instrumentId the instrument; not null
   * @param asOf the day the analysis is as of; empty for today
   * @return the series
   */
  public Series participant(
      Actor actor,
      OrganisationId org,
      Pseudonym participant,
      String instrumentId,
      Optional<LocalDate> asOf) {
    actor.require(org, Role.HANDLEDARE);
    LocalDate day = asOf.orElse(today());
    return storage.transaction(
        tx -> {
          Predicate<ServiceId> seen =
              ParticipantScope.visible(tx, actor, org, participant, today());
          List<StoredMeasurement> series =
              MeasurementStore.in(tx)
                  .participantSeries(org, participant, instrumentId, day)
                  .stream()
                  .filter(m -> seen.test(m.service()))
                  .toList();
          if (series.isEmpty()) {
            throw StoredModeException.notFound(
                "participant "
                    + participant
                    + " has no measurement of "
                    + instrumentId
                    + " on or before "
                    + day);
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "participant.progression.read",
                      "participants/progression",
                      participant));
          Instrument instrument =
              instrument(
                  instrumentId, series.get(series.size() - 1).measurement().instrumentVersion());
          return new Series(
              instrument,
              analyzer(day, OrganisationSettings.in(tx, org))
                  .analyze(
                      instrument, series.stream().map(StoredMeasurement::measurement).toList()),
              series);
        });
  }

  /**
   * A service's cohort report over measurements taken there with dates in [from, to], counted as of
   * {@code asOf}.
   *
   * @throws ValidationException rule {@code period} if {@code from} is after {@code to} or {@code
   *     to} after {@code asOf}
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param instrumentId the instrument; not null
   * @param respondent whose ratings; not null
   * @param from the first measurement day included; not null
   * @param to the last measurement day included; empty for {@code asOf}
   * @param asOf the day the report is as of; empty for today
   * @return the report; for an analyst, the report as first released for a whole period of {@link
   *     #releases()}, without the indicators answered twice by fewer than {@link
   *     #smallNumbers(OrganisationId)}
   * @throws ValidationException for an analyst, rule {@code release-period} for another period or
   *     an {@code asOf} other than its last day, {@code not-released} before its release day
   */
  public CohortReport cohort(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      Optional<LocalDate> to,
      Optional<LocalDate> asOf) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE);
    if (actor.analystOnly()) {
      return new AnalystCohorts(storage, clock, releases, smallNumbersFloor)
          .released(
              new CohortReleases.Scope(org, service, instrumentId, respondent),
              from,
              to,
              asOf,
              tx -> {
                requireService(tx, org, service);
                audit(tx, actor, service);
              },
              this::compute);
    }
    LocalDate day = asOf.orElse(today());
    LocalDate end = to.orElse(day);
    if (from.isAfter(end)) {
      throw ValidationException.of("/from", "period", "from " + from + " is after to " + end);
    }
    return storage.transaction(
        tx -> {
          requireService(tx, org, service);
          audit(tx, actor, service);
          return compute(
              tx, new CohortReleases.Scope(org, service, instrumentId, respondent), from, end, day);
        });
  }

  private CohortReport compute(
      Tx tx, CohortReleases.Scope scope, LocalDate from, LocalDate to, LocalDate day) {
    Instrument instrument =
        instrument(
            scope.instrumentId(),
            catalog.find(scope.instrumentId()).map(Instrument::version).orElse(0));
    // One participant's series at a time: a service of 100 000 participants is never held whole.
    CohortAccumulator cohort =
        analyzer(day, OrganisationSettings.in(tx, scope.organisation()))
            .cohort(instrument, scope.respondent());
    MeasurementStore.in(tx)
        .eachServiceSeries(
            scope.organisation(),
            scope.service(),
            scope.instrumentId(),
            scope.respondent(),
            from,
            to.isAfter(day) ? day : to,
            series ->
                cohort.add(
                    series.stream()
                        .filter(m -> m.instrumentVersion() == instrument.version())
                        .toList()));
    return cohort.report();
  }

  private static void requireService(Tx tx, OrganisationId org, ServiceId service) {
    if (OrganisationStore.in(tx).service(org, service).isEmpty()) {
      throw StoredModeException.notFound("no service '" + service + "'");
    }
  }

  private void audit(Tx tx, Actor actor, ServiceId service) {
    AuditLog.in(tx)
        .audit(
            AuditEntry.of(
                actor,
                clock.instant(),
                "service.cohort.read",
                "services/" + service + "/cohort",
                null));
  }

  private Instrument instrument(String id, int version) {
    return catalog
        .find(id, version)
        .or(() -> catalog.find(id))
        .orElseThrow(
            () ->
                ValidationException.of(
                    "/instrument",
                    "unknown-instrument",
                    "no instrument '" + id + "'; GET /api/v1/instruments lists them"));
  }

  /** The analysis as of a day, at the organisation's interval between conversations. */
  private ProgressionAnalyzer analyzer(LocalDate asOf, OrganisationSettings settings) {
    return ProgressionAnalyzer.of(
        Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC),
        settings.progressionOptions(options));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
