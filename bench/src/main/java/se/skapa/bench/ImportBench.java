package se.skapa.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import se.skapa.rest.ServerConfig;

/**
 * Importing 100 000 measurement rows from a CSV for Swedish Excel ({@code POST
 * …/imports/measurements}, all or nothing, every rule checked) beside PostgreSQL's own {@code COPY}
 * of the same rows into the same two tables (current measurements and their first versions, with
 * the same indexes and the generated column), in one run, alternating, on a fresh embedded
 * PostgreSQL with fsync on. A documented harness, not JMH: one import is seconds of wall-clock time
 * on a server and a database.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/skapa-bench.jar se.skapa.bench.ImportBench
 * [rows=100000] [rounds=3]}
 */
public final class ImportBench {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String[] INDICATORS = {
    "cooperation",
    "everyday-coping",
    "health-coping",
    "job-belief",
    "job-search",
    "labour-market-knowledge"
  };

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (BenchServer bench =
        BenchServer.start(ServerConfig.forTests().withMaxBodyBytes(256L * 1024 * 1024))) {
        String base = bench.base();
        String csv = csv(rows);
        System.out.printf(
            "%d rows, %.1f MB of CSV%n", rows, csv.getBytes(StandardCharsets.UTF_8).length / 1e6);
        long[] imported = new long[rounds];
        long[] copied = new long[rounds];
        for (int r = -1; r < rounds; r++) {
          // Round -1 warms the server's JIT and PostgreSQL's caches up; it is not counted.
          String org = "import-" + (r + 1);
          String key = organisation(bench, org);
          long t0 = System.nanoTime();
          String answer =
              post(base, "/api/v1/organisations/" + org + "/imports/measurements", key, csv);
          long importNanos = System.nanoTime() - t0;
          if (!answer.contains("\"stored\":" + rows)) {
            throw new IllegalStateException(
                "the import did not store every row: "
                    + answer.substring(0, Math.min(400, answer.length())));
          }
          String copyOrg = "copy-" + (r + 1);
          organisation(bench, copyOrg);
          long copyNanos = copy(bench.dataSource(), copyOrg, rows);
          if (r >= 0) {
            imported[r] = importNanos;
            copied[r] = copyNanos;
          }
          System.out.printf(
              "  round %d: import %.2f s, COPY %.2f s%n",
              r + 1, importNanos / 1e9, copyNanos / 1e9);
        }
        double i = StoredCohortBench.median(imported) / 1e9;
        double c = StoredCohortBench.median(copied) / 1e9;
        System.out.printf(
            "Median of %d rounds: import %.2f s (%.0f rows/s), COPY %.2f s (%.0f rows/s), ratio COPY/import %.2f%n",
            rounds, i, rows / i, c, rows / c, c / i);
    }
  }

  private static String organisation(BenchServer bench, String org) throws Exception {
    String base = bench.base();
    String admin = bench.organisation(org, "Bench");
    StoredCohortBench.send(
        base,
        "POST",
        "/api/v1/organisations/" + org + "/services",
        admin,
        "{\"id\":\"s\",\"name\":\"S\"}");
    return StoredCohortBench.field(
        StoredCohortBench.send(
            base,
            "POST",
            "/api/v1/organisations/" + org + "/keys",
            admin,
            "{\"holder\":\"h-1\",\"roles\":[\"handledare\"]}"),
        "key");
  }

  /**
   * The file a kommun keeps: one row per measurement, five a participant, a day in each quarter.
   */
  private static String csv(int rows) {
    StringBuilder b =
        new StringBuilder(rows * 80)
            .append('\uFEFF')
            .append("service;participant;instrument;respondent;date;handledare");
    for (String i : INDICATORS) {
      b.append(';').append(i);
    }
    b.append("\r\n");
    for (int n = 0; n < rows; n++) {
      b.append("s;lopnr-")
          .append(n / 5)
          .append(";skapa;PARTICIPANT;")
          .append(date(n))
          .append(";h-1");
      SplittableRandom r = new SplittableRandom(n);
      for (int i = 0; i < INDICATORS.length; i++) {
        b.append(';').append(1 + r.nextInt(10));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  private static LocalDate date(int n) {
    return LocalDate.of(2024, 1, 1).plusDays((n % 5) * 75L + (n / 5) % 30);
  }

  /**
   * COPY of the same rows, as the server would store them, into the measurements and their first
   * versions.
   */
  private static long copy(DataSource ds, String org, int rows) throws Exception {
    StringBuilder b = new StringBuilder(rows * 200);
    String recorded = "2026-11-24 10:00:00+00";
    UUID key = UUID.randomUUID();
    for (int n = 0; n < rows; n++) {
      SplittableRandom r = new SplittableRandom(n);
      b.append(org)
          .append(';')
          .append(UUID.randomUUID())
          .append(";1;s;lopnr-")
          .append(n / 5)
          .append(";skapa;1;PARTICIPANT;")
          .append(date(n))
          .append(";h-1;\"{")
          .append(String.join(",", INDICATORS))
          .append("}\";\"{");
      for (int i = 0; i < INDICATORS.length; i++) {
        b.append(i == 0 ? "" : ",").append(1 + r.nextInt(10));
      }
      b.append("}\";;").append(key).append(";h-1;").append(recorded).append('\n');
    }
    String data = b.toString();
    String columns =
        "(org_id, id, version, service_id, participant, instrument_id, instrument_version, respondent, measured_on, "
            + "handledare, indicators, scores, comment, recorded_by_key, recorded_by, recorded_at)";
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      var copy = c.unwrap(PGConnection.class).getCopyAPI();

      copy.copyIn(
          "COPY measurements " + columns + " FROM STDIN WITH (FORMAT csv, DELIMITER ';')",
          new StringReader(data));
      copy.copyIn(
          "COPY measurement_versions " + columns + " FROM STDIN WITH (FORMAT csv, DELIMITER ';')",
          new StringReader(data));
      c.commit();
    }
    return System.nanoTime() - t0;
  }

  private static String post(String base, String path, String key, String csv) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "import → "
              + r.statusCode()
              + ": "
              + r.body().substring(0, Math.min(600, r.body().length())));
    }
    return r.body();
  }
}
