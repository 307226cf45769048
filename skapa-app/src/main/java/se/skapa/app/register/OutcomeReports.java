package se.skapa.app.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.OutcomeFigures;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;
import se.skapa.core.register.Job;
import se.skapa.core.register.WorkedDuring;

/**
 * The outcome report of a service or an organisation for a period, from its enrolments and the jobs
 * recorded under them, held against its targets. A report can be fixed (fastställd) as issued; a
 * later run for the same period says how it differs and why. An analyst reads one whole released
 * period of the calendar ({@link ReleaseCalendar}), fixed at its first release, with small numbers
 * withheld: two reads can never be subtracted to give one person's outcome.
 */
public final class OutcomeReports {

  private final Storage storage;
  private final Clock clock;
  private final int smallNumbersFloor;
  private final ReleaseCalendar releases;

  /**
   * @param storage the storage; not null
   * @param clock the clock audit lines are stamped with; not null
   * @param smallNumbersFloor the server's small-numbers threshold analysts are held to, or an
   *     organisation's higher one
   * @param releases the calendar of the periods released to analysts; not null
   */
  public OutcomeReports(
      Storage storage, Clock clock, int smallNumbersFloor, ReleaseCalendar releases) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.smallNumbersFloor = smallNumbersFloor;
    this.releases = Objects.requireNonNull(releases, "releases");
  }

  /**
   * A report, the targets it was held against (those whose period contains the report's), and the
   * cells withheld from its reader.
   *
   * @param report the outcome report
   * @param workedDuring enrolments in the period with a job held while enrolled
   * @param targets the targets it was held against
   * @param threshold the small-numbers threshold applied, 0 if none was (a reader who may see
   *     people's data)
   * @param suppressed cells withheld ({@link SmallNumbers#suppressed})
   * @param fixed the report as fixed for this period, when one is; for an analyst, the one given
   * @param drift how today's run differs from the fixed report; empty for an analyst and when none
   *     is fixed
   */
  public record Report(
      OutcomeReport report,
      Share workedDuring,
      List<Target> targets,
      int threshold,
      Set<String> suppressed,
      Optional<FixedReport> fixed,
      Optional<ReportDrift> drift) {
    /**
     * Copies the targets and cells.
     *
     * @param report the report
     * @param workedDuring worked while enrolled
     * @param targets the targets
     * @param threshold the threshold applied
     * @param suppressed the cells withheld ({@code workedDuring} among them)
     * @param fixed the fixed report
     * @param drift the differences from it
     */
    public Report {
      targets = List.copyOf(targets);
      suppressed = Set.copyOf(suppressed);
    }
  }

  /** A report as computed today, before anyone's view of it. */
  record Run(
      OutcomeReport report, Share worked, List<Target> targets, List<StoredEnrolment> rows) {}

  /**
   * The outcome report of a service, or of the organisation's every service when {@code service} is
   * empty, for [from, to], held against the targets whose period contains it. In the organisation's
   * report every enrolment counts: a person in two insatser counts in each, as a förbund reports
   * its insatser.
   *
   * @param actor an analyst, handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service one service, or empty for the organisation's report; not null
   * @param terms the period, the denominator's rule, the contact days and the staff; not null
   * @return the report; for an analyst the period's release, small numbers withheld
   * @throws ValidationException for an analyst: rule {@code release-period} for a period that is
   *     not one whole period of the calendar, overlaps one released before, or was released under
   *     other terms; {@code not-released} before its release day
   */
  public Report report(
      Actor actor, OrganisationId org, Optional<ServiceId> service, ReportTerms terms) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE, Role.ADMIN);
    if (actor.analystOnly()) {
      return new AnalystReports(this, storage, clock, releases, smallNumbersFloor)
          .released(actor, org, service, terms);
    }
    return storage.transaction(
        tx -> {
          Run run = run(tx, org, service, terms);
          audit(tx, actor, org, service, run.rows().size());
          Optional<FixedReport> fixed =
              FixedReportStore.in(tx).fixed(org, service, terms.from(), terms.to());
          return new Report(
              run.report(),
              run.worked(),
              run.targets(),
              0,
              Set.of(),
              fixed,
              fixed.map(f -> ReportDrift.of(f, run.report(), run.worked(), run.rows())));
        });
  }

  /**
   * Whether {@link #report} would answer {@code actor} for this period today: always for one who
   * may see people's data; for an analyst only a whole released period of the calendar.
   *
   * @param actor who asks; not null
   * @param from the period's first day; not null
   * @param to its last day; not null
   * @return true if the report would be given
   */
  public boolean answers(Actor actor, LocalDate from, LocalDate to) {
    if (!actor.analystOnly()) {
      return true;
    }
    try {
      releases.requireReleased(releases.period(from, to), LocalDate.now(clock));
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /** {@return the calendar of the periods released to analysts} */
  public ReleaseCalendar releases() {
    return releases;
  }

  /**
   * Fixes the report of a period that has ended as it reads today (fastställer den): it is kept
   * with its terms, figures and targets, who fixed it and when, and read back so ever after.
   *
   * @param actor an admin of the organisation; not null
   * @param org the organisation; not null
   * @param service one service, or empty for the organisation's report; not null
   * @param terms the period and the report's rules; not null
   * @return the fixed report
   * @throws ValidationException rule {@code period-not-over} for a period that has not ended
   * @throws StoredModeException conflict if the period's report is fixed already
   */
  public FixedReport fix(
      Actor actor, OrganisationId org, Optional<ServiceId> service, ReportTerms terms) {
    actor.require(org, Role.ADMIN);
    if (!terms.to().isBefore(LocalDate.now(clock))) {
      throw ValidationException.of(
          "/to",
          "period-not-over",
          "a report is fixed once its period is over; " + terms.to() + " is not yet past");
    }
    return storage.transaction(
        tx -> {
          Run run = run(tx, org, service, terms);
          FixedReport fixed = keep(tx, org, service, terms, run, actor.holder().value());
          AuditLog.in(tx)
              .audit(
                  AuditEntry.counted(
                      actor,
                      clock.instant(),
                      "report.fixed",
                      resource(service),
                      run.rows().size()));
          return fixed;
        });
  }

  /**
   * The reports fixed for a service or the organisation. Not for an analyst, whose reports are the
   * released periods ({@link #report}): two fixed spans could be subtracted.
   *
   * @param actor an admin or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service one service, or empty for the organisation's reports; not null
   * @return every report fixed for it, oldest period first
   */
  public List<FixedReport> fixedReports(
      Actor actor, OrganisationId org, Optional<ServiceId> service) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    return storage.transaction(
        tx -> {
          requireService(tx, org, service);
          return FixedReportStore.in(tx).fixedReports(org, service);
        });
  }

  /**
   * One fixed report, as issued.
   *
   * @param actor an admin or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param id the report's id; not null
   * @return the report
   * @throws StoredModeException not found if the organisation has no such report
   */
  public FixedReport fixedReport(Actor actor, OrganisationId org, UUID id) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    return storage.transaction(
        tx ->
            FixedReportStore.in(tx)
                .fixedReport(org, id)
                .orElseThrow(() -> StoredModeException.notFound("no fixed report " + id)));
  }

  Run run(Tx tx, OrganisationId org, Optional<ServiceId> service, ReportTerms terms) {
    requireService(tx, org, service);
    LocalDate from = terms.from();
    LocalDate to = terms.to();
    List<StoredEnrolment> rows = RegisterStore.in(tx).enrolments(org, service, to);
    List<ServiceParticipant> participants = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ServiceParticipant p = rows.get(i).enrolment();
      // One line per enrolment; the report needs no one's key, so none reaches it.
      participants.add(
          new ServiceParticipant(
              Pseudonym.of("e-" + i),
              p.admitted(),
              p.closed(),
              p.outcome(),
              p.subsidised(),
              p.firstContact(),
              p.actionPlan()));
    }
    OutcomeReport report = OutcomeReporter.report(participants, terms);
    Share worked = WorkedDuring.count(from, to, enrolled(tx, org, rows));
    List<Target> targets =
        RegisterStore.in(tx).targets(org, service).stream()
            .filter(t -> t.covers(from, to))
            .flatMap(t -> t.targets().stream())
            .toList();
    return new Run(report, worked, targets, rows);
  }

  FixedReport keep(
      Tx tx,
      OrganisationId org,
      Optional<ServiceId> service,
      ReportTerms terms,
      Run run,
      String by) {
    FixedReport fixed =
        new FixedReport(
            UUID.randomUUID(),
            org,
            service,
            terms,
            clock.instant(),
            by,
            OutcomeFigures.of(run.report()),
            run.worked().count(),
            run.worked().denominator(),
            run.targets(),
            run.rows().size(),
            Optional.empty());
    if (!FixedReportStore.in(tx).fix(fixed)) {
      throw StoredModeException.conflict(
          "the report for "
              + terms.from()
              + " – "
              + terms.to()
              + " is fixed already; a fixed report is kept as issued",
          null);
    }
    return fixed;
  }

  static void requireService(Tx tx, OrganisationId org, Optional<ServiceId> service) {
    service.ifPresent(
        s -> {
          if (OrganisationStore.in(tx).service(org, s).isEmpty()) {
            throw StoredModeException.notFound("no service '" + s + "'");
          }
        });
  }

  void audit(Tx tx, Actor actor, OrganisationId org, Optional<ServiceId> service, int enrolments) {
    AuditLog.in(tx)
        .audit(
            AuditEntry.counted(
                actor, clock.instant(), "report.read", resource(service), enrolments));
  }

  private static String resource(Optional<ServiceId> service) {
    return service.map(s -> "services/" + s + "/report").orElse("report");
  }

  /** Each enrolment with the jobs recorded under it, read per service. */
  private static List<WorkedDuring.Enrolled> enrolled(
      Tx tx, OrganisationId org, List<StoredEnrolment> rows) {
    Map<EnrolmentId, List<Job>> jobs = jobsByEnrolment(tx, org, rows);
    return rows.stream()
        .map(
            r ->
                new WorkedDuring.Enrolled(
                    r.enrolment().admitted(),
                    r.enrolment().closed(),
                    jobs.getOrDefault(r.id(), List.of())))
        .toList();
  }

  /**
   * The jobs recorded under each of the enrolments' services' enrolments, read once per service.
   *
   * @param tx the transaction; not null
   * @param org the organisation; not null
   * @param rows the enrolments whose services are read; not null
   * @return per enrolment, its jobs
   */
  static Map<EnrolmentId, List<Job>> jobsByEnrolment(
      Tx tx, OrganisationId org, List<StoredEnrolment> rows) {
    Map<EnrolmentId, List<Job>> jobs = new HashMap<>();
    rows.stream()
        .map(StoredEnrolment::service)
        .distinct()
        .forEach(
            s -> {
              for (StoredSpell spell : SpellStore.in(tx).serviceSpells(org, s, "jobs")) {
                if (spell.enrolment().isPresent() && spell.spell() instanceof Spell.Work w) {
                  jobs.computeIfAbsent(spell.enrolment().get(), k -> new ArrayList<>())
                      .add(w.job());
                }
              }
            });
    return jobs;
  }
}
