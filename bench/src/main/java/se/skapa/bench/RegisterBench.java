package se.skapa.bench;

import static se.skapa.bench.StoredCohortBench.field;
import static se.skapa.bench.StoredCohortBench.send;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import se.skapa.rest.ServerConfig;

/**
 * The register's reports over a service of 10 000 participants with a year of events, beside the
 * cohort report of the same service measured in the same run; and the follow-up list of one
 * handledare in an organisation of 100 000 participants, beside the organisation's whole list (what
 * every handledare's list cost before it was answered from the handledare's own participants). A
 * documented harness, like {@link StoredCohortBench}: a server on its embedded database, wall-clock
 * per request, warm-up, alternating rounds, medians.
 *
 * <p>Run: {@code java -cp bench/target/skapa-bench.jar se.skapa.bench.RegisterBench [rounds=15]}
 */
public final class RegisterBench {

  private static final int PARTICIPANTS = 10_000;
  private static final int ORGANISATION = 100_000;
  private static final int HANDLEDARE = 500;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    try (BenchServer bench = BenchServer.start(ServerConfig.forTests())) {
      String base = bench.base();
      String admin = bench.organisation("bench", "Bench");
      for (String s : new String[] {"ips", "big"}) {
        send(
            base,
            "POST",
            "/api/v1/organisations/bench/services",
            admin,
            "{\"id\":\"" + s + "\",\"name\":\"" + s + "\"}");
      }
      String key =
          field(
              send(
                  base,
                  "POST",
                  "/api/v1/organisations/bench/keys",
                  admin,
                  "{\"holder\":\"h-1\",\"roles\":[\"handledare\",\"analyst\"]}"),
              "key");
      long t0 = System.nanoTime();
      fill(bench.dataSource());
      System.out.printf(
          "Filled: %d participants at ips with a year of events, %d at big (%d handledare), %.0f s%n",
          PARTICIPANTS, ORGANISATION, HANDLEDARE, (System.nanoTime() - t0) / 1e9);
      Map<String, String> paths = new LinkedHashMap<>();
      String org = "/api/v1/organisations/bench";
      paths.put("cohort (baseline)", org + "/services/ips/cohort?asOf=2026-06-30");
      paths.put("ips-outcomes 2026-Q1", org + "/services/ips/ips-outcomes?quarter=2026-Q1");
      paths.put(
          "interventions 2026-H1",
          org + "/services/ips/interventions?from=2026-01-01&to=2026-06-30");
      paths.put(
          "support-change 2026-H1",
          org + "/services/ips/support-change?from=2026-01-01&to=2026-06-30");
      paths.put(
          "socioeconomic 2026-H1",
          org + "/services/ips/socioeconomic?from=2026-01-01&to=2026-06-30");
      paths.put(
          "ips-outcomes.csv 2026 (4 quarters)",
          org + "/services/ips/ips-outcomes.csv?from=2026-01-01&to=2026-12-31");
      paths.put("follow-ups, whole organisation", org + "/follow-ups?asOf=2026-06-30");
      paths.put("follow-ups, one handledare", org + "/follow-ups?asOf=2026-06-30&handledare=h-7");
      paths.put("after closing due", org + "/follow-ups?kind=after-closing&asOf=2026-12-31");
      Map<String, AlternatingRounds.Call> calls = new LinkedHashMap<>();
      paths.forEach((name, p) -> calls.put(name, () -> send(base, "GET", p, key, null)));
      AlternatingRounds.time(calls, rounds, 34);
    }
  }

  /** A year of a service's events and an organisation's measurements, written directly. */
  private static void fill(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      UUID key = UUID.randomUUID();
      try (PreparedStatement e =
              c.prepareStatement(
                  "INSERT INTO enrolments VALUES ('bench', ?, 1, 'ips', ?, ?, NULL, true, ?, ?,"
                      + " false, ?, 'h-1', ?)");
          PreparedStatement m =
              c.prepareStatement(
                  "INSERT INTO measurements (org_id, id, version, service_id, participant,"
                      + " instrument_id, instrument_version, respondent, measured_on, handledare,"
                      + " indicators, scores, comment, recorded_by_key, recorded_by, recorded_at)"
                      + " VALUES ('bench', ?, 1, ?, ?, 'skapa', 1, 'PARTICIPANT', ?, ?,"
                      + " ARRAY['job-belief'], ARRAY[?], NULL, ?, 'h-1', ?)");
          PreparedStatement sp =
              c.prepareStatement(
                  "INSERT INTO spells (org_id, id, version, collection, service_id, participant,"
                      + " enrolment_id, started, ended, kind, hours_per_week, monthly_wage, name,"
                      + " recorded_by_key, recorded_by, recorded_at)"
                      + " VALUES ('bench', ?, 1, ?, 'ips', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'h-1', ?)");
          PreparedStatement su =
              c.prepareStatement("INSERT INTO support VALUES ('bench', ?, ?, 0, ?, 1, NULL)");
          PreparedStatement ac =
              c.prepareStatement(
                  "INSERT INTO after_closing VALUES ('bench', ?, 6, ?, 'EMPLOYMENT',"
                      + " ARRAY['EMPLOYMENT'], ARRAY[1.0], ARRAY[NULL::bigint], ?, 'h-1', ?)")) {
        for (int p = 0; p < PARTICIPANTS; p++) {
          String who = "i-" + p;
          UUID id = UUID.randomUUID();
          LocalDate admitted = LocalDate.of(2025, 1, 1).plusDays(p % 365);
          boolean closed = p % 5 < 3;
          LocalDate closing = LocalDate.of(2026, 1, 1).plusDays(p % 180);
          e.setObject(1, id);
          e.setString(2, who);
          e.setObject(3, admitted);
          e.setObject(4, closed ? closing : null);
          e.setString(5, closed ? (p % 2 == 0 ? "EMPLOYMENT" : "NONE") : null);
          e.setObject(6, key);
          e.setObject(7, now);
          e.addBatch();
          su.setObject(1, id);
          su.setString(2, "ADMISSION");
          su.setString(3, "FORSORJNINGSSTOD");
          su.addBatch();
          if (closed) {
            su.setObject(1, id);
            su.setString(2, "CLOSING");
            su.setString(3, p % 2 == 0 ? "EMPLOYMENT" : "FORSORJNINGSSTOD");
            su.addBatch();
            if (p % 3 == 0) {
              ac.setObject(1, id);
              ac.setObject(2, closing.plusMonths(6));
              ac.setObject(3, key);
              ac.setObject(4, now);
              ac.addBatch();
            }
          }
          if (p % 5 < 2) {
            spell(sp, "jobs", who, id, admitted.plusDays(60), "COMPETITIVE", key, now);
          }
          spell(sp, "interventions", who, null, admitted.plusDays(10), "JOB_FOCUSED", key, now);
          spell(sp, "interventions", who, null, admitted.plusDays(40), "HEALTH", key, now);
          for (int k = 0; k < 4; k++) {
            measurement(
                m, "ips", who, admitted.plusDays(75L * k), "h-" + (p % HANDLEDARE), k, key, now);
          }
          if (p % 500 == 499) {
            e.executeBatch();
            su.executeBatch();
            ac.executeBatch();
            sp.executeBatch();
            m.executeBatch();
          }
        }
        e.executeBatch();
        su.executeBatch();
        ac.executeBatch();
        sp.executeBatch();
        m.executeBatch();
        for (int p = 0; p < ORGANISATION; p++) {
          measurement(
              m,
              "big",
              "b-" + p,
              LocalDate.of(2026, 1, 1).plusDays(p % 170),
              "h-" + (p % HANDLEDARE),
              p,
              key,
              now);
          if (p % 1000 == 999) {
            m.executeBatch();
          }
        }
        m.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
  }

  private static void spell(
      PreparedStatement sp,
      String collection,
      String who,
      @org.jspecify.annotations.Nullable UUID enrolment,
      LocalDate started,
      String kind,
      UUID key,
      OffsetDateTime now)
      throws Exception {
    boolean job = collection.equals("jobs");
    sp.setObject(1, UUID.randomUUID());
    sp.setString(2, collection);
    sp.setString(3, who);
    sp.setObject(4, enrolment);
    sp.setObject(5, started);
    sp.setObject(6, job ? null : started.plusDays(120));
    sp.setString(7, kind);
    sp.setObject(8, job ? java.math.BigDecimal.valueOf(20) : null);
    sp.setObject(9, job ? 18000L : null);
    sp.setString(10, job ? null : "Insats");
    sp.setObject(11, key);
    sp.setObject(12, now);
    sp.addBatch();
  }

  private static void measurement(
      PreparedStatement m,
      String service,
      String who,
      LocalDate date,
      String handledare,
      int seed,
      UUID key,
      OffsetDateTime now)
      throws Exception {
    m.setObject(1, UUID.randomUUID());
    m.setString(2, service);
    m.setString(3, who);
    m.setObject(4, date);
    m.setString(5, handledare);
    m.setInt(6, 1 + seed % 10);
    m.setObject(7, key);
    m.setObject(8, now);
    m.addBatch();
  }
}
