package se.skapa.bench;

import static se.skapa.bench.StoredCohortBench.send;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import se.skapa.rest.ServerConfig;

/**
 * The pages a person opens every day, as the organisation grows: a handledare's start page (their
 * caseload on every instrument) and a service's reports page, at 1 000, 10 000 and 100 000
 * participants, beside the participant's page (one person, whatever the size) in the same run.
 * Signed in with a password account like a person; a documented harness like {@link
 * StoredCohortBench}: a server on its embedded database, wall-clock per request, warm-up,
 * alternating rounds, medians.
 *
 * <p>Run: {@code java -cp bench/target/skapa-bench.jar se.skapa.bench.PagesBench [rounds=15]}
 */
public final class PagesBench {

  private static final int[] SIZES = {1_000, 10_000, 100_000};

  /** Participants per handledare: a caseload, whatever the organisation's size. */
  private static final int CASELOAD = 25;

  private static final String PASSWORD = "korv med bröd och senap";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    try (BenchServer bench = BenchServer.start(ServerConfig.forTests())) {
      String base = bench.base();
      Map<String, HttpClient> people = new LinkedHashMap<>();
      for (int size : SIZES) {
        String org = "p" + size;
        String admin = bench.organisation(org, org);
        send(
            base,
            "POST",
            "/api/v1/organisations/" + org + "/services",
            admin,
            "{\"id\":\"big\",\"name\":\"Big\"}");
        send(
            base,
            "POST",
            "/api/v1/organisations/" + org + "/users",
            admin,
            "{\"username\":\"h-7\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"handledare\"]}");
        long t0 = System.nanoTime();
        fill(bench.dataSource(), org, size);
        System.out.printf(
            "Filled %s: %d participants, 4 measurements and an enrolment each, %.0f s%n",
            org, size, (System.nanoTime() - t0) / 1e9);
        people.put(org, signIn(base, org));
      }
      Map<String, String[]> pages = new LinkedHashMap<>();
      for (int size : SIZES) {
        String org = "p" + size;
        pages.put(
            "participant page (baseline), " + size, new String[] {org, "/app/participants/b-7"});
        pages.put("start page, " + size, new String[] {org, "/app"});
        pages.put(
            "reports page, service, year, " + size,
            new String[] {org, "/app/reports?service=big&period=2026"});
      }
      Map<String, AlternatingRounds.Call> calls = new LinkedHashMap<>();
      pages.forEach(
          (name, p) -> {
            HttpClient who = java.util.Objects.requireNonNull(people.get(p[0]));
            calls.put(name, () -> get(who, base + p[1]));
          });
      AlternatingRounds.time(calls, rounds, 40);
    }
  }

  /** A person's browser: signed in with the password form, its cookies kept. */
  private static HttpClient signIn(String base, String org) throws Exception {
    HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    Matcher m = CSRF.matcher(get(c, base + "/login"));
    if (!m.find()) {
      throw new IllegalStateException("no sign-in form");
    }
    String form =
        "csrf="
            + m.group(1)
            + "&org="
            + org
            + "&username=h-7&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in → " + r.statusCode());
    }
    return c;
  }

  private static String get(HttpClient c, String url) throws Exception {
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " → " + r.statusCode());
    }
    return r.body();
  }

  /**
   * {@code size} participants at service {@code big}, each with four measurements over 2025–2026 by
   * one of size / 25 handledare, and an enrolment in 2025 (half closed in 2026), written directly.
   */
  private static void fill(DataSource ds, String org, int size) throws Exception {
    int handledare = Math.max(1, size / CASELOAD);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      UUID key = UUID.randomUUID();
      try (PreparedStatement e =
              c.prepareStatement(
                  "INSERT INTO enrolments VALUES (?, ?, 1, 'big', ?, ?, ?, true, ?, ?,"
                      + " false, ?, 'h-1', ?)");
          PreparedStatement m =
              c.prepareStatement(
                  "INSERT INTO measurements (org_id, id, version, service_id, participant,"
                      + " instrument_id, instrument_version, respondent, measured_on, handledare,"
                      + " indicators, scores, comment, recorded_by_key, recorded_by, recorded_at)"
                      + " VALUES (?, ?, 1, 'big', ?, 'skapa', 1, 'PARTICIPANT', ?, ?,"
                      + " ARRAY['job-belief'], ARRAY[?], NULL, ?, 'h-1', ?)")) {
        for (int p = 0; p < size; p++) {
          String who = "b-" + p;
          LocalDate admitted = LocalDate.of(2025, 1, 1).plusDays(p % 365);
          boolean closed = p % 2 == 0;
          e.setString(1, org);
          e.setObject(2, UUID.randomUUID());
          e.setString(3, who);
          e.setObject(4, admitted);
          e.setObject(5, admitted.plusDays(7));
          e.setObject(6, closed ? LocalDate.of(2026, 1, 1).plusDays(p % 300) : null);
          e.setString(7, closed ? (p % 4 == 0 ? "EMPLOYMENT" : "NONE") : null);
          e.setObject(8, key);
          e.setObject(9, now);
          e.addBatch();
          for (int k = 0; k < 4; k++) {
            m.setString(1, org);
            m.setObject(2, UUID.randomUUID());
            m.setString(3, who);
            m.setObject(4, admitted.plusDays(75L * k));
            m.setString(5, "h-" + (p % handledare));
            m.setInt(6, 1 + (p + k) % 10);
            m.setObject(7, key);
            m.setObject(8, now);
            m.addBatch();
          }
          if (p % 1000 == 999) {
            e.executeBatch();
            m.executeBatch();
          }
        }
        e.executeBatch();
        m.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
  }
}
