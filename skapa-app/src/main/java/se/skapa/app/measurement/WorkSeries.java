package se.skapa.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.register.RegisterFacts;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;

/**
 * The measurement series of a service's (or an organisation's) participants with the days work
 * followed: what the analysis of what precedes work is fed. Its answer is about the organisation,
 * never a person; the keys handed out here go no further than the adapter that strips them.
 */
public final class WorkSeries {

  private final Storage storage;
  private final Clock clock;

  /**
   * @param storage the storage; not null
   * @param clock today, and the audit line's time; not null
   */
  public WorkSeries(Storage storage, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * One participant's record.
   *
   * @param measurements their measurements of the instrument in the period, by every respondent
   * @param events the days of a job start or a closing to work or studies in the period
   * @param observedUntil the last day they are observed
   */
  public record Person(
      List<Measurement> measurements, List<LocalDate> events, LocalDate observedUntil) {
    /**
     * Copies the lists.
     *
     * @param measurements the measurements; not null
     * @param events the days; not null
     * @param observedUntil the last day; not null
     */
    public Person {
      measurements = List.copyOf(measurements);
      events = List.copyOf(events);
    }
  }

  /**
   * @param actor an admin, analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service one service; empty for the organisation
   * @param instrumentId the instrument; not null
   * @param from the period's first day; not null
   * @param to the period's last day; not null
   * @return one record per participant enrolled in the period, in no particular order
   */
  public List<Person> read(
      Actor actor,
      OrganisationId org,
      Optional<ServiceId> service,
      String instrumentId,
      LocalDate from,
      LocalDate to) {
    actor.require(org, Role.ADMIN, Role.ANALYST, Role.HANDLEDARE);
    LocalDate today = LocalDate.now(clock);
    LocalDate last = to.isAfter(today) ? today : to;
    return storage.transaction(
        tx -> {
          service.ifPresent(s -> Organisations.requireService(tx, org, s));
          Map<Pseudonym, RegisterFacts.Record> events =
              RegisterFacts.workEvents(tx, org, service, from, last);
          List<ServiceId> services =
              service.isPresent()
                  ? List.of(service.get())
                  : OrganisationStore.in(tx).services(org).stream().map(Service::id).toList();
          Map<Pseudonym, List<Measurement>> byPerson = new HashMap<>();
          for (ServiceId s : services) {
            for (Respondent r : Respondent.values()) {
              for (Measurement m :
                  MeasurementStore.in(tx)
                      .serviceMeasurements(org, s, instrumentId, r, from, last)) {
                if (events.containsKey(m.participant())) {
                  byPerson.computeIfAbsent(m.participant(), k -> new ArrayList<>()).add(m);
                }
              }
            }
          }
          List<Person> out = new ArrayList<>();
          events.forEach(
              (p, e) ->
                  out.add(
                      new Person(
                          byPerson.getOrDefault(p, List.of()), e.events(), e.observedUntil())));
          AuditLog.in(tx)
              .audit(
                  AuditEntry.counted(
                      actor,
                      clock.instant(),
                      "insights.read",
                      service
                          .map(s -> "services/" + s + "/insights/precedes-work")
                          .orElse("insights/precedes-work"),
                      out.size()));
          return out;
        });
  }
}
