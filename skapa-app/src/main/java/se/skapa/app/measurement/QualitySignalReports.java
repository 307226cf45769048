package se.skapa.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.register.RegisterFacts;
import se.skapa.app.register.RegisterStore;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.register.QualitySignals;

/**
 * A service's quality signals (BIP's organisational findings) over a period, from its enrolments,
 * the measurements' handledare and ratings, and the interventions; an analyst gets small numbers
 * withheld.
 */
public final class QualitySignalReports {

  /** How far before the period a measurement is read: to know the handledare before a change. */
  static final int LOOKBACK_MONTHS = 12;

  private final Storage storage;
  private final Clock clock;
  private final int smallNumbersFloor;
  private final ProgressionOptions options;

  /**
   * @param storage the storage; not null
   * @param clock the audit line's time; not null
   * @param smallNumbersFloor the server's small-numbers threshold analysts are held to, or an
   *     organisation's higher one
   * @param options the follow-up interval of an organisation that has chosen none; not null
   */
  public QualitySignalReports(
      Storage storage, Clock clock, int smallNumbersFloor, ProgressionOptions options) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.smallNumbersFloor = smallNumbersFloor;
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The signals and what is withheld from the reader.
   *
   * @param signals the signals
   * @param withheld cells withheld from an analyst: {@code participants}, {@code changes}, {@code
   *     withAChange}, {@code belief.<score>}, {@code trend.<quarter>}, {@code followUpBreak},
   *     {@code none}, {@code withoutJobFocused}
   * @param threshold the small-numbers threshold
   * @param interval the follow-up interval a break is measured against
   */
  public record Answer(
      QualitySignals signals, Set<String> withheld, int threshold, Period interval) {
    /**
     * Copies the cells.
     *
     * @param signals the signals; not null
     * @param withheld the cells; not null
     * @param threshold the threshold
     * @param interval the follow-up interval; not null
     */
    public Answer {
      Objects.requireNonNull(signals, "signals");
      withheld = Set.copyOf(withheld);
    }
  }

  /**
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param instrumentId the instrument whose ratings are read; not null
   * @param beliefKey its handledare-rated belief indicator; not null
   * @param from the first day; not null
   * @param to the last day; not null
   * @return the signals
   */
  public Answer signals(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      String beliefKey,
      LocalDate from,
      LocalDate to) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE);
    Read read =
        storage.transaction(
            tx -> {
              Organisations.requireService(tx, org, service);
              OrganisationSettings settings = OrganisationSettings.in(tx, org);
              Period interval = settings.progressionOptions(options).followUpInterval();
              List<ServiceParticipant> enrolments = new ArrayList<>();
              for (StoredEnrolment e :
                  RegisterStore.in(tx).enrolments(org, Optional.of(service), to)) {
                enrolments.add(e.enrolment());
              }
              // Visited with their handledare (the cohort's read leaves it out): a change of
              // handledare is what is counted.
              Map<Pseudonym, List<Measurement>> measurements = new HashMap<>();
              MeasurementStore.in(tx)
                  .eachMeasurementBetween(
                      org,
                      Optional.of(service),
                      from.minusMonths(LOOKBACK_MONTHS),
                      to,
                      s -> {
                        Measurement m = s.measurement();
                        if (m.instrumentId().equals(instrumentId)) {
                          measurements
                              .computeIfAbsent(m.participant(), k -> new ArrayList<>())
                              .add(m);
                        }
                      });
              QualitySignals signals =
                  QualitySignals.count(
                      from,
                      to,
                      enrolments,
                      measurements,
                      RegisterFacts.interventions(tx, org, service),
                      beliefKey,
                      interval);
              AuditLog.in(tx)
                  .audit(
                      AuditEntry.counted(
                          actor,
                          clock.instant(),
                          "service.quality-signals.read",
                          "services/" + service + "/quality-signals",
                          signals.participants()));
              return new Read(signals, settings.smallNumbers(smallNumbersFloor), interval);
            });
    QualitySignals q = read.signals();
    int t = read.threshold();
    return new Answer(q, actor.analystOnly() ? withheld(q, t) : Set.of(), t, read.interval());
  }

  /** What one transaction read: the signals, the threshold and the interval in force. */
  private record Read(QualitySignals signals, int threshold, Period interval) {}

  private static Set<String> withheld(QualitySignals q, int t) {
    Set<String> out = new LinkedHashSet<>();
    if (SmallNumbers.small(q.participants(), t)) {
      out.add("participants");
    }
    check(out, "changes", q.handledareChanges(), Integer.MAX_VALUE, t);
    share(out, "withAChange", q.withAChange(), t);
    share(out, "followUpBreak", q.followUpBreak(), t);
    share(out, "none", q.coverage().none(), t);
    share(out, "withoutJobFocused", q.coverage().withoutJobFocused(), t);
    int rated = q.belief().values().stream().mapToInt(Integer::intValue).sum();
    q.belief().forEach((score, n) -> check(out, "belief." + score, n, rated, t));
    q.beliefTrend()
        .forEach(b -> check(out, "trend." + b.quarter(), b.ratings(), Integer.MAX_VALUE, t));
    return out;
  }

  private static void share(Set<String> out, String cell, Share s, int t) {
    check(out, cell, s.count(), s.denominator(), t);
  }

  /** A count is withheld when it, what it leaves of its denominator, or everything is small. */
  private static void check(Set<String> out, String cell, int count, int denominator, int t) {
    if (out.contains("participants")
        || SmallNumbers.small(count, t)
        || (denominator != Integer.MAX_VALUE
            && (SmallNumbers.small(denominator, t)
                || SmallNumbers.small(denominator - count, t)))) {
      out.add(cell);
    }
  }
}
