package se.skapa.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import se.skapa.rest.ServerConfig;

/**
 * The stored cohort beside the stateless one, in one run (a documented harness, not JMH: the
 * subject is a server on a database, measured in wall-clock time per request): {@code GET
 * …/services/{s}/cohort} over 10 000 participants × 5 measurements, and the stateless {@code POST
 * /api/v1/progression/cohort} given the same 50 000 measurements in its body; warm-up, then
 * alternating rounds, medians. Recording is measured by bench/record.sh (wrk, a separate process).
 *
 * <p>Run: {@code java -cp bench/target/skapa-bench.jar se.skapa.bench.StoredCohortBench
 * [rounds=15]}
 */
public final class StoredCohortBench {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String[] INDICATORS = {
    "health-coping",
    "everyday-coping",
    "job-belief",
    "labour-market-knowledge",
    "job-search",
    "cooperation"
  };

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    try (BenchServer bench =
        BenchServer.start(ServerConfig.forTests().withMaxBodyBytes(64L * 1024 * 1024))) {
      String base = bench.base();
      String admin = bench.organisation("bench", "Bench");
      send(
          base,
          "POST",
          "/api/v1/organisations/bench/services",
          admin,
          "{\"id\":\"s\",\"name\":\"S\"}");
      send(
          base,
          "POST",
          "/api/v1/organisations/bench/services",
          admin,
          "{\"id\":\"cohort\",\"name\":\"Cohort\"}");
      String key =
          field(
              send(
                  base,
                  "POST",
                  "/api/v1/organisations/bench/keys",
                  admin,
                  "{\"holder\":\"h-1\",\"roles\":[\"handledare\",\"analyst\"]}"),
              "key");
      cohort(base, key, bench.dataSource(), rounds);
    }
  }

  private static void cohort(String base, String key, DataSource ds, int rounds) throws Exception {
    int participants = 10_000;
    int perParticipant = 5;
    StringBuilder body = new StringBuilder("{\"instrument\":\"skapa\",\"measurements\":[");
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      c.setAutoCommit(false);
      for (int p = 0; p < participants; p++) {
        for (int m = 0; m < perParticipant; m++) {
          LocalDate date = LocalDate.of(2024, 1, 1).plusDays(m * 75L + p % 30);
          bind(c, ps, "cohort", "c-" + p, date, p * 7 + m);
          ps.addBatch();
          body.append(p + m == 0 ? "" : ",")
              .append("{\"participant\":\"c-")
              .append(p)
              .append("\",\"date\":\"")
              .append(date)
              .append("\",\"respondent\":\"PARTICIPANT\",\"scores\":")
              .append(scores(p * 7 + m))
              .append('}');
        }
        if (p % 500 == 499) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE measurements");
      }
    }
    String stateless = body.append("]}").toString();
    String storedPath = "/api/v1/organisations/bench/services/cohort/cohort?asOf=2026-11-01";
    // Warm-up, and a check that both answer the same question the same way.
    String a = send(base, "GET", storedPath, key, null);
    String b = send(base, "POST", "/api/v1/progression/cohort", key, stateless);
    if (!field(a, "participants").equals(field(b, "participants"))) {
      throw new IllegalStateException("stored and stateless cohorts differ:\n" + a + "\n" + b);
    }
    for (int i = 0; i < 10; i++) {
      send(base, "GET", storedPath, key, null);
      send(base, "POST", "/api/v1/progression/cohort", key, stateless);
    }
    long[] stored = new long[rounds];
    long[] posted = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      send(base, "GET", storedPath, key, null);
      stored[r] = System.nanoTime() - t0;
      t0 = System.nanoTime();
      send(base, "POST", "/api/v1/progression/cohort", key, stateless);
      posted[r] = System.nanoTime() - t0;
    }
    System.out.printf(
        "Cohort of %d participants × %d measurements, %d alternating rounds, median:%n",
        participants, perParticipant, rounds);
    System.out.printf(
        "  stored  GET …/services/{s}/cohort        %6.0f ms%n", median(stored) / 1e6);
    System.out.printf(
        "  stateless POST /progression/cohort (%.1f MB body) %6.0f ms%n",
        stateless.length() / 1e6, median(posted) / 1e6);
  }

  private static final String INSERT =
      "INSERT INTO measurements (org_id, id, version, service_id, participant, instrument_id, "
          + "instrument_version, respondent, measured_on, handledare, indicators, scores, comment, recorded_by_key, recorded_by, recorded_at) "
          + "VALUES ('bench', ?, 1, ?, ?, 'skapa', 1, 'PARTICIPANT', ?, 'h-1', ?, ?, NULL, ?, 'h-1', ?)";

  private static void bind(
      Connection c,
      PreparedStatement ps,
      String service,
      String participant,
      LocalDate date,
      int seed)
      throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Integer[] values = new Integer[INDICATORS.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = 1 + r.nextInt(10);
    }
    String[] sorted = INDICATORS.clone();
    Arrays.sort(sorted);
    ps.setObject(1, UUID.randomUUID());
    ps.setString(2, service);
    ps.setString(3, participant);
    ps.setObject(4, date);
    ps.setArray(5, c.createArrayOf("text", sorted));
    ps.setArray(6, c.createArrayOf("integer", values));
    ps.setObject(7, UUID.randomUUID());
    ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
  }

  private static String scores(int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("{");
    String[] sorted = INDICATORS.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append('"')
          .append(sorted[i])
          .append("\":")
          .append(1 + r.nextInt(10));
    }
    return b.append('}').toString();
  }

  private static HttpRequest request(
      String base, String method, String path, @Nullable String key, @Nullable String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return b.build();
  }

  static String send(
      String base, String method, String path, @Nullable String key, @Nullable String body)
      throws Exception {
    HttpResponse<String> r =
        HTTP.send(request(base, method, path, key, body), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + " → " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static double median(long[] values) {
    long[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }
}
