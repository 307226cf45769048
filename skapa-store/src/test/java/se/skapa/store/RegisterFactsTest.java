package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.Erasure;
import se.skapa.app.register.AfterClosings;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.register.Spell;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.app.register.StoredSpell;
import se.skapa.app.register.SupportStore;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.AfterClosing;
import se.skapa.core.register.AfterClosingStatus;
import se.skapa.core.register.Job;
import se.skapa.core.register.JobEndReason;
import se.skapa.core.register.JobKind;
import se.skapa.core.register.Study;
import se.skapa.core.register.StudyKind;
import se.skapa.core.register.Support;
import se.skapa.core.register.SupportSource;

/**
 * Jobs, studies, interventions, support and follow-ups after closing in PostgreSQL: read back as
 * written, every version kept, erased with the participant, never seen from another organisation.
 */
class RegisterFactsTest {

  static Database db;
  static MutableClock clock;
  static Organisations organisations;
  static Enrolments enrolments;
  static se.skapa.app.register.Spells spells;
  static AfterClosings afterClosings;
  static RegisterReports reports;
  static Erasure erasure;
  static final ServiceId SERVICE = ServiceId.of("ips");

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
    clock = new MutableClock(LocalDate.of(2026, 11, 22));
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    organisations = new Organisations(storage, clock);
    enrolments = new Enrolments(storage, clock);
    spells = new se.skapa.app.register.Spells(storage, clock);
    afterClosings = new AfterClosings(storage, clock);
    reports = new RegisterReports(storage, clock, 5);
    erasure = new Erasure(storage, clock);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  record Org(OrganisationId id, Actor admin, Actor handledare) {}

  static Org organisation(String id) {
    OrganisationId org = OrganisationId.of(id);
    Actor admin =
        organisations.create(org, "Org " + id, Pseudonym.of("admin")).adminKey().key().actor();
    organisations.createService(admin, org, SERVICE, "IPS");
    Actor h =
        organisations
            .issueKey(admin, org, Pseudonym.of("h-1"), Set.of(Role.HANDLEDARE))
            .key()
            .actor();
    return new Org(org, admin, h);
  }

  static Job job(LocalDate started, int hours) {
    return new Job(
        started,
        Optional.empty(),
        JobKind.COMPETITIVE,
        BigDecimal.valueOf(hours),
        Optional.of(Kronor.of(18000)),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void everyFactReadsBackAsWrittenWithItsVersionsAndTheSupportAtEachMoment() {
    Org o = organisation("facts-" + System.nanoTime());
    List<Support> before =
        List.of(
            new Support(
                SupportSource.FORSORJNINGSSTOD, BigDecimal.ONE, Optional.of(Kronor.of(9400))),
            new Support(SupportSource.SJUKPENNING, new BigDecimal("0.5"), Optional.empty()));
    StoredEnrolment e =
        enrolments.enrol(
            o.handledare(),
            o.id(),
            SERVICE,
            Pseudonym.of("p-1"),
            LocalDate.of(2026, 1, 12),
            Optional.empty(),
            true,
            before);
    StoredSpell j =
        spells.recordUnder(
            o.handledare(), o.id(), e.id(), new Spell.Work(job(LocalDate.of(2026, 3, 2), 20)));
    Spell ended =
        new Spell.Work(
            new Job(
                LocalDate.of(2026, 3, 2),
                Optional.of(LocalDate.of(2026, 6, 30)),
                JobKind.COMPETITIVE,
                new BigDecimal("22.5"),
                Optional.of(Kronor.of(19500)),
                Optional.empty(),
                Optional.of(JobEndReason.CONTRACT_ENDED)));
    StoredSpell j2 = spells.correct(o.handledare(), o.id(), j.id(), 1, "jobs", ended);
    assertEquals(2, j2.version());
    assertEquals(ended, spells.get(o.handledare(), o.id(), j.id(), "jobs").spell());
    assertEquals(
        List.of(j.spell(), ended),
        spells.history(o.handledare(), o.id(), j.id(), "jobs").stream()
            .map(StoredSpell::spell)
            .toList());
    StoredModeException stale =
        assertThrows(
            StoredModeException.class,
            () -> spells.correct(o.handledare(), o.id(), j.id(), 1, "jobs", ended));
    assertEquals(StoredModeException.Kind.STALE, stale.kind());
    assertThrows(
        StoredModeException.class,
        () -> spells.get(o.handledare(), o.id(), j.id(), "studies"),
        "a job is not found as studies");

    spells.recordUnder(
        o.handledare(),
        o.id(),
        e.id(),
        new Spell.Studies(
            new Study(LocalDate.of(2026, 8, 20), Optional.empty(), StudyKind.KOMVUX, 50)));
    spells.recordIntervention(
        o.handledare(),
        o.id(),
        Pseudonym.of("p-1"),
        SERVICE,
        new Spell.Insats(
            new Intervention(
                "Arbetsträning", BipGroup.JOB_FOCUSED, LocalDate.of(2026, 1, 20), Optional.empty()),
            Optional.of("Kommunens arbetsmarknadsenhet")));
    assertEquals(3, spells.ofParticipant(o.handledare(), o.id(), Pseudonym.of("p-1")).size());

    List<Support> after =
        List.of(new Support(SupportSource.EMPLOYMENT, BigDecimal.ONE, Optional.empty()));
    enrolments.close(
        o.handledare(),
        o.id(),
        e.id(),
        LocalDate.of(2026, 5, 29),
        OutcomeType.EMPLOYMENT,
        false,
        Optional.of(after));
    afterClosings.record(
        o.handledare(),
        o.id(),
        e.id(),
        new AfterClosing(
            6, LocalDate.of(2026, 11, 30).minusDays(10), AfterClosingStatus.EMPLOYMENT, after));
    assertEquals(
        List.of(12),
        afterClosings
            .due(o.handledare(), o.id(), Optional.empty(), Optional.of(LocalDate.of(2027, 6, 1)), 0)
            .stream()
            .map(AfterClosings.Due::monthsAfter)
            .toList(),
        "the 6-month follow-up is done, the 12-month one is due");
    StoredModeException twice =
        assertThrows(
            StoredModeException.class,
            () ->
                afterClosings.record(
                    o.handledare(),
                    o.id(),
                    e.id(),
                    new AfterClosing(
                        6, LocalDate.of(2026, 11, 21), AfterClosingStatus.NOT_REACHED, List.of())));
    assertEquals(StoredModeException.Kind.CONFLICT, twice.kind());
    var stored =
        new JdbcStorage(db.dataSource())
            .transaction(tx -> SupportStore.in(tx).support(o.id(), e.id()));
    assertEquals(
        Map.of(SupportStore.Moment.ADMISSION, before, SupportStore.Moment.CLOSING, after), stored);

    // Another organisation sees none of it.
    Org other = organisation("other-" + System.nanoTime());
    assertThrows(
        StoredModeException.class,
        () -> spells.get(other.handledare(), other.id(), j.id(), "jobs"));
    assertEquals(
        List.of(), spells.ofParticipant(other.handledare(), other.id(), Pseudonym.of("p-1")));

    // Erasure leaves none of the new rows.
    erasure.erase(o.admin(), o.id(), Pseudonym.of("p-1"));
    assertEquals(List.of(), spells.ofParticipant(o.handledare(), o.id(), Pseudonym.of("p-1")));
    try (var c = db.dataSource().getConnection();
        var st =
            c.prepareStatement(
                "SELECT (SELECT count(*) FROM spell_versions WHERE org_id = ?)"
                    + " + (SELECT count(*) FROM support WHERE org_id = ?)"
                    + " + (SELECT count(*) FROM after_closing WHERE org_id = ?)")) {
      for (int i = 1; i <= 3; i++) {
        st.setString(i, o.id().value());
      }
      try (var rs = st.executeQuery()) {
        rs.next();
        assertEquals(0L, rs.getLong(1), "no version, support or follow-up left");
      }
    } catch (java.sql.SQLException ex) {
      throw new AssertionError(ex);
    }
  }

  @Test
  void aJobInTheFutureAndAFollowUpOfAnOpenEnrolmentAreRefusedNamingTheField() {
    Org o = organisation("refuse-" + System.nanoTime());
    StoredEnrolment e =
        enrolments.enrol(
            o.handledare(),
            o.id(),
            SERVICE,
            Pseudonym.of("p-2"),
            LocalDate.of(2026, 1, 12),
            Optional.empty(),
            false);
    ValidationException future =
        assertThrows(
            ValidationException.class,
            () ->
                spells.recordUnder(
                    o.handledare(),
                    o.id(),
                    e.id(),
                    new Spell.Work(job(LocalDate.of(2027, 1, 4), 20))));
    assertEquals("/started", future.violations().get(0).pointer());
    ValidationException open =
        assertThrows(
            ValidationException.class,
            () ->
                afterClosings.record(
                    o.handledare(),
                    o.id(),
                    e.id(),
                    new AfterClosing(
                        6, LocalDate.of(2026, 11, 1), AfterClosingStatus.NOT_REACHED, List.of())));
    assertEquals("not-closed", open.violations().get(0).rule());
  }

  @Test
  void theIpsOutcomesOfAServiceComeFromItsEnrolmentsAndJobs() {
    Org o = organisation("ips-" + System.nanoTime());
    for (int p = 0; p < 8; p++) {
      StoredEnrolment e =
          enrolments.enrol(
              o.handledare(),
              o.id(),
              SERVICE,
              Pseudonym.of("p-" + p),
              LocalDate.of(2025, 11, 3),
              Optional.empty(),
              true);
      if (p < 5) {
        spells.recordUnder(
            o.handledare(),
            o.id(),
            e.id(),
            new Spell.Work(job(LocalDate.of(2026, 2, 2 + p), 10 + p)));
      }
    }
    var r =
        reports.ipsOutcomes(
            o.handledare(), o.id(), SERVICE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    assertEquals(8, r.report().served());
    assertEquals(5, r.report().workedCompetitively().count());
    assertEquals(5, r.report().firstJobStarts());
    assertEquals(Optional.of(BigDecimal.valueOf(12)), r.report().medianHours());
    assertEquals(Set.of(), r.withheld(), "a handledare sees every cell");
    Actor analyst =
        organisations
            .issueKey(o.admin(), o.id(), Pseudonym.of("a-1"), Set.of(Role.ANALYST))
            .key()
            .actor();
    var forAnalyst =
        reports.ipsOutcomes(
            analyst, o.id(), SERVICE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    assertTrue(
        forAnalyst.withheld().contains("worked"), "3 did not work: " + forAnalyst.withheld());
  }
}
