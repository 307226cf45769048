package se.skapa.app.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;
import se.skapa.core.register.Job;
import se.skapa.core.register.WorkedDuring;

/**
 * The outcome report of a service or an organisation for a period, from its enrolments and the jobs
 * recorded under them, held against its targets; an analyst gets small numbers withheld.
 */
public final class OutcomeReports {

  private final Storage storage;
  private final Clock clock;
  private final int smallNumbers;

  /**
   * @param storage the storage; not null
   * @param clock the clock audit lines are stamped with; not null
   * @param smallNumbers the small-numbers threshold analysts are held to
   */
  public OutcomeReports(Storage storage, Clock clock, int smallNumbers) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.smallNumbers = smallNumbers;
  }

  /**
   * A report, the targets it was held against (those whose period contains the report's), and the
   * cells withheld from its reader.
   *
   * @param threshold the small-numbers threshold applied, 0 if none was (a reader who may see
   *     people's data)
   * @param suppressed cells withheld ({@link SmallNumbers#suppressed})
   * @param report the outcome report
   * @param targets the targets it was held against
   */
  public record Report(
      OutcomeReport report,
      Share workedDuring,
      List<Target> targets,
      int threshold,
      Set<String> suppressed) {
    /**
     * Copies the targets and cells.
     *
     * @param report the report
     * @param workedDuring enrolments in the period with a job held while enrolled, from the
     *     register's jobs
     * @param targets the targets
     * @param threshold the threshold applied
     * @param suppressed the cells withheld ({@code workedDuring} among them)
     */
    public Report {
      targets = List.copyOf(targets);
      suppressed = Set.copyOf(suppressed);
    }
  }

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
   * @return the report; for an analyst only, small numbers withheld
   */
  public Report report(
      Actor actor, OrganisationId org, Optional<ServiceId> service, ReportTerms terms) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE, Role.ADMIN);
    LocalDate from = terms.from();
    LocalDate to = terms.to();
    return storage.transaction(
        tx -> {
          service.ifPresent(
              s -> {
                if (OrganisationStore.in(tx).service(org, s).isEmpty()) {
                  throw StoredModeException.notFound("no service '" + s + "'");
                }
              });
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
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(actor.key()),
                      actor.holder().value(),
                      "report.read",
                      service.map(s -> "services/" + s + "/report").orElse("report"),
                      Optional.empty(),
                      Optional.of(rows.size())));
          // Those who may read one person's data see whole numbers; an analyst sees aggregates
          // only.
          if (!actor.analystOnly()) {
            return new Report(report, worked, targets, 0, Set.of());
          }
          Set<String> suppressed =
              new LinkedHashSet<>(SmallNumbers.suppressed(report, smallNumbers));
          if (SmallNumbers.small(worked.count(), smallNumbers)
              || SmallNumbers.small(worked.denominator() - worked.count(), smallNumbers)
              || SmallNumbers.small(worked.denominator(), smallNumbers)) {
            suppressed.add("workedDuring");
          }
          return new Report(report, worked, targets, smallNumbers, suppressed);
        });
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
