package se.skapa.core.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Property tests with seeded random generators (SKAPA does not use jqwik; see README). Each try
 * gets its own seed; a failure names the seed, and {@code -Dskapa.seed=<seed>} replays exactly that
 * try. {@code -Dskapa.tries=<n>} changes the number of tries.
 */
public final class Property {

  private Property() {}

  /** Runs {@code body} with {@code tries} independently seeded generators. */
  public static void forAll(String name, int tries, Consumer<SplittableRandom> body) {
    String replay = System.getProperty("skapa.seed");
    if (replay != null && !replay.isBlank()) {
      run(name, Long.parseLong(replay.trim()), body);
      return;
    }
    int n = Integer.getInteger("skapa.tries", tries);
    long base = new SplittableRandom().nextLong();
    for (int i = 0; i < n; i++) {
      run(name, base + i * 0x9E3779B97F4A7C15L, body);
    }
  }

  private static void run(String name, long seed, Consumer<SplittableRandom> body) {
    try {
      body.accept(new SplittableRandom(seed));
    } catch (AssertionError | RuntimeException e) {
      String message =
          "property '"
              + name
              + "' failed for seed "
              + seed
              + " (replay with -Dskapa.seed="
              + seed
              + ")";
      System.err.println(message);
      throw new AssertionError(message + ": " + e.getMessage(), e);
    }
  }

  /** A uniformly chosen element. */
  @SafeVarargs
  public static <T> T oneOf(SplittableRandom r, T... values) {
    return values[r.nextInt(values.length)];
  }
}
