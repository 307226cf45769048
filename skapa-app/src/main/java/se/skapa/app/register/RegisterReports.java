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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.AfterClosing;
import se.skapa.core.register.InterventionCoverage;
import se.skapa.core.register.IpsOutcomeTerms;
import se.skapa.core.register.IpsOutcomes;
import se.skapa.core.register.Job;
import se.skapa.core.register.Support;
import se.skapa.core.register.SupportChange;
import se.skapa.core.survey.SurveyPeriod;

/**
 * The reports the register's facts make possible: IPS's outcomes per quarter and the coverage of
 * parallel interventions. An analyst gets them with small numbers withheld.
 */
public final class RegisterReports {

  private final Storage storage;
  private final Clock clock;
  private final int smallNumbersFloor;

  /**
   * @param storage where the register is kept; not null
   * @param clock for the audit line; not null
   * @param smallNumbersFloor the server's small-numbers threshold: counts from 1 to it − 1 are
   *     withheld from analysts, or to an organisation's higher threshold − 1
   */
  public RegisterReports(Storage storage, Clock clock, int smallNumbersFloor) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.smallNumbersFloor = smallNumbersFloor;
  }

  /**
   * A report and the cells withheld from its reader.
   *
   * @param <R> the report
   * @param report the report as counted
   * @param withheld the names of the cells the reader may not see
   * @param threshold the small-number threshold applied
   */
  public record Withheld<R>(R report, Set<String> withheld, int threshold) {
    /**
     * Copies the set.
     *
     * @param report the report
     * @param withheld the cells withheld
     * @param threshold the threshold
     */
    public Withheld {
      withheld = Set.copyOf(withheld);
    }
  }

  /**
   * IPS's outcome measures for a service over a period.
   *
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param from the first day; not null
   * @param to the last day; not null
   * @return the outcomes; cells {@code served}, {@code worked}, {@code jobStarts}, {@code
   *     firstJobStarts}, {@code lasting} and the medians withheld from an analyst when small
   */
  public Withheld<IpsOutcomes> ipsOutcomes(
      Actor actor, OrganisationId org, ServiceId service, LocalDate from, LocalDate to) {
    return ipsOutcomes(actor, org, service, List.of(new SurveyPeriod(from + "/" + to, from, to)))
        .get(0);
  }

  /**
   * IPS's outcome measures for a service, one report per period, read in one transaction with one
   * audit line: a report's quarters side by side.
   *
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param periods the periods, e.g. {@link SurveyPeriod#quartersWithin}; not null
   * @return the outcomes per period, in the order given, cells withheld as for one period
   */
  public List<Withheld<IpsOutcomes>> ipsOutcomes(
      Actor actor, OrganisationId org, ServiceId service, List<SurveyPeriod> periods) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE);
    LocalDate last =
        periods.stream().map(SurveyPeriod::to).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          Anonymous a = anonymous(RegisterStore.in(tx).enrolments(org, Optional.of(service), last));
          Map<Pseudonym, List<Job>> jobs =
              byLine(tx, org, service, "jobs", a, s -> s instanceof Spell.Work w ? w.job() : null);
          audit(tx, actor, "service.ips-outcomes.read", "services/" + service + "/ips-outcomes");
          int t = OrganisationSettings.in(tx, org).smallNumbers(smallNumbersFloor);
          List<Withheld<IpsOutcomes>> out = new ArrayList<>();
          for (SurveyPeriod p : periods) {
            IpsOutcomes o =
                IpsOutcomes.count(p.from(), p.to(), a.enrolments(), jobs, IpsOutcomeTerms.DEFAULT);
            out.add(new Withheld<>(o, actor.analystOnly() ? withheld(o, t) : Set.of(), t));
          }
          return out;
        });
  }

  /**
   * The coverage of interventions at a service over a period, in participant-months.
   *
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param from the first day; not null
   * @param to the last day; not null
   * @return the coverage; for an analyst, every cell withheld when the participant-months are
   *     small, and a group's count when it or its complement is
   */
  public Withheld<InterventionCoverage> interventionCoverage(
      Actor actor, OrganisationId org, ServiceId service, LocalDate from, LocalDate to) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          Anonymous a = anonymous(RegisterStore.in(tx).enrolments(org, Optional.of(service), to));
          Map<Pseudonym, List<Intervention>> interventions =
              byLine(
                  tx,
                  org,
                  service,
                  "interventions",
                  a,
                  s -> s instanceof Spell.Insats i ? i.intervention() : null);
          InterventionCoverage c =
              InterventionCoverage.count(from, to, a.enrolments(), interventions);
          audit(tx, actor, "service.interventions.read", "services/" + service + "/interventions");
          int t = OrganisationSettings.in(tx, org).smallNumbers(smallNumbersFloor);
          Set<String> out = new LinkedHashSet<>();
          if (actor.analystOnly()) {
            int n = c.participantMonths();
            if (SmallNumbers.small(n, t)) {
              out.add("participantMonths");
            }
            check(out, "none", c.none().count(), n, t);
            check(out, "withoutJobFocused", c.withoutJobFocused().count(), n, t);
            c.byGroup().forEach((g, s) -> check(out, g.name(), s.count(), n, t));
          }
          return new Withheld<>(c, out, t);
        });
  }

  /**
   * What the participants who closed in a period lived on at admission, at closing and after.
   *
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service one service; empty for the whole organisation
   * @param from the first closing day counted; not null
   * @param to the last; not null
   * @return the change, at the follow-ups after closing the organisation has chosen; for an
   *     analyst, cells {@code MOMENT.SOURCE}, {@code MOMENT.recorded}… withheld when small
   */
  public Withheld<SupportChange> supportChange(
      Actor actor, OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          service.ifPresent(s -> Organisations.requireService(tx, org, s));
          OrganisationSettings settings = OrganisationSettings.in(tx, org);
          int t = settings.smallNumbers(smallNumbersFloor);
          SupportStore store = SupportStore.in(tx);
          Map<EnrolmentId, Map<SupportStore.Moment, List<Support>>> support =
              store.supportOf(org, service);
          Map<EnrolmentId, List<SupportStore.Recorded>> after = store.afterClosingsOf(org, service);
          List<SupportChange.Person> people = new ArrayList<>();
          for (StoredEnrolment e : RegisterStore.in(tx).enrolments(org, service, to)) {
            Optional<LocalDate> closed = e.enrolment().closed();
            if (closed.isEmpty() || closed.get().isBefore(from) || closed.get().isAfter(to)) {
              continue;
            }
            Map<SupportStore.Moment, List<Support>> s = support.getOrDefault(e.id(), Map.of());
            Map<Integer, AfterClosing> a = new HashMap<>();
            after
                .getOrDefault(e.id(), List.of())
                .forEach(r -> a.put(r.followUp().monthsAfter(), r.followUp()));
            people.add(
                new SupportChange.Person(
                    Optional.ofNullable(s.get(SupportStore.Moment.ADMISSION)),
                    Optional.ofNullable(s.get(SupportStore.Moment.CLOSING)),
                    a));
          }
          SupportChange c = SupportChange.count(people, settings.afterClosingMonths());
          audit(
              tx,
              actor,
              "support-change.read",
              service.map(s -> "services/" + s + "/support-change").orElse("support-change"));
          Set<String> out = new LinkedHashSet<>();
          if (actor.analystOnly()) {
            if (SmallNumbers.small(c.closed(), t)) {
              out.add("closed");
            }
            for (SupportChange.Moment m : c.moments()) {
              check(out, m.name() + ".recorded", m.recorded(), c.closed(), t);
              check(out, m.name() + ".notReached", m.notReached(), Integer.MAX_VALUE, t);
              check(out, m.name() + ".onPublicSupport", m.onPublicSupport(), m.recorded(), t);
              m.sources()
                  .forEach(
                      (src, n) -> check(out, m.name() + "." + src, n.people(), m.recorded(), t));
            }
          }
          return new Withheld<>(c, out, t);
        });
  }

  /**
   * One enrolment with what was recorded of its support: a line of the coordinator's list.
   *
   * @param enrolment the enrolment
   * @param support the support at admission and closing recorded
   * @param afterClosing its follow-ups after closing
   */
  public record SupportLine(
      StoredEnrolment enrolment,
      Map<SupportStore.Moment, List<Support>> support,
      List<SupportStore.Recorded> afterClosing) {}

  /**
   * The coordinator's list and the follow-ups after closing it has columns for.
   *
   * @param lines one line per enrolment
   * @param afterClosingMonths the months after closing the organisation follows up at
   */
  public record SupportLines(List<SupportLine> lines, List<Integer> afterClosingMonths) {
    /**
     * Copies the lists.
     *
     * @param lines the lines
     * @param afterClosingMonths the months
     */
    public SupportLines {
      lines = List.copyOf(lines);
      afterClosingMonths = List.copyOf(afterClosingMonths);
    }
  }

  /**
   * Per enrolment active in a period, what a coordinator registers for Finsam's follow-up (SUS):
   * the participant's key, the dates, and the support at entry, at exit and after. One audit line
   * names the count, written before the rows are handed out.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service one service; empty for the whole organisation
   * @param from the first day; not null
   * @param to the last day; not null
   * @return one line per enrolment, by service and admission, and the organisation's months of
   *     follow-up after closing
   */
  public SupportLines supportLines(
      Actor actor, OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    actor.require(org, Role.HANDLEDARE);
    return storage.transaction(
        tx -> {
          service.ifPresent(s -> Organisations.requireService(tx, org, s));
          SupportStore store = SupportStore.in(tx);
          Map<EnrolmentId, Map<SupportStore.Moment, List<Support>>> support =
              store.supportOf(org, service);
          Map<EnrolmentId, List<SupportStore.Recorded>> after = store.afterClosingsOf(org, service);
          List<SupportLine> out = new ArrayList<>();
          for (StoredEnrolment e : RegisterStore.in(tx).enrolments(org, service, to)) {
            if (e.enrolment().closed().map(c -> c.isBefore(from)).orElse(false)) {
              continue;
            }
            out.add(
                new SupportLine(
                    e,
                    support.getOrDefault(e.id(), Map.of()),
                    after.getOrDefault(e.id(), List.of())));
          }
          out.sort(
              java.util.Comparator.comparing((SupportLine l) -> l.enrolment().service().value())
                  .thenComparing(l -> l.enrolment().enrolment().admitted())
                  .thenComparing(l -> l.enrolment().enrolment().key().value()));
          AuditLog.in(tx)
              .audit(
                  AuditEntry.counted(
                      actor,
                      clock.instant(),
                      "support.exported",
                      service.map(s -> "services/" + s + "/support.csv").orElse("support.csv"),
                      out.size()));
          return new SupportLines(out, OrganisationSettings.in(tx, org).afterClosingMonths());
        });
  }

  /**
   * A service's spells of one kind, each under the line number its participant has in the report:
   * the kind is the one the extractor answers for ({@code null} for the others).
   */
  private static <T> Map<Pseudonym, List<T>> byLine(
      Tx tx,
      OrganisationId org,
      ServiceId service,
      String collection,
      Anonymous a,
      Function<Spell, @Nullable T> extract) {
    Map<Pseudonym, List<T>> out = new HashMap<>();
    for (StoredSpell s : SpellStore.in(tx).serviceSpells(org, service, collection)) {
      Pseudonym line = a.lines().get(s.participant());
      T value = extract.apply(s.spell());
      if (line != null && value != null) {
        out.computeIfAbsent(line, k -> new ArrayList<>()).add(value);
      }
    }
    return out;
  }

  /** The enrolments with each participant's key replaced by a line number the report keeps. */
  private record Anonymous(List<ServiceParticipant> enrolments, Map<Pseudonym, Pseudonym> lines) {}

  private static Anonymous anonymous(List<StoredEnrolment> rows) {
    Map<Pseudonym, Pseudonym> lines = new HashMap<>();
    List<ServiceParticipant> out = new ArrayList<>(rows.size());
    for (StoredEnrolment r : rows) {
      ServiceParticipant p = r.enrolment();
      Pseudonym line =
          lines.computeIfAbsent(p.key(), k -> Pseudonym.of("line-" + (lines.size() + 1)));
      out.add(
          new ServiceParticipant(
              line,
              p.admitted(),
              p.closed(),
              p.outcome(),
              p.subsidised(),
              p.firstContact(),
              p.actionPlan()));
    }
    return new Anonymous(out, lines);
  }

  private static Set<String> withheld(IpsOutcomes o, int t) {
    Set<String> out = new LinkedHashSet<>();
    int n = o.served();
    if (SmallNumbers.small(n, t)) {
      out.add("served");
    }
    check(out, "worked", o.workedCompetitively().count(), n, t);
    check(out, "jobStarts", o.jobStarts(), Integer.MAX_VALUE, t);
    check(out, "firstJobStarts", o.firstJobStarts(), n, t);
    check(out, "lasting", o.lasting(), Integer.MAX_VALUE, t);
    // A median over fewer than the threshold is close to one person's value.
    if (SmallNumbers.small(o.firstJobStarts(), t) || out.contains("firstJobStarts")) {
      out.add("medianDaysToFirstJob");
    }
    if (SmallNumbers.small(o.workedCompetitively().count(), t) || out.contains("worked")) {
      out.add("medianHours");
      out.add("medianMonthlyWage");
    }
    return out;
  }

  /** A count is withheld when it, or what it leaves of its denominator, is small. */
  private static void check(Set<String> out, String cell, int count, int denominator, int t) {
    if (out.contains("served")
        || out.contains("participantMonths")
        || out.contains("closed")
        || SmallNumbers.small(count, t)
        || (denominator != Integer.MAX_VALUE && SmallNumbers.small(denominator - count, t))) {
      out.add(cell);
    }
  }

  private void audit(Tx tx, Actor actor, String action, String resource) {
    AuditLog.in(tx).audit(AuditEntry.of(actor, clock.instant(), action, resource, null));
  }
}
