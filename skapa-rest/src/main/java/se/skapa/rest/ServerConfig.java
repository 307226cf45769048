package se.skapa.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.rest.http.ApiKeys;

/**
 * Server settings, read from environment variables so that one command starts the server.
 *
 * @param port {@code SKAPA_PORT}, default 7070 (0 picks a free port)
 * @param bind {@code SKAPA_BIND}, default 127.0.0.1; beyond loopback without API keys, the
 *     stateless routes take an organisation's key
 * @param apiKeys {@code SKAPA_API_KEYS} (comma-separated) and/or lines of {@code
 *     SKAPA_API_KEY_FILE}, held only as digests: the config can be logged or dumped without giving
 *     a key away
 * @param maxBodyBytes {@code SKAPA_MAX_BODY_BYTES}, default 1 MiB
 * @param maxImportBytes {@code SKAPA_MAX_IMPORT_BYTES}, default 64 MiB: the largest CSV file an
 *     import reads (about a million rows), kept apart from JSON bodies so a förbund's year fits
 *     without raising every other limit
 * @param operatorKeys {@code SKAPA_OPERATOR_KEYS} (comma-separated) and/or lines of {@code
 *     SKAPA_OPERATOR_KEY_FILE}: may create organisations; without one, only a loopback-only server
 *     accepts that
 * @param instrumentsDir {@code SKAPA_INSTRUMENTS_DIR}: extra instrument definitions (*.json) to
 *     load
 * @param retention {@code SKAPA_RETENTION_YEARS}: erase participants with no measurement for that
 *     long (off by default)
 * @param smallNumbers {@code SKAPA_SMALL_NUMBERS} (default 5): counts below it are withheld from
 *     the analyst role
 * @param releases {@code SKAPA_RELEASE_PERIOD} ({@code year}, {@code half-year} or {@code quarter};
 *     default year) and {@code SKAPA_RELEASE_SETTLE_DAYS} (default 30): the periods an analyst
 *     reads a cohort for, and how long after a period's end it is released
 * @param notes what start-up should tell the operator (never a key)
 * @param corsOrigins {@code SKAPA_CORS_ORIGINS} (comma-separated, e.g. {@code
 *     https://intra.kommun.se}): browser pages of other origins allowed to call /api/; none by
 *     default
 * @param trustedProxies {@code SKAPA_TRUSTED_PROXIES} (comma-separated addresses): reverse proxies
 *     whose {@code X-Forwarded-For} names the client for the sign-in throttle; none by default
 */
public record ServerConfig(
    int port,
    String bind,
    ApiKeys apiKeys,
    ApiKeys operatorKeys,
    long maxBodyBytes,
    long maxImportBytes,
    Optional<Path> instrumentsDir,
    Optional<Period> retention,
    int smallNumbers,
    ReleaseCalendar releases,
    List<String> notes,
    List<String> corsOrigins,
    List<String> trustedProxies) {

  public static final int DEFAULT_PORT = 7070;
  public static final String LOOPBACK = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final long DEFAULT_MAX_IMPORT_BYTES = 64L * 1024 * 1024;

  public ServerConfig {
    notes = List.copyOf(notes);
    corsOrigins = List.copyOf(corsOrigins);
    trustedProxies = List.copyOf(trustedProxies);
  }

  /** Defaults for tests: a free port on loopback, no keys. */
  public static ServerConfig forTests() {
    return new ServerConfig(
        0,
        LOOPBACK,
        new ApiKeys(List.of()),
        new ApiKeys(List.of()),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_IMPORT_BYTES,
        Optional.empty(),
        Optional.empty(),
        SmallNumbers.DEFAULT_THRESHOLD,
        ReleaseCalendar.DEFAULT,
        List.of(),
        List.of(),
        List.of());
  }

  public ServerConfig withApiKeys(List<String> keys) {
    Copy c = new Copy(this);
    c.apiKeys = new ApiKeys(keys);
    return c.build();
  }

  public ServerConfig withOperatorKeys(List<String> keys) {
    Copy c = new Copy(this);
    c.operatorKeys = new ApiKeys(keys);
    return c.build();
  }

  public ServerConfig withTrustedProxies(List<String> proxies) {
    Copy c = new Copy(this);
    c.trustedProxies = proxies;
    return c.build();
  }

  public ServerConfig withCorsOrigins(List<String> origins) {
    Copy c = new Copy(this);
    c.corsOrigins = origins;
    return c.build();
  }

  public ServerConfig withReleases(ReleaseCalendar calendar) {
    Copy c = new Copy(this);
    c.releases = calendar;
    return c.build();
  }

  public ServerConfig withMaxBodyBytes(long bytes) {
    Copy c = new Copy(this);
    c.maxBodyBytes = bytes;
    return c.build();
  }

  public ServerConfig withInstrumentsDir(Path dir) {
    Copy c = new Copy(this);
    c.instrumentsDir = Optional.of(dir);
    return c.build();
  }

  /** A configuration's parts, one of them changed by a wither: one copy for all of them. */
  private static final class Copy {
    private final int port;
    private final String bind;
    private ApiKeys apiKeys;
    private ApiKeys operatorKeys;
    private long maxBodyBytes;
    private final long maxImportBytes;
    private Optional<Path> instrumentsDir;
    private final Optional<Period> retention;
    private final int smallNumbers;
    private ReleaseCalendar releases;
    private final List<String> notes;
    private List<String> corsOrigins;
    private List<String> trustedProxies;

    Copy(ServerConfig c) {
      port = c.port;
      bind = c.bind;
      apiKeys = c.apiKeys;
      operatorKeys = c.operatorKeys;
      maxBodyBytes = c.maxBodyBytes;
      maxImportBytes = c.maxImportBytes;
      instrumentsDir = c.instrumentsDir;
      retention = c.retention;
      smallNumbers = c.smallNumbers;
      releases = c.releases;
      notes = c.notes;
      corsOrigins = c.corsOrigins;
      trustedProxies = c.trustedProxies;
    }

    ServerConfig build() {
      return new ServerConfig(
          port,
          bind,
          apiKeys,
          operatorKeys,
          maxBodyBytes,
          maxImportBytes,
          instrumentsDir,
          retention,
          smallNumbers,
          releases,
          notes,
          corsOrigins,
          trustedProxies);
    }
  }

  /**
   * @throws IllegalArgumentException naming the variable when a value is malformed
   */
  public static ServerConfig fromEnvironment(Map<String, String> env) {
    List<String> notes = new ArrayList<>();
    int port = parse(env, "SKAPA_PORT", DEFAULT_PORT, 0, 65535);
    long maxBody =
        parse(env, "SKAPA_MAX_BODY_BYTES", (int) DEFAULT_MAX_BODY_BYTES, 1024, Integer.MAX_VALUE);
    long maxImport =
        parse(
            env,
            "SKAPA_MAX_IMPORT_BYTES",
            (int) DEFAULT_MAX_IMPORT_BYTES,
            1024,
            Integer.MAX_VALUE - 8);
    List<String> keys = keys(env, "SKAPA_API_KEYS", "SKAPA_API_KEY_FILE");
    List<String> operatorKeys = keys(env, "SKAPA_OPERATOR_KEYS", "SKAPA_OPERATOR_KEY_FILE");
    String bind = bind(env, keys, notes);
    Optional<Path> dir =
        Optional.ofNullable(env.get("SKAPA_INSTRUMENTS_DIR"))
            .filter(s -> !s.isBlank())
            .map(Path::of);
    if (operatorKeys.isEmpty()) {
      notes.add(
          "No operator key configured (SKAPA_OPERATOR_KEYS): organisations can be created from loopback only");
    }
    Optional<Period> retention = retention(env, notes);
    int smallNumbers =
        parse(
            env,
            "SKAPA_SMALL_NUMBERS",
            SmallNumbers.DEFAULT_THRESHOLD,
            SmallNumbers.LOWEST_THRESHOLD,
            SmallNumbers.HIGHEST_THRESHOLD);
    ReleaseCalendar releases = releases(env);
    List<String> cors = corsOrigins(env, notes);
    List<String> proxies =
        Optional.ofNullable(env.get("SKAPA_TRUSTED_PROXIES")).stream()
            .flatMap(v -> java.util.Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    return new ServerConfig(
        port,
        bind,
        new ApiKeys(keys),
        new ApiKeys(operatorKeys),
        maxBody,
        maxImport,
        dir,
        retention,
        smallNumbers,
        releases,
        notes,
        cors,
        proxies);
  }

  private static ReleaseCalendar releases(Map<String, String> env) {
    ReleaseCalendar.Granularity granularity;
    try {
      granularity =
          Optional.ofNullable(env.get("SKAPA_RELEASE_PERIOD"))
              .filter(s -> !s.isBlank())
              .map(ReleaseCalendar.Granularity::parse)
              .orElse(ReleaseCalendar.DEFAULT.granularity());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("SKAPA_RELEASE_PERIOD: " + e.getMessage(), e);
    }
    int settle =
        parse(env, "SKAPA_RELEASE_SETTLE_DAYS", ReleaseCalendar.DEFAULT.settleDays(), 0, 366);
    return new ReleaseCalendar(granularity, settle);
  }

  /** Where to listen: loopback unless an API key guards the stateless routes. */
  private static String bind(Map<String, String> env, List<String> keys, List<String> notes) {
    String bind =
        Optional.ofNullable(env.get("SKAPA_BIND")).filter(s -> !s.isBlank()).orElse(LOOPBACK);
    if (!keys.isEmpty()) {
      notes.add(keys.size() + " API key(s) configured: /api/ requires Authorization: Bearer <key>");
    } else if (isLoopback(bind)) {
      notes.add(
          "No API key configured (SKAPA_API_KEYS or SKAPA_API_KEY_FILE): /api/ is open, on loopback "
              + bind
              + " only");
    } else {
      // Beyond loopback every route that answers needs a key or a session: without API keys, the
      // stateless routes take a key of an organisation, as stored mode's do.
      notes.add(
          "Listening on "
              + bind
              + " without SKAPA_API_KEYS: the stateless routes of /api/ take a key of an organisation");
    }
    return bind;
  }

  /**
   * @param bind an address to listen on
   * @return true if only this machine can reach it
   */
  public static boolean isLoopback(String bind) {
    return bind.equals(LOOPBACK) || bind.equals("localhost") || bind.equals("::1");
  }

  /** Gallring: how long a participant without a measurement is kept; empty for never. */
  private static Optional<Period> retention(Map<String, String> env, List<String> notes) {
    Optional<Period> retention = Optional.empty();
    if (env.get("SKAPA_RETENTION_YEARS") != null && !env.get("SKAPA_RETENTION_YEARS").isBlank()) {
      int years = parse(env, "SKAPA_RETENTION_YEARS", 0, 1, 100);
      retention = Optional.of(Period.ofYears(years));
      notes.add(
          "Retention (gallring): participants with no measurement for "
              + years
              + " year(s) are erased daily");
    }
    return retention;
  }

  /** The origins whose browser pages may call /api/. */
  private static List<String> corsOrigins(Map<String, String> env, List<String> notes) {
    List<String> cors = new ArrayList<>();
    for (String origin : Optional.ofNullable(env.get("SKAPA_CORS_ORIGINS")).orElse("").split(",")) {
      String o = origin.trim();
      if (o.isEmpty()) {
        continue;
      }
      if (!o.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
        throw new IllegalArgumentException(
            "SKAPA_CORS_ORIGINS: '" + o + "' is not an origin such as https://intra.kommun.se");
      }
      cors.add(o);
    }
    if (!cors.isEmpty()) {
      notes.add(
          "Browser pages of " + String.join(", ", cors) + " may call /api/ (SKAPA_CORS_ORIGINS)");
    }
    return cors;
  }

  /** Keys from a comma-separated variable and/or a file of one key per line. */
  private static List<String> keys(Map<String, String> env, String variable, String fileVariable) {
    List<String> keys = new ArrayList<>();
    Optional.ofNullable(env.get(variable))
        .ifPresent(
            v ->
                Arrays.stream(v.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(keys::add));
    Optional.ofNullable(env.get(fileVariable))
        .filter(s -> !s.isBlank())
        .ifPresent(
            file -> {
              try {
                Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .forEach(keys::add);
              } catch (IOException e) {
                throw new IllegalArgumentException(
                    fileVariable + ": cannot read " + file + ": " + e.getMessage(), e);
              }
            });
    for (String key : keys) {
      if (key.length() < 16) {
        throw new IllegalArgumentException(
            variable + ": keys must have at least 16 characters (one has " + key.length() + ")");
      }
    }
    return keys;
  }

  private static int parse(Map<String, String> env, String name, int fallback, int min, int max) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be " + min + "-" + max + ", got " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + raw + "'", e);
    }
  }
}
