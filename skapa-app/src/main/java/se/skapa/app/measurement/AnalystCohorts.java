package se.skapa.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.CohortReport;

/**
 * An analyst's cohort: the release of one whole period of the calendar, computed and kept at its
 * first read and given as kept ever after, so that two reads can never be subtracted from each
 * other ({@link ReleaseCalendar}, {@code docs/privacy.md}).
 */
final class AnalystCohorts {

  /** Computes a cohort report within a transaction. */
  interface Computation {
    CohortReport compute(
        Tx tx, CohortReleases.Scope scope, LocalDate from, LocalDate to, LocalDate day);
  }

  private final Storage storage;
  private final Clock clock;
  private final ReleaseCalendar releases;
  private final int smallNumbersFloor;

  AnalystCohorts(Storage storage, Clock clock, ReleaseCalendar releases, int smallNumbersFloor) {
    this.storage = storage;
    this.clock = clock;
    this.releases = releases;
    this.smallNumbersFloor = smallNumbersFloor;
  }

  /**
   * @param before checks and audits within the transaction, before anything is read
   * @throws ValidationException rule {@code release-period} for a period that is not one whole
   *     period (or overlaps one released under another calendar), or an {@code asOf} other than its
   *     last day; {@code not-released} before its release day
   */
  CohortReport released(
      CohortReleases.Scope scope,
      LocalDate from,
      Optional<LocalDate> to,
      Optional<LocalDate> asOf,
      Consumer<Tx> before,
      Computation computation) {
    LocalDate today = LocalDate.now(clock);
    ReleaseCalendar.Period period = releases.period(from, to.orElse(today));
    if (asOf.isPresent() && !asOf.get().equals(period.to())) {
      throw ValidationException.of(
          "/asOf",
          "release-period",
          "an analyst's cohort is as of its period's last day ("
              + period.to()
              + "); leave asOf out");
    }
    releases.requireReleased(period, today);
    return storage.transaction(
        tx -> {
          before.accept(tx);
          CohortReleases kept = CohortReleases.in(tx);
          Optional<CohortReport> first = kept.released(scope, period);
          if (first.isPresent()) {
            return first.get();
          }
          kept.periods(scope).stream()
              .filter(p -> p.overlaps(period))
              .findFirst()
              .ifPresent(
                  p -> {
                    throw ValidationException.of(
                        "/from",
                        "release-period",
                        period.name()
                            + " overlaps "
                            + p.name()
                            + ", released before; read "
                            + p.name());
                  });
          CohortReport computed =
              computation.compute(tx, scope, period.from(), period.to(), period.to());
          int t = OrganisationSettings.in(tx, scope.organisation()).smallNumbers(smallNumbersFloor);
          kept.release(scope, period, clock.instant(), withoutSmallNumbers(computed, t));
          return kept.released(scope, period).orElseThrow();
        });
  }

  /**
   * A mean over one or two people is their own scores: an analyst sees an indicator only when
   * enough answered it twice.
   */
  private static CohortReport withoutSmallNumbers(CohortReport report, int t) {
    return new CohortReport(
        report.respondent(),
        report.participants(),
        report.participantsWithTwoOrMore(),
        report.indicators().stream().filter(i -> !SmallNumbers.small(i.participants(), t)).toList(),
        report.medianDaysBetween(),
        report.shareOverdue(),
        report.asOf());
  }
}
