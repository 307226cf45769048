package se.skapa.bench;

import static se.skapa.bench.StoredCohortBench.median;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored-mode benchmarks' way of timing requests beside their baseline: every call once per
 * round, the rounds alternating, so that what the machine does meanwhile falls on all of them alike;
 * five warm-up rounds first; the median of each printed.
 */
final class AlternatingRounds {

  /** One timed request. */
  interface Call {
    void run() throws Exception;
  }

  private AlternatingRounds() {}

  /**
   * Times every call and prints each one's median.
   *
   * @param calls by the name printed, in the order run
   * @param rounds how many measured rounds
   * @param width the names' column width
   * @throws Exception whatever a call throws
   */
  static void time(Map<String, Call> calls, int rounds, int width) throws Exception {
    Map<String, long[]> times = new LinkedHashMap<>();
    calls.keySet().forEach(k -> times.put(k, new long[rounds]));
    for (int w = 0; w < 5; w++) {
      for (Call c : calls.values()) {
        c.run();
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Call> e : calls.entrySet()) {
        long s = System.nanoTime();
        e.getValue().run();
        java.util.Objects.requireNonNull(times.get(e.getKey()))[r] = System.nanoTime() - s;
      }
    }
    System.out.printf("%d alternating rounds, median:%n", rounds);
    times.forEach((k, v) -> System.out.printf("  %-" + width + "s %7.1f ms%n", k, median(v) / 1e6));
  }
}
