package se.skapa.app.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Service;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.fakes.InMemoryAuditLog;
import se.skapa.app.fakes.InMemoryMeasurements;
import se.skapa.app.fakes.InMemoryOrganisations;
import se.skapa.app.fakes.InMemoryStorage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;

/** The handledare's recording rules, on in-memory ports: no database needed to read them. */
class MeasurementsTest {

  static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();
  static final Instrument SKAPA = CATALOG.find("skapa").orElseThrow();
  static final OrganisationId ORG = OrganisationId.of("ame-boden");
  static final ServiceId SERVICE = ServiceId.of("steget-fram");
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  final InMemoryMeasurements stored = new InMemoryMeasurements();
  final InMemoryAuditLog audit = new InMemoryAuditLog();
  final InMemoryOrganisations organisations = new InMemoryOrganisations();
  final InMemoryStorage storage =
      new InMemoryStorage()
          .with(MeasurementStore.class, stored)
          .with(IdempotencyClaims.class, stored)
          .with(OrganisationStore.class, organisations)
          .with(AuditLog.class, audit);
  final Measurements measurements =
      new Measurements(storage, Clock.fixed(NOW, ZoneOffset.UTC), CATALOG);
  final Actor handledare = actor(ORG, Role.HANDLEDARE);

  static Actor actor(OrganisationId org, Role role) {
    return new Actor(org, new KeyId(UUID.randomUUID()), Pseudonym.of("h-1"), Set.of(role));
  }

  static Measurement rating(String participant, LocalDate date, int score) {
    return Measurement.of(
        Pseudonym.of(participant),
        date,
        SKAPA,
        Respondent.PARTICIPANT,
        Map.of("job-belief", Answer.score(score)));
  }

  @BeforeEach
  void aServiceExists() {
    organisations.insertService(new Service(ORG, SERVICE, "Steget fram", NOW));
  }

  @Test
  void aRecordingIsVersionOneAndLeavesOneAuditLineNamingTheParticipant() {
    Measurements.Recorded r =
        measurements.record(
            handledare,
            ORG,
            SERVICE,
            rating("p-1", LocalDate.of(2026, 3, 2), 4),
            Optional.empty(),
            "-");
    assertEquals(1, r.measurement().provenance().version());
    assertFalse(r.replayed());
    List<AuditEntry> lines = audit.lines();
    assertEquals(1, lines.size());
    assertEquals("measurement.recorded", lines.get(0).action());
    assertEquals(Optional.of(Pseudonym.of("p-1")), lines.get(0).participant());
  }

  @Test
  void theSameParticipantInstrumentRespondentAndDayIsAConflictNamingTheStoredOne() {
    Measurement m = rating("p-1", LocalDate.of(2026, 3, 2), 4);
    MeasurementId first =
        measurements.record(handledare, ORG, SERVICE, m, Optional.empty(), "-").measurement().id();
    StoredModeException e =
        assertThrows(
            StoredModeException.class,
            () ->
                measurements.record(
                    handledare,
                    ORG,
                    SERVICE,
                    rating("p-1", LocalDate.of(2026, 3, 2), 7),
                    Optional.empty(),
                    "-"));
    assertEquals(StoredModeException.Kind.CONFLICT, e.kind());
    assertTrue(e.getMessage().contains(first.toString()), e.getMessage());
    assertEquals(1, stored.versionCount(), "nothing stored twice");
    assertEquals(1, audit.lines().size(), "the refused write left no audit line");
  }

  @Test
  void anUnknownServiceIsRefusedAtItsFieldAndNothingIsWritten() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                measurements.record(
                    handledare,
                    ORG,
                    ServiceId.of("no-such"),
                    rating("p-1", LocalDate.of(2026, 3, 2), 4),
                    Optional.empty(),
                    "-"));
    assertEquals("/service", e.violations().get(0).pointer());
    assertEquals(0, stored.versionCount());
    assertEquals(List.of(), audit.lines());
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheFirstRecording() {
    Measurement m = rating("p-2", LocalDate.of(2026, 5, 4), 6);
    Measurements.Recorded first =
        measurements.record(handledare, ORG, SERVICE, m, Optional.of("k-1"), "fp");
    Measurements.Recorded again =
        measurements.record(handledare, ORG, SERVICE, m, Optional.of("k-1"), "fp");
    assertTrue(again.replayed());
    assertEquals(first.measurement().id(), again.measurement().id());
    assertEquals(1, stored.versionCount());
  }

  @Test
  void aCorrectionKeepsTheEarlierVersionAndAStaleOneIsRefused() {
    MeasurementId id =
        measurements
            .record(
                handledare,
                ORG,
                SERVICE,
                rating("p-3", LocalDate.of(2026, 1, 5), 3),
                Optional.empty(),
                "-")
            .measurement()
            .id();
    measurements.correct(
        handledare, ORG, id, 1, SERVICE, rating("p-3", LocalDate.of(2026, 1, 5), 5));
    assertEquals(2, measurements.history(handledare, ORG, id).size());
    StoredModeException stale =
        assertThrows(
            StoredModeException.class,
            () ->
                measurements.correct(
                    handledare, ORG, id, 1, SERVICE, rating("p-3", LocalDate.of(2026, 1, 5), 6)));
    assertEquals(StoredModeException.Kind.STALE, stale.kind());
  }

  @Test
  void anotherOrganisationsKeyIsAnsweredAsNotFoundAndAnAnalystIsForbidden() {
    Measurement m = rating("p-1", LocalDate.of(2026, 3, 2), 4);
    Actor stranger = actor(OrganisationId.of("ifo-lulea"), Role.HANDLEDARE);
    assertEquals(
        StoredModeException.Kind.NOT_FOUND,
        assertThrows(
                StoredModeException.class,
                () -> measurements.record(stranger, ORG, SERVICE, m, Optional.empty(), "-"))
            .kind());
    assertEquals(
        StoredModeException.Kind.FORBIDDEN,
        assertThrows(
                StoredModeException.class,
                () ->
                    measurements.record(
                        actor(ORG, Role.ANALYST), ORG, SERVICE, m, Optional.empty(), "-"))
            .kind());
    assertEquals(0, storage.transactions(), "refused before any transaction began");
  }
}
