package se.skapa.app.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.SmallNumbers;

/**
 * An analyst's outcome reports: one whole released period of the calendar ({@link
 * ReleaseCalendar}), the organisation's and every service's fixed together at the first read from
 * one snapshot and given as fixed ever after, with small numbers withheld, also where an
 * organisation's cell would give a service's withheld one away. Two reads can never be subtracted
 * to give one person's outcome ({@code docs/privacy.md}).
 */
final class AnalystReports {

  private final OutcomeReports reports;
  private final Storage storage;
  private final Clock clock;
  private final ReleaseCalendar releases;
  private final int smallNumbersFloor;

  AnalystReports(
      OutcomeReports reports,
      Storage storage,
      Clock clock,
      ReleaseCalendar releases,
      int smallNumbersFloor) {
    this.reports = reports;
    this.storage = storage;
    this.clock = clock;
    this.releases = releases;
    this.smallNumbersFloor = smallNumbersFloor;
  }

  OutcomeReports.Report released(
      Actor actor, OrganisationId org, Optional<ServiceId> service, ReportTerms terms) {
    ReleaseCalendar.Period period = releases.period(terms.from(), terms.to());
    releases.requireReleased(period, LocalDate.now(clock));
    return storage.transaction(
        tx -> {
          OutcomeReports.requireService(tx, org, service);
          int t = OrganisationSettings.in(tx, org).smallNumbers(smallNumbersFloor);
          // The organisation's report and every service's are released together, from one
          // snapshot: released apart, a late record would be the difference between them.
          List<Optional<ServiceId>> scopes = new ArrayList<>();
          scopes.add(Optional.empty());
          OrganisationStore.in(tx).services(org).forEach(s -> scopes.add(Optional.of(s.id())));
          Map<Optional<ServiceId>, FixedReport> fixed = new HashMap<>();
          for (Optional<ServiceId> scope : scopes) {
            fixed.put(scope, releaseOf(tx, org, scope, terms, period));
          }
          FixedReport asked = Objects.requireNonNull(fixed.get(service), "the asked scope");
          requireTerms(asked, terms, period);
          FixedReportStore.in(tx).released(org, asked.id(), clock.instant());
          reports.audit(tx, actor, org, service, asked.enrolments());
          // A cell of the organisation's withheld in a service's report would come back as the
          // organisation's less the other services'.
          Set<String> inParts = new HashSet<>();
          if (service.isEmpty()) {
            scopes.stream()
                .filter(Optional::isPresent)
                .map(fixed::get)
                .filter(Objects::nonNull)
                .forEach(part -> inParts.addAll(withheld(part, Set.of(), t)));
          }
          return new OutcomeReports.Report(
              asked.report(),
              asked.workedDuring(),
              asked.targets(),
              t,
              withheld(asked, inParts, t),
              Optional.of(asked),
              Optional.empty());
        });
  }

  private FixedReport releaseOf(
      Tx tx,
      OrganisationId org,
      Optional<ServiceId> scope,
      ReportTerms terms,
      ReleaseCalendar.Period period) {
    FixedReportStore kept = FixedReportStore.in(tx);
    Optional<FixedReport> first = kept.fixed(org, scope, period.from(), period.to());
    if (first.isPresent()) {
      return first.get();
    }
    // Only what an analyst could be given can be subtracted from: a report an admin fixed for
    // another span, never released, is no release.
    kept.fixedReports(org, scope).stream()
        .filter(f -> f.released().isPresent() || f.fixedAtRelease())
        .filter(f -> !f.terms().to().isBefore(period.from()))
        .filter(f -> !period.to().isBefore(f.terms().from()))
        .findFirst()
        .ifPresent(
            f -> {
              throw ValidationException.of(
                  "/from",
                  "release-period",
                  period.name()
                      + " overlaps the report released for "
                      + f.terms().from()
                      + " – "
                      + f.terms().to()
                      + "; read that period");
            });
    return reports.keep(
        tx, org, scope, terms, reports.run(tx, org, scope, terms), FixedReport.RELEASE);
  }

  private static void requireTerms(
      FixedReport fixed, ReportTerms terms, ReleaseCalendar.Period period) {
    ReportTerms kept = fixed.terms();
    if (kept.closingRule() != terms.closingRule()
        || kept.contactDays() != terms.contactDays()
        || kept.staffFullTimeEquivalents().compareTo(terms.staffFullTimeEquivalents()) != 0) {
      throw ValidationException.of(
          "/closingRule",
          "release-period",
          period.name()
              + " was released with closingRule "
              + kept.closingRule()
              + ", contactDays "
              + kept.contactDays()
              + " and staff "
              + kept.staffFullTimeEquivalents().toPlainString()
              + "; ask with those");
    }
  }

  /** The cells of a released report an analyst may not read. */
  private static Set<String> withheld(FixedReport fixed, Set<String> inParts, int t) {
    Set<String> out = new LinkedHashSet<>(SmallNumbers.suppressed(fixed.report(), t, inParts));
    if (inParts.contains("workedDuring") || SmallNumbers.small(fixed.workedDuring(), t)) {
      out.add("workedDuring");
    }
    return out;
  }
}
