package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Organisations;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;

/**
 * The restore drill: back up a database in use, lose it, restore into a new one, and every row of
 * every table is back, byte for byte; a restore that cannot be whole writes nothing.
 */
class BackupTest {

  static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();
  static final ServiceId SERVICE = ServiceId.of("steget-fram");

  @Test
  void backUpLoseTheDatabaseRestoreAndEveryRowIsBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("skapa.backup");
    Map<String, List<String>> before;
    Backup.Contents written;
    try (Database db = TestDatabase.fresh()) {
      populate(db);
      before = everyRow(db);
      written = Backup.write(db.dataSource(), file);
    }
    assertTrue(written.total() > 20, "a backup of something: " + written);
    assertEquals(before.keySet(), written.rows().keySet());
    before.forEach((t, rows) -> assertEquals(rows.size(), written.rows().get(t), t));
    assertFalse(Files.exists(dir.resolve("skapa.backup.partial")));

    try (Database fresh = TestDatabase.freshAsOwner()) {
      Backup.Contents restored = Backup.restore(fresh.dataSource(), file);
      assertEquals(written, restored);
      assertEquals(before, everyRow(fresh), "every row of every table, as it was");
      // The audit trail continues after the restored lines, and stays append-only.
      try (Connection c = fresh.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO audit_trail (org_id, at, holder, action, resource)"
                + " SELECT org_id, now(), 'x', 'after.restore', 'r' FROM audit_trail LIMIT 1");
        assertThrows(SQLException.class, () -> s.execute("DELETE FROM audit_trail"));
      }
      IllegalArgumentException twice =
          assertThrows(
              IllegalArgumentException.class, () -> Backup.restore(fresh.dataSource(), file));
      assertTrue(twice.getMessage().contains("not empty"), twice.getMessage());
    }
  }

  @Test
  void aRestoreThatCannotBeWholeWritesNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("skapa.backup");
    try (Database db = TestDatabase.fresh()) {
      populate(db);
      Backup.write(db.dataSource(), file);
    }
    // A backup cut short: the zip's end is gone.
    Path cut = dir.resolve("cut.backup");
    byte[] all = Files.readAllBytes(file);
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    Path notABackup = dir.resolve("notes.txt");
    Files.writeString(notABackup, "hello");
    try (Database fresh = TestDatabase.freshAsOwner()) {
      assertThrows(IllegalArgumentException.class, () -> Backup.restore(fresh.dataSource(), cut));
      assertThrows(
          IllegalArgumentException.class, () -> Backup.restore(fresh.dataSource(), notABackup));
      everyRow(fresh).forEach((t, rows) -> assertEquals(List.of(), rows, t));
    }
  }

  @Test
  void aBackupThatFailsLeavesNoFile(@TempDir Path dir) {
    Path file = dir.resolve("skapa.backup");
    Database db = TestDatabase.fresh();
    db.close();
    assertThrows(RuntimeException.class, () -> Backup.write(db.dataSource(), file));
    assertFalse(Files.exists(file), "no empty backup left to be trusted");
    assertFalse(Files.exists(dir.resolve("skapa.backup.partial")));
  }

  private static void populate(Database db) {
    MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 22));
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    Organisations organisations = new Organisations(storage, clock);
    Measurements measurements = new Measurements(storage, clock, CATALOG);
    Progression progression = new Progression(storage, clock, CATALOG, ProgressionOptions.DEFAULT);
    OrganisationId org = OrganisationId.of("ame-boden");
    Actor admin =
        organisations.create(org, "AME Boden", Pseudonym.of("admin")).adminKey().key().actor();
    organisations.createService(admin, org, SERVICE, "Steget fram – åäö");
    Actor handledare =
        organisations
            .issueKey(admin, org, Pseudonym.of("h-1"), Set.of(Role.HANDLEDARE))
            .key()
            .actor();
    Actor analyst =
        organisations.issueKey(admin, org, Pseudonym.of("a-1"), Set.of(Role.ANALYST)).key().actor();
    for (int p = 0; p < 6; p++) {
      for (int k = 0; k < 2; k++) {
        StoredMeasurement m =
            measurements
                .record(
                    handledare,
                    org,
                    SERVICE,
                    Measurement.of(
                        Pseudonym.of("p-" + p),
                        LocalDate.of(2025, 3 + 4 * k, 1 + p),
                        CATALOG.find("skapa").orElseThrow(),
                        Respondent.PARTICIPANT,
                        Map.of("job-belief", Answer.score(2 + p % 4 + k))),
                    Optional.empty(),
                    "-")
                .measurement();
        if (p == 0 && k == 1) {
          measurements.correct(
              handledare,
              org,
              m.provenance().id(),
              1,
              SERVICE,
              Measurement.of(
                  Pseudonym.of("p-0"),
                  m.measurement().date(),
                  CATALOG.find("skapa").orElseThrow(),
                  Respondent.PARTICIPANT,
                  Map.of("job-belief", Answer.score(9))));
        }
      }
    }
    progression.cohort(
        analyst,
        org,
        SERVICE,
        "skapa",
        Respondent.PARTICIPANT,
        LocalDate.of(2025, 1, 1),
        Optional.of(LocalDate.of(2025, 12, 31)),
        Optional.empty());
  }

  /** Every table's rows as text, in a stable order. */
  static Map<String, List<String>> everyRow(Database db) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                  + " AND tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT t::text FROM " + t + " t ORDER BY 1")) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
        out.put(t, rows);
      }
    }
    return out;
  }
}
