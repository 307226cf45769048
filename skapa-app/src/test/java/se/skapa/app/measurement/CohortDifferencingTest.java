package se.skapa.app.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Service;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.fakes.InMemoryAuditLog;
import se.skapa.app.fakes.InMemoryCohortReleases;
import se.skapa.app.fakes.InMemoryMeasurements;
import se.skapa.app.fakes.InMemoryOrganisations;
import se.skapa.app.fakes.InMemoryStorage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.CohortIndicator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;

/**
 * An analyst plays the attacker who recovered one person's scores by reading a cohort twice and
 * subtracting. Over many random organisations and any sequence of reads (arbitrary periods and
 * {@code asOf}, while conversations are recorded late and participants erased), every answer is a
 * system of linear equations in the measurements' scores (n × mean = the sum of the contributors'
 * first or latest answers); the attacker wins if any one score is determined by all the answers
 * together. The same attacker against the live numbers a handledare sees must win, or the attack
 * would prove nothing.
 */
class CohortDifferencingTest {

  static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();
  static final Instrument SKAPA = CATALOG.find("skapa").orElseThrow();
  static final List<Indicator> ASKED = SKAPA.indicatorsFor(Respondent.PARTICIPANT).subList(0, 3);
  static final OrganisationId ORG = OrganisationId.of("ame-boden");
  static final ServiceId SERVICE = ServiceId.of("steget-fram");
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final int SEEDS = 120;

  /** A clock the test moves forward. */
  static final class MovingClock extends Clock {
    Instant now;

    MovingClock(LocalDate day) {
      now = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    LocalDate today() {
      return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    void advance(int days) {
      now = now.plusSeconds(86_400L * days);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** One organisation's register as the test knows it: every score of every measurement. */
  static final class World {
    final MovingClock clock = new MovingClock(START);
    final InMemoryMeasurements stored = new InMemoryMeasurements();
    final InMemoryOrganisations organisations = new InMemoryOrganisations();
    final InMemoryStorage storage =
        new InMemoryStorage()
            .with(MeasurementStore.class, stored)
            .with(IdempotencyClaims.class, stored)
            .with(CohortReleases.class, new InMemoryCohortReleases())
            .with(OrganisationStore.class, organisations)
            .with(AuditLog.class, new InMemoryAuditLog());
    final Measurements measurements = new Measurements(storage, clock, CATALOG);
    final Progression progression =
        new Progression(
            storage,
            clock,
            CATALOG,
            ProgressionOptions.DEFAULT,
            SmallNumbers.DEFAULT_THRESHOLD,
            ReleaseCalendar.DEFAULT);
    final Actor handledare = actor(Role.HANDLEDARE);
    final Actor analyst = actor(Role.ANALYST);

    /** Participant → date → the measurement's answers, as stored now. */
    final Map<String, TreeMap<LocalDate, Map<String, Integer>>> register = new HashMap<>();

    World() {
      organisations.insertService(new Service(ORG, SERVICE, "Steget fram", clock.instant()));
    }

    void record(Random r, String participant, LocalDate date) {
      if (register.getOrDefault(participant, new TreeMap<>()).containsKey(date)) {
        return;
      }
      Map<String, Answer> answers = new LinkedHashMap<>();
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (Indicator i : ASKED) {
        int s = i.scale().min() + r.nextInt(i.scale().max() - i.scale().min() + 1);
        answers.put(i.key(), Answer.score(s));
        scores.put(i.key(), s);
      }
      measurements.record(
          handledare,
          ORG,
          SERVICE,
          Measurement.of(Pseudonym.of(participant), date, SKAPA, Respondent.PARTICIPANT, answers),
          Optional.empty(),
          "-");
      register.computeIfAbsent(participant, p -> new TreeMap<>()).put(date, scores);
    }

    void erase(String participant) {
      stored.eraseParticipant(ORG, Pseudonym.of(participant));
      register.remove(participant);
    }
  }

  static Actor actor(Role role) {
    return new Actor(ORG, new KeyId(UUID.randomUUID()), Pseudonym.of("a-1"), Set.of(role));
  }

  /** A measurement's score of one indicator: an unknown to the attacker. */
  record Score(String participant, LocalDate date, String indicator) {}

  /** What an answer says: for each indicator given, Σ first and Σ latest over its contributors. */
  record Equations(List<List<Score>> rows) {}

  /**
   * The contributors of a cohort over [from, to] as of {@code day}, from the test's own register:
   * for each indicator, each participant with two or more answers in the period, by their first and
   * latest answer. Checked against the report's counts and means, so the attacker's equations are
   * the ones the answer really carries.
   */
  static Equations equations(World w, LocalDate from, LocalDate to, CohortReport report) {
    LocalDate end = to.isAfter(report.asOf()) ? report.asOf() : to;
    List<List<Score>> rows = new ArrayList<>();
    for (CohortIndicator given : report.indicators()) {
      if (ASKED.stream().noneMatch(i -> i.key().equals(given.key()))) {
        continue;
      }
      List<Score> first = new ArrayList<>();
      List<Score> latest = new ArrayList<>();
      long firstSum = 0;
      long latestSum = 0;
      for (var e : w.register.entrySet()) {
        var in = end.isBefore(from) ? new TreeMap<>() : e.getValue().subMap(from, true, end, true);
        if (in.size() >= 2 && !end.isBefore(from)) {
          var all = e.getValue().subMap(from, true, end, true);
          first.add(new Score(e.getKey(), all.firstKey(), given.key()));
          latest.add(new Score(e.getKey(), all.lastKey(), given.key()));
          firstSum += all.firstEntry().getValue().get(given.key());
          latestSum += all.lastEntry().getValue().get(given.key());
        }
      }
      assertEquals(first.size(), given.participants(), "the oracle counts what the report counts");
      if (!first.isEmpty()) {
        assertEquals(firstSum, Math.round(given.meanFirst() * first.size()), "Σ first");
        assertEquals(latestSum, Math.round(given.meanLatest() * first.size()), "Σ latest");
        rows.add(first);
        rows.add(latest);
      }
    }
    return new Equations(rows);
  }

  /**
   * The scores the answers determine: a unit vector in the row space of the equations, found in
   * their reduced row echelon form (a row that is a unit vector there is one score alone).
   */
  static List<Score> determined(List<Equations> answers) {
    Map<Score, Integer> column = new LinkedHashMap<>();
    List<double[]> rows = new ArrayList<>();
    for (Equations eq : answers) {
      for (List<Score> row : eq.rows()) {
        row.forEach(s -> column.putIfAbsent(s, column.size()));
      }
    }
    for (Equations eq : answers) {
      for (List<Score> row : eq.rows()) {
        double[] v = new double[column.size()];
        row.forEach(s -> v[column.get(s)] = 1);
        rows.add(v);
      }
    }
    List<Score> scores = new ArrayList<>(column.keySet());
    int pivotRow = 0;
    for (int c = 0; c < scores.size() && pivotRow < rows.size(); c++) {
      int best = -1;
      for (int i = pivotRow; i < rows.size(); i++) {
        if (Math.abs(rows.get(i)[c]) > 1e-9
            && (best < 0 || Math.abs(rows.get(i)[c]) > Math.abs(rows.get(best)[c]))) {
          best = i;
        }
      }
      if (best < 0) {
        continue;
      }
      double[] p = rows.get(best);
      rows.set(best, rows.get(pivotRow));
      rows.set(pivotRow, p);
      double lead = p[c];
      for (int j = 0; j < p.length; j++) {
        p[j] /= lead;
      }
      for (int i = 0; i < rows.size(); i++) {
        double[] q = rows.get(i);
        if (i != pivotRow && Math.abs(q[c]) > 1e-12) {
          double f = q[c];
          for (int j = 0; j < q.length; j++) {
            q[j] -= f * p[j];
          }
        }
      }
      pivotRow++;
    }
    List<Score> found = new ArrayList<>();
    for (double[] row : rows) {
      int nonZero = -1;
      int count = 0;
      for (int j = 0; j < row.length; j++) {
        if (Math.abs(row[j]) > 1e-9) {
          nonZero = j;
          count++;
        }
      }
      if (count == 1) {
        found.add(scores.get(nonZero));
      }
    }
    return found;
  }

  /** The outcome of one attack: answers the reader got and the scores they determine. */
  record Attack(int answers, int distinct, List<Score> determined) {}

  static Attack attack(long seed, boolean asAnalyst) {
    Random r = new Random(seed);
    World w = new World();
    int people = 6 + r.nextInt(25);
    List<Equations> seen = new ArrayList<>();
    List<CohortReport> distinct = new ArrayList<>();
    int answers = 0;
    for (int step = 0; step < 60; step++) {
      w.clock.advance(1 + r.nextInt(40));
      LocalDate today = w.clock.today();
      int action = r.nextInt(10);
      String someone = "p-" + r.nextInt(people);
      if (action < 4) {
        // A conversation, now or recorded up to 60 days late.
        LocalDate day = today.minusDays(r.nextInt(61));
        w.record(r, someone, day.isBefore(START) ? START : day);
      } else if (action == 4 && r.nextInt(4) == 0) {
        w.erase(someone);
      } else {
        LocalDate from;
        LocalDate to;
        if (r.nextBoolean()) {
          int year = 2024 + r.nextInt(Math.max(1, today.getYear() - 2024 + 1));
          from = LocalDate.of(year, 1, 1);
          to = LocalDate.of(year, 12, 31);
        } else {
          from = START.plusDays(r.nextInt(400));
          to = from.plusDays(30 + r.nextInt(500));
        }
        Optional<LocalDate> asOf =
            r.nextBoolean() ? Optional.empty() : Optional.of(today.minusDays(r.nextInt(90)));
        Actor reader = asAnalyst ? w.analyst : w.handledare;
        try {
          CohortReport report =
              w.progression.cohort(
                  reader,
                  ORG,
                  SERVICE,
                  "skapa",
                  Respondent.PARTICIPANT,
                  from,
                  Optional.of(to),
                  asOf);
          answers++;
          if (!distinct.contains(report)) {
            // A new answer: its equations are those of the register as it is now.
            distinct.add(report);
            seen.add(equations(w, from, to, report));
          }
        } catch (ValidationException refused) {
          // A refused read tells nothing.
        }
      }
    }
    return new Attack(answers, distinct.size(), determined(seen));
  }

  @Test
  void noSequenceOfAnalystReadsDeterminesAnyOnePersonsScore() {
    int answered = 0;
    int severalAnswers = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Attack a = attack(seed, true);
      assertEquals(List.of(), a.determined(), "seed " + seed + ": scores recovered from " + a);
      answered += a.answers();
      if (a.distinct() >= 2) {
        severalAnswers++;
      }
    }
    assertTrue(answered > SEEDS, "the analyst got answers to attack: " + answered);
    assertTrue(
        severalAnswers > SEEDS / 4, "several distinct answers per organisation: " + severalAnswers);
  }

  @Test
  void theSameAttackerRecoversScoresFromLiveNumbers() {
    int won = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      if (!attack(seed, false).determined().isEmpty()) {
        won++;
      }
    }
    assertTrue(
        won > SEEDS / 4, "the attack works where nothing protects: won " + won + " of " + SEEDS);
  }

  @Test
  void anAnalystIsRefusedAnArbitraryPeriodAndAnUnreleasedOneNamingTheRule() {
    World w = new World();
    w.clock.advance(900);
    ValidationException arbitrary =
        assertThrows(
            ValidationException.class,
            () ->
                w.progression.cohort(
                    w.analyst,
                    ORG,
                    SERVICE,
                    "skapa",
                    Respondent.PARTICIPANT,
                    LocalDate.of(2024, 1, 1),
                    Optional.of(LocalDate.of(2024, 7, 1)),
                    Optional.empty()));
    assertEquals("release-period", arbitrary.violations().get(0).rule());
    LocalDate today = w.clock.today();
    ValidationException early =
        assertThrows(
            ValidationException.class,
            () ->
                w.progression.cohort(
                    w.analyst,
                    ORG,
                    SERVICE,
                    "skapa",
                    Respondent.PARTICIPANT,
                    LocalDate.of(today.getYear(), 1, 1),
                    Optional.of(LocalDate.of(today.getYear(), 12, 31)),
                    Optional.empty()));
    assertEquals("not-released", early.violations().get(0).rule());
  }

  @Test
  void aReleasedYearGivesTheSameNumbersAfterALateRecordAndAnErasure() {
    World w = new World();
    Random r = new Random(7);
    for (int p = 0; p < 8; p++) {
      w.clock.now = LocalDate.of(2024, 2, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
      w.record(r, "p-" + p, LocalDate.of(2024, 1, 10 + p));
      w.clock.now = LocalDate.of(2024, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
      w.record(r, "p-" + p, LocalDate.of(2024, 8, 10 + p));
    }
    w.clock.now = LocalDate.of(2025, 2, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
    CohortReport first = read2024(w);
    w.record(r, "p-0", LocalDate.of(2024, 12, 20));
    w.erase("p-1");
    assertEquals(first, read2024(w), "the released numbers, not the register's");
    assertEquals(8, first.indicators().get(0).participants());
  }

  private static CohortReport read2024(World w) {
    return w.progression.cohort(
        w.analyst,
        ORG,
        SERVICE,
        "skapa",
        Respondent.PARTICIPANT,
        LocalDate.of(2024, 1, 1),
        Optional.of(LocalDate.of(2024, 12, 31)),
        Optional.empty());
  }
}
