package se.skapa.app.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Service;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.fakes.InMemoryAuditLog;
import se.skapa.app.fakes.InMemoryMeasurements;
import se.skapa.app.fakes.InMemoryOrganisations;
import se.skapa.app.fakes.InMemoryStorage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;

/** A handledare's caseload is everyone they follow, whoever took the latest measurement. */
class CaseloadsTest {

  static final OrganisationId ORG = OrganisationId.of("ame-boden");
  static final ServiceId SERVICE = ServiceId.of("steget-fram");
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  final InMemoryMeasurements stored = new InMemoryMeasurements();
  final InMemoryOrganisations organisations = new InMemoryOrganisations();
  final InMemoryStorage storage =
      new InMemoryStorage()
          .with(MeasurementStore.class, stored)
          .with(IdempotencyClaims.class, stored)
          .with(OrganisationStore.class, organisations)
          .with(AuditLog.class, new InMemoryAuditLog());
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Measurements measurements = new Measurements(storage, clock, MeasurementsTest.CATALOG);
  final Caseloads caseloads = new Caseloads(storage, clock, ProgressionOptions.DEFAULT);

  static Actor staff(String holder) {
    return new Actor(
        ORG, new KeyId(UUID.randomUUID()), Pseudonym.of(holder), Set.of(Role.HANDLEDARE));
  }

  void record(String by, String participant, String day, Optional<String> handledare) {
    measurements.record(
        staff(by),
        ORG,
        SERVICE,
        new Measurement(
            Pseudonym.of(participant),
            LocalDate.parse(day),
            "skapa",
            1,
            Respondent.PARTICIPANT,
            handledare.map(Pseudonym::of),
            Map.of("job-belief", Answer.score(5)),
            Optional.empty()),
        Optional.empty(),
        "-");
  }

  List<String> listOf(String holder) {
    return caseloads
        .caseload(staff(holder), ORG, "skapa", Optional.empty(), Optional.of(Pseudonym.of(holder)))
        .stream()
        .map(f -> f.participant().value() + "@" + f.status().latest())
        .sorted()
        .toList();
  }

  @Test
  void a_participant_measured_by_a_colleague_or_imported_without_a_handledare_stays_on_the_list() {
    organisations.insertService(new Service(ORG, SERVICE, "Steget fram", NOW));
    record("h-1", "p-1", "2026-03-01", Optional.of("h-1"));
    // A colleague covers the next conversation: p-1 is still h-1's, dated by the colleague's.
    record("h-2", "p-1", "2026-05-01", Optional.of("h-2"));
    // Recorded by h-1 without naming a handledare, as an import or a hurried form does.
    record("h-1", "p-2", "2026-04-01", Optional.empty());
    // A system's import, naming nobody: on no person's list, but on the system's own.
    record("journal", "p-3", "2026-04-01", Optional.empty());
    // Recorded by h-1 for a named colleague: h-4's, not h-1's.
    record("h-1", "p-4", "2026-04-01", Optional.of("h-4"));

    assertEquals(List.of("p-1@2026-05-01", "p-2@2026-04-01"), listOf("h-1"));
    assertEquals(List.of("p-1@2026-05-01"), listOf("h-2"));
    assertEquals(List.of(), listOf("h-3"));
    assertEquals(List.of("p-4@2026-04-01"), listOf("h-4"));
    assertEquals(List.of("p-3@2026-04-01"), listOf("journal"));
  }

  @Test
  void a_conversation_falls_due_after_the_organisations_own_interval() {
    organisations.insertService(new Service(ORG, SERVICE, "Steget fram", NOW));
    // Ten weeks before today: within the default three months, past a chosen two.
    record("h-1", "p-1", "2026-09-13", Optional.of("h-1"));
    Actor h = staff("h-1");
    assertEquals(
        LocalDate.parse("2026-12-13"),
        caseloads
            .caseload(h, ORG, "skapa", Optional.empty(), Optional.empty())
            .get(0)
            .status()
            .nextDue());

    organisations.replaceSettings(
        ORG, new OrganisationSettings(Optional.empty(), 2, List.of(6, 12), Optional.empty()));

    FollowUp f = caseloads.caseload(h, ORG, "skapa", Optional.empty(), Optional.empty()).get(0);
    assertEquals(LocalDate.parse("2026-11-13"), f.status().nextDue());
    assertEquals(true, f.status().overdue());
    assertEquals(
        List.of("p-1"),
        caseloads
            .followUps(
                h,
                ORG,
                "skapa",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                java.time.Period.ZERO)
            .stream()
            .map(x -> x.participant().value())
            .toList());
  }
}
