package se.skapa.app.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.Job;

/**
 * What other capabilities read of the register beside the enrolments: the days work followed (for
 * the analysis of what precedes work) and each participant's interventions (for a service's quality
 * signals).
 */
public final class RegisterFacts {

  private RegisterFacts() {}

  /**
   * @param tx the running transaction; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @return per participant, their interventions at the service
   */
  public static Map<Pseudonym, List<Intervention>> interventions(
      Tx tx, OrganisationId org, ServiceId service) {
    Map<Pseudonym, List<Intervention>> out = new HashMap<>();
    for (StoredSpell s : SpellStore.in(tx).serviceSpells(org, service, "interventions")) {
      if (s.spell() instanceof Spell.Insats i) {
        out.computeIfAbsent(s.participant(), k -> new ArrayList<>()).add(i.intervention());
      }
    }
    return out;
  }

  /**
   * @param events the days of a job start or a closing to work or studies, in the period
   * @param observedUntil the period's end; for someone whose every enrolment closed without work or
   *     studies, the last closing day (nothing is observed after it)
   */
  public record Record(List<LocalDate> events, LocalDate observedUntil) {
    /**
     * Copies the events.
     *
     * @param events the days; not null
     * @param observedUntil the last day observed; not null
     */
    public Record {
      events = List.copyOf(events);
    }
  }

  /**
   * @param tx the running transaction; not null
   * @param org the organisation; not null
   * @param service one service's enrolments; empty for the organisation's
   * @param from the period's first day; not null
   * @param to the period's last day; not null
   * @return per participant enrolled on a day of the period, their record
   */
  public static Map<Pseudonym, Record> workEvents(
      Tx tx, OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    List<StoredEnrolment> rows = new ArrayList<>();
    for (StoredEnrolment e : RegisterStore.in(tx).enrolments(org, service, to)) {
      if (e.enrolment().closed().map(c -> !c.isBefore(from)).orElse(true)) {
        rows.add(e);
      }
    }
    Map<EnrolmentId, List<Job>> jobs = OutcomeReports.jobsByEnrolment(tx, org, rows);
    Map<Pseudonym, List<LocalDate>> events = new HashMap<>();
    Map<Pseudonym, LocalDate> lastClosedWithout = new HashMap<>();
    Map<Pseudonym, Boolean> open = new HashMap<>();
    for (StoredEnrolment e : rows) {
      Pseudonym p = e.enrolment().key();
      List<LocalDate> days = events.computeIfAbsent(p, k -> new ArrayList<>());
      for (Job j : jobs.getOrDefault(e.id(), List.of())) {
        if (!j.started().isBefore(from) && !j.started().isAfter(to)) {
          days.add(j.started());
        }
      }
      Optional<LocalDate> closed = e.enrolment().closed().filter(c -> !c.isAfter(to));
      boolean toWork =
          e.enrolment()
              .outcome()
              .map(o -> o == OutcomeType.EMPLOYMENT || o == OutcomeType.STUDIES)
              .orElse(false);
      if (closed.isPresent() && toWork) {
        days.add(closed.get());
      } else if (closed.isPresent()) {
        lastClosedWithout.merge(p, closed.get(), (a, b) -> a.isAfter(b) ? a : b);
      }
      open.merge(p, closed.isEmpty() || toWork, Boolean::logicalOr);
    }
    Map<Pseudonym, Record> out = new HashMap<>();
    events.forEach(
        (p, days) ->
            out.put(
                p,
                new Record(
                    days,
                    open.getOrDefault(p, true) ? to : lastClosedWithout.getOrDefault(p, to))));
    return out;
  }
}
