package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditTrail;
import se.skapa.app.audit.Erasure;
import se.skapa.app.measurement.MeasurementFiles;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;
import se.skapa.core.testing.Property;

/**
 * The use cases on the PostgreSQL store: isolation, retention, an audit trail nothing can change.
 */
class StoredUseCasesTest {

  static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();
  static final Instrument SKAPA = CATALOG.find("skapa").orElseThrow();
  static final ServiceId SERVICE = ServiceId.of("steget-fram");

  static Database db;
  static MutableClock clock;
  static Organisations organisations;
  static Measurements measurements;
  static MeasurementFiles files;
  static Progression progression;
  static Erasure erasure;

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
    clock = new MutableClock(LocalDate.of(2026, 11, 22));
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    organisations = new Organisations(storage, clock);
    measurements = new Measurements(storage, clock, CATALOG);
    files = new MeasurementFiles(storage, clock, CATALOG);
    progression = new Progression(storage, clock, CATALOG, ProgressionOptions.DEFAULT);
    erasure = new Erasure(storage, clock);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /** A new organisation with one service; its handledare and admin. */
  record Org(OrganisationId id, Actor admin, Actor handledare) {}

  static Org organisation(String id) {
    OrganisationId org = OrganisationId.of(id);
    Actor admin =
        organisations.create(org, "Org " + id, Pseudonym.of("admin")).adminKey().key().actor();
    organisations.createService(admin, org, SERVICE, "Steget fram");
    Actor handledare =
        organisations
            .issueKey(admin, org, Pseudonym.of("h-1"), Set.of(Role.HANDLEDARE))
            .key()
            .actor();
    return new Org(org, admin, handledare);
  }

  static Measurement measurement(String participant, LocalDate date, int score) {
    return Measurement.of(
        Pseudonym.of(participant),
        date,
        SKAPA,
        Respondent.PARTICIPANT,
        Map.of("job-belief", Answer.score(score)));
  }

  static StoredMeasurement record(Org org, String participant, LocalDate date, int score) {
    return measurements
        .record(
            org.handledare(),
            org.id(),
            SERVICE,
            measurement(participant, date, score),
            Optional.empty(),
            "-")
        .measurement();
  }

  @Test
  void anAnalystsReleasedYearReadsBackFromPostgresBitForBitAndStaysAsReleased() {
    Org org = organisation("release-" + System.nanoTime());
    Actor analyst =
        organisations
            .issueKey(org.admin(), org.id(), Pseudonym.of("a-1"), Set.of(Role.ANALYST))
            .key()
            .actor();
    for (int p = 0; p < 7; p++) {
      record(org, "p-" + p, LocalDate.of(2025, 2, 3 + p), 1 + p % 3);
      record(org, "p-" + p, LocalDate.of(2025, 5, 3 + p), 2 + p % 5);
    }
    var read =
        (java.util.function.Supplier<se.skapa.core.progression.CohortReport>)
            () ->
                progression.cohort(
                    analyst,
                    org.id(),
                    SERVICE,
                    "skapa",
                    Respondent.PARTICIPANT,
                    LocalDate.of(2025, 1, 1),
                    Optional.of(LocalDate.of(2025, 12, 31)),
                    Optional.empty());
    var first = read.get();
    var live =
        progression.cohort(
            org.handledare(),
            org.id(),
            SERVICE,
            "skapa",
            Respondent.PARTICIPANT,
            LocalDate.of(2025, 1, 1),
            Optional.of(LocalDate.of(2025, 12, 31)),
            Optional.of(LocalDate.of(2025, 12, 31)));
    assertEquals(
        live.indicators().stream()
            .filter(i -> i.participants() == 0 || i.participants() >= 5)
            .toList(),
        first.indicators(),
        "released as computed, small numbers left out");
    record(org, "p-0", LocalDate.of(2025, 11, 3), 7);
    erasure.erase(org.admin(), org.id(), Pseudonym.of("p-1"));
    assertEquals(first, read.get(), "the release, not the register as it is now");
  }

  @Test
  void property_no_key_of_one_organisation_ever_sees_anything_of_another() {
    List<Org> orgs = new ArrayList<>();
    Map<MeasurementId, OrganisationId> owner = new HashMap<>();
    Map<String, Integer> perOrgAndParticipant = new HashMap<>();
    Property.forAll(
        "tenancy isolation",
        60,
        r -> {
          if (orgs.size() < 6 && (orgs.isEmpty() || r.nextInt(4) == 0)) {
            orgs.add(organisation("iso-" + orgs.size() + "-" + Long.toHexString(r.nextLong())));
          }
          Org writer = orgs.get(r.nextInt(orgs.size()));
          // Participant keys deliberately collide across organisations: p-3 of one is not p-3 of
          // another.
          String participant = "p-" + r.nextInt(5);
          LocalDate date = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(600));
          try {
            StoredMeasurement m = record(writer, participant, date, 1 + r.nextInt(10));
            owner.put(m.id(), writer.id());
            perOrgAndParticipant.merge(writer.id() + "/" + participant, 1, Integer::sum);
          } catch (StoredModeException e) {
            assertEquals(
                StoredModeException.Kind.CONFLICT,
                e.kind(),
                "only a same-day duplicate is refused");
          }
          Org reader = orgs.get(r.nextInt(orgs.size()));
          List<MeasurementId> ids = new ArrayList<>(owner.keySet());
          MeasurementId id = ids.get(r.nextInt(ids.size()));
          OrganisationId asked = r.nextBoolean() ? reader.id() : owner.get(id);
          if (asked.equals(reader.id()) && owner.get(id).equals(reader.id())) {
            assertEquals(id, measurements.get(reader.handledare(), asked, id).id());
          } else {
            StoredModeException e =
                assertThrows(
                    StoredModeException.class,
                    () -> measurements.get(reader.handledare(), asked, id));
            assertEquals(
                StoredModeException.Kind.NOT_FOUND,
                e.kind(),
                "another organisation's data is not found, never forbidden");
          }
          Integer own = perOrgAndParticipant.get(reader.id() + "/" + participant);
          if (own == null) {
            assertThrows(
                StoredModeException.class,
                () ->
                    progression.participant(
                        reader.handledare(),
                        reader.id(),
                        Pseudonym.of(participant),
                        "skapa",
                        Optional.of(LocalDate.of(2026, 11, 22))));
          } else {
            assertEquals(
                own.intValue(),
                progression
                    .participant(
                        reader.handledare(),
                        reader.id(),
                        Pseudonym.of(participant),
                        "skapa",
                        Optional.of(LocalDate.of(2026, 11, 22)))
                    .progression()
                    .series()
                    .get(0)
                    .measurements(),
                "only the organisation's own measurements of " + participant);
          }
        });
  }

  @Test
  void property_an_import_stores_each_row_as_recorded_one_by_one_would() {
    // The import sends a thousand rows per statement as arrays (unnest), a measurement's own
    // answers as text: every shape of answer (unanswered ones, a single unanswered one, none at
    // all), handledare and comment must come back as sent, and a row already stored must be
    // refused, not doubled.
    Org org = organisation("import-trip");
    AtomicInteger day = new AtomicInteger();
    List<String> keys =
        SKAPA.indicatorsFor(Respondent.PARTICIPANT).stream().map(i -> i.key()).toList();
    Property.forAll(
        "import round trip",
        30,
        r -> {
          List<MeasurementFiles.ImportRow> rows = new ArrayList<>();
          int n = 1 + r.nextInt(1_500);
          for (int i = 0; i < n; i++) {
            Map<String, Answer> answers = new HashMap<>();
            int shape = r.nextInt(4);
            for (String key : keys) {
              if (shape == 0 && answers.isEmpty()) {
                answers.put(key, Answer.notAnswered());
              } else if (shape >= 2 && r.nextInt(4) > 0) {
                answers.put(
                    key,
                    r.nextInt(5) == 0 ? Answer.notAnswered() : Answer.score(1 + r.nextInt(10)));
              }
            }
            Measurement m =
                Measurement.of(
                    Pseudonym.of("i-" + day.incrementAndGet()),
                    LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2_000)),
                    SKAPA,
                    Respondent.PARTICIPANT,
                    answers);
            m = r.nextBoolean() ? m.withHandledare(Pseudonym.of("h-" + r.nextInt(3))) : m;
            m =
                r.nextInt(3) == 0
                    ? m.withComment("Samtal, \"citat\", komma; {klammer} och ny\nrad")
                    : m;
            rows.add(new MeasurementFiles.ImportRow(i + 2, SERVICE, m));
          }
          List<StoredMeasurement> stored = files.importAll(org.handledare(), org.id(), rows, false);
          assertEquals(n, stored.size());
          for (int i = 0; i < n; i += 1 + n / 20) {
            StoredMeasurement back =
                measurements.get(org.handledare(), org.id(), stored.get(i).id());
            assertEquals(rows.get(i).measurement(), back.measurement(), "row " + i);
          }
          int again = r.nextInt(n);
          assertThrows(
              ValidationException.class,
              () -> files.importAll(org.handledare(), org.id(), List.of(rows.get(again)), false),
              "a stored row is refused");
        });
  }

  @Test
  void
      property_every_version_belongs_to_a_measurement_and_every_measurement_has_its_current_version() {
    // The store's own invariant since versions carry no foreign key (V7): it holds through every
    // write path.
    Org org = organisation("versions");
    Property.forAll(
        "versions follow their measurement",
        40,
        r -> {
          List<StoredMeasurement> live = new ArrayList<>();
          for (int step = 0; step < 12; step++) {
            String participant = "v-" + r.nextInt(4);
            switch (r.nextInt(4)) {
              case 0, 1 -> {
                try {
                  live.add(
                      record(
                          org,
                          participant,
                          LocalDate.of(2025, 1, 1).plusDays(r.nextInt(300)),
                          1 + r.nextInt(10)));
                } catch (StoredModeException duplicate) {
                  // the same participant and day twice: refused whole
                }
              }
              case 2 -> {
                if (!live.isEmpty()) {
                  StoredMeasurement m = live.remove(r.nextInt(live.size()));
                  try {
                    live.add(
                        measurements.correct(
                            org.handledare(),
                            org.id(),
                            m.id(),
                            m.version(),
                            SERVICE,
                            measurement(
                                m.measurement().participant().value(),
                                m.measurement().date(),
                                1 + r.nextInt(10))));
                  } catch (StoredModeException gone) {
                    // erased meanwhile, or corrected from a stale copy
                  }
                }
              }
              default -> {
                try {
                  erasure.erase(org.admin(), org.id(), Pseudonym.of(participant));
                } catch (StoredModeException nothing) {
                  // nothing stored of that participant
                }
                live.removeIf(m -> m.measurement().participant().value().equals(participant));
              }
            }
            try (Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement()) {
              // This organisation's rows only: other tests' imports share the database.
              var orphans =
                  st.executeQuery(
                      "SELECT count(*) FROM measurement_versions v WHERE v.org_id = 'versions' AND NOT EXISTS "
                          + "(SELECT 1 FROM measurements m WHERE m.org_id = v.org_id AND m.id = v.id)");
              orphans.next();
              assertEquals(0, orphans.getInt(1), "a version without its measurement");
              var missing =
                  st.executeQuery(
                      "SELECT count(*) FROM measurements m WHERE m.org_id = 'versions' AND NOT EXISTS (SELECT 1 FROM measurement_versions v "
                          + "WHERE v.org_id = m.org_id AND v.id = m.id AND v.version = m.version)");
              missing.next();
              assertEquals(0, missing.getInt(1), "a measurement without its current version");
            } catch (SQLException e) {
              throw new AssertionError(e);
            }
          }
        });
  }

  @Test
  void retention_never_erases_an_open_enrolment_and_counts_from_the_last_record_of_any_kind() {
    Org org = organisation("gallring-enrolled");
    clock.set(LocalDate.of(2026, 11, 22));
    Enrolments enrolments = new Enrolments(new JdbcStorage(db.dataSource()), clock);
    // Measured long ago, still enrolled: kept.
    record(org, "still-in", LocalDate.of(2022, 3, 1), 3);
    enrolments.enrol(
        org.handledare(),
        org.id(),
        SERVICE,
        Pseudonym.of("still-in"),
        LocalDate.of(2022, 2, 1),
        Optional.empty(),
        true);
    // Measured long ago, closed recently: counts from the closing, kept.
    record(org, "closed-late", LocalDate.of(2022, 3, 1), 3);
    StoredEnrolment e =
        enrolments.enrol(
            org.handledare(),
            org.id(),
            SERVICE,
            Pseudonym.of("closed-late"),
            LocalDate.of(2022, 2, 1),
            Optional.empty(),
            true);
    enrolments.close(
        org.handledare(),
        org.id(),
        e.id(),
        LocalDate.of(2026, 6, 1),
        OutcomeType.EMPLOYMENT,
        false);
    // Only an enrolment, closed long ago and never measured: erased (it used to be kept for ever).
    StoredEnrolment old =
        enrolments.enrol(
            org.handledare(),
            org.id(),
            SERVICE,
            Pseudonym.of("enrolled-only"),
            LocalDate.of(2021, 1, 4),
            Optional.empty(),
            false);
    enrolments.close(
        org.handledare(), org.id(), old.id(), LocalDate.of(2021, 5, 3), OutcomeType.STUDIES, false);
    List<String> would =
        erasure.wouldErase(Period.ofYears(2)).stream()
            .filter(p -> p.organisation().equals(org.id()))
            .map(p -> p.participant().value())
            .toList();
    assertEquals(
        List.of("enrolled-only"), would, "the dry run names who would go, erasing nothing");
    assertEquals(
        1,
        progression
            .participant(
                org.handledare(), org.id(), Pseudonym.of("still-in"), "skapa", Optional.empty())
            .measurements()
            .size());
    erasure.applyRetention(Period.ofYears(2));
    assertEquals(
        List.of(),
        erasure.wouldErase(Period.ofYears(2)).stream()
            .filter(p -> p.organisation().equals(org.id()))
            .toList());
    assertEquals(
        1,
        progression
            .participant(
                org.handledare(), org.id(), Pseudonym.of("still-in"), "skapa", Optional.empty())
            .measurements()
            .size(),
        "an open enrolment is never erased");
  }

  @Test
  void
      retention_erases_participants_with_nothing_measured_for_the_period_and_says_so_in_the_trail() {
    Org org = organisation("gallring");
    clock.set(LocalDate.of(2026, 11, 22));
    record(org, "old", LocalDate.of(2023, 3, 1), 3);
    record(org, "old", LocalDate.of(2024, 11, 1), 4);
    record(org, "recent", LocalDate.of(2023, 3, 1), 3);
    record(org, "recent", LocalDate.of(2025, 1, 10), 5);
    int erased = erasure.applyRetention(Period.ofYears(2));
    assertTrue(erased >= 1);
    assertThrows(
        StoredModeException.class,
        () ->
            progression.participant(
                org.handledare(), org.id(), Pseudonym.of("old"), "skapa", Optional.empty()));
    assertEquals(
        2,
        progression
            .participant(
                org.handledare(), org.id(), Pseudonym.of("recent"), "skapa", Optional.empty())
            .progression()
            .series()
            .get(0)
            .measurements(),
        "measured within two years: kept whole");
    List<AuditEntry> trail =
        new AuditTrail(new JdbcStorage(db.dataSource()), clock, ZoneOffset.UTC)
            .read(org.admin(), org.id(), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), 0)
            .lines();
    AuditEntry line =
        trail.stream().filter(e -> e.holder().equals(Erasure.RETENTION)).findFirst().orElseThrow();
    assertEquals("participant.erased", line.action());
    assertEquals(Optional.of(4), line.rows(), "2 measurements and their 2 versions");
    assertTrue(
        trail.stream()
            .noneMatch(e -> e.participant().map(p -> p.value().equals("old")).orElse(false)));
  }

  @Test
  void the_audit_trail_refuses_every_change_but_erasure_of_a_participant_key() throws Exception {
    Org org = organisation("append-only");
    record(org, "p-1", LocalDate.of(2025, 3, 1), 3);
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "UPDATE audit_trail SET holder = 'someone-else'",
              "UPDATE audit_trail SET participant = 'p-2'",
              "DELETE FROM audit_trail",
              "TRUNCATE audit_trail")) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
      }
    }
    // The superuser, who can, is still held by the trigger.
    try (Connection c = superuser();
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "UPDATE audit_trail SET holder = 'someone-else'",
              "UPDATE audit_trail SET participant = 'p-2'",
              "DELETE FROM audit_trail",
              "TRUNCATE audit_trail")) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
      }
      assertTrue(
          s.executeUpdate("UPDATE audit_trail SET participant = NULL WHERE participant = 'p-1'")
              > 0,
          "erasure may remove a participant's key, nothing else");
    }
  }

  private Connection superuser() throws SQLException {
    String url;
    try (Connection c = db.dataSource().getConnection()) {
      url = c.getMetaData().getURL();
    }
    return java.sql.DriverManager.getConnection(url, "postgres", null);
  }
}
