package se.skapa.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor of recording: the same measurement row as {@code POST …/measurements} stores, inserted
 * by plain JDBC, one transaction (one WAL flush) per row. Used by bench/record.sh on the server's
 * own embedded database, in rounds between the server's. Args: jdbc-url password rows [threads…];
 * without threads, 1 and 8. Each run's participant keys carry a random token, so it runs any number
 * of times on one database.
 */
public final class JdbcFloor {

  private static final String INSERT =
      "INSERT INTO measurements (org_id, id, version, service_id, participant, instrument_id, "
          + "instrument_version, respondent, measured_on, handledare, indicators, scores, comment, recorded_by_key, recorded_by, recorded_at) "
          + "VALUES ('bench', ?, 1, 's', ?, 'skapa', 1, 'PARTICIPANT', ?, 'h-1', ?, ?, NULL, ?, 'h-1', ?)";
  private static final String[] INDICATORS = {
    "cooperation",
    "everyday-coping",
    "health-coping",
    "job-belief",
    "job-search",
    "labour-market-knowledge"
  };

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String password = args[1];
    int rows = Integer.parseInt(args[2]);
    String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    int[] counts =
        args.length > 3
            ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {1, 8};
    run(url, password, Math.min(rows, 2000), 8, "warm-" + run);
    for (int threads : counts) {
      double rate = run(url, password, rows, threads, "f" + threads + "-" + run);
      System.out.printf(
          "plain JDBC insert, one commit per row, %d thread(s): %.0f rows/s%n", threads, rate);
    }
  }

  private static double run(String url, String password, int rows, int threads, String prefix)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", password);
                    PreparedStatement ps = c.prepareStatement(INSERT)) {
                  for (int i; (i = next.getAndIncrement()) < rows; ) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, prefix + "-" + i);
                    ps.setObject(3, LocalDate.of(2025, 3, 1));
                    ps.setArray(4, c.createArrayOf("text", INDICATORS));
                    ps.setArray(
                        5, c.createArrayOf("integer", new Integer[] {7, 4, 1 + i % 10, 3, 2, 5}));
                    ps.setObject(6, UUID.randomUUID());
                    ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                    ps.executeUpdate();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    return rows / ((System.nanoTime() - start) / 1e9);
  }
}
