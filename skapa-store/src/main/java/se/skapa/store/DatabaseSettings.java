package se.skapa.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where stored mode keeps its data, from environment variables.
 *
 * @param url {@code SKAPA_DATABASE_URL}: an external PostgreSQL (≥ 14); empty for the embedded one
 * @param user {@code SKAPA_DATABASE_USER}: the role requests run as
 * @param password {@code SKAPA_DATABASE_PASSWORD}, or the first line of {@code
 *     SKAPA_DATABASE_PASSWORD_FILE}
 * @param ownerUser {@code SKAPA_DATABASE_OWNER_USER}: the role that owns the schema and runs the
 *     migrations; empty when one role does both
 * @param ownerPassword {@code SKAPA_DATABASE_OWNER_PASSWORD}, or the first line of {@code
 *     SKAPA_DATABASE_OWNER_PASSWORD_FILE}
 * @param dataDir {@code SKAPA_DATA_DIR} (default {@code ./skapa-data}): the embedded database's
 *     files
 * @param binariesDir {@code SKAPA_POSTGRES_BINARIES_DIR} (default {@code <dataDir>/binaries}):
 *     where the embedded PostgreSQL's programs are unpacked; must allow execution (not a noexec
 *     mount)
 * @param poolSize {@code SKAPA_DATABASE_POOL_SIZE} (default 10): connections per SKAPA instance
 */
public record DatabaseSettings(
    Optional<String> url,
    Optional<String> user,
    Optional<String> password,
    Optional<String> ownerUser,
    Optional<String> ownerPassword,
    Path dataDir,
    Path binariesDir,
    int poolSize) {

  public static final int DEFAULT_POOL_SIZE = 10;

  /** The embedded database in {@code dataDir}. */
  public static DatabaseSettings embedded(Path dataDir) {
    return new DatabaseSettings(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        dataDir,
        dataDir.resolve("binaries"),
        DEFAULT_POOL_SIZE);
  }

  /** An external database. */
  public static DatabaseSettings external(String url, String user, String password) {
    Path here = Path.of("skapa-data");
    return new DatabaseSettings(
        Optional.of(url),
        Optional.ofNullable(user),
        Optional.ofNullable(password),
        Optional.empty(),
        Optional.empty(),
        here,
        here.resolve("binaries"),
        DEFAULT_POOL_SIZE);
  }

  /**
   * @throws IllegalArgumentException naming the variable when a value is malformed or a file
   *     unreadable
   */
  public static DatabaseSettings fromEnvironment(Map<String, String> env) {
    Optional<String> url = value(env, "SKAPA_DATABASE_URL");
    url.ifPresent(
        u -> {
          if (!u.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(
                "SKAPA_DATABASE_URL must start with jdbc:postgresql://, got '" + redact(u) + "'");
          }
        });
    Optional<String> password = secret(env, "SKAPA_DATABASE_PASSWORD");
    Optional<String> ownerPassword = secret(env, "SKAPA_DATABASE_OWNER_PASSWORD");
    Path dataDir = Path.of(value(env, "SKAPA_DATA_DIR").orElse("skapa-data")).toAbsolutePath();
    Path binaries =
        value(env, "SKAPA_POSTGRES_BINARIES_DIR")
            .map(Path::of)
            .map(Path::toAbsolutePath)
            .orElse(dataDir.resolve("binaries"));
    int pool = DEFAULT_POOL_SIZE;
    Optional<String> poolText = value(env, "SKAPA_DATABASE_POOL_SIZE");
    if (poolText.isPresent()) {
      try {
        pool = Integer.parseInt(poolText.get());
      } catch (NumberFormatException e) {
        pool = -1;
      }
      if (pool < 1 || pool > 500) {
        throw new IllegalArgumentException(
            "SKAPA_DATABASE_POOL_SIZE must be a whole number 1-500, got '" + poolText.get() + "'");
      }
    }
    return new DatabaseSettings(
        url,
        value(env, "SKAPA_DATABASE_USER"),
        password,
        value(env, "SKAPA_DATABASE_OWNER_USER"),
        ownerPassword,
        dataDir,
        binaries,
        pool);
  }

  /** {@code NAME}, or the first line of the file {@code NAME_FILE}. */
  private static Optional<String> secret(Map<String, String> env, String name) {
    Optional<String> value = value(env, name);
    Optional<String> file = value(env, name + "_FILE");
    if (value.isPresent() || file.isEmpty()) {
      return value;
    }
    try {
      return Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8).stream()
          .findFirst()
          .map(String::strip);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          name + "_FILE: cannot read " + file.get() + ": " + e.getMessage(), e);
    }
  }

  /** The URL without anything after '?' (a password may hide there). */
  static String redact(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?…";
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Never the password. */
  @Override
  public String toString() {
    return url.map(u -> "PostgreSQL at " + redact(u)).orElse("embedded PostgreSQL in " + dataDir);
  }
}
