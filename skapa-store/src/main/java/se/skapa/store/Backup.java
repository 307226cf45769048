package se.skapa.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup with nothing but the jar: every table of SKAPA's schema copied out in one consistent
 * snapshot (PostgreSQL's {@code COPY}, through the JDBC driver), into a zip with a manifest of the
 * schema version and each table's row count. No {@code pg_dump} of the right major version is
 * needed, which the embedded PostgreSQL does not carry and an operating system's may not match.
 *
 * <p>A restore goes into an empty database migrated to the same schema version, in one transaction,
 * parents before children, and is checked row count by row count against the manifest: it happens
 * whole or not at all.
 */
public final class Backup {

  /** The format this class writes and reads. */
  public static final String FORMAT = "skapa-backup-1";

  private static final String MANIFEST = "manifest.properties";
  private static final String HISTORY = "flyway_schema_history";

  private Backup() {}

  /**
   * What a backup holds, as its manifest says.
   *
   * @param schema the schema version (Flyway's) it was taken at
   * @param rows each table's row count, in restore order
   */
  public record Contents(String schema, Map<String, Long> rows) {
    /**
     * Copies the map.
     *
     * @param schema the schema version
     * @param rows the row counts
     */
    public Contents {
      rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /**
     * @return every row of every table
     */
    public long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Writes a backup to {@code file}: first to a temporary file beside it, moved into place only
   * when complete, so a failed backup leaves no file, not an empty one.
   *
   * @param database the database; not null
   * @param file where to write; not null
   * @return what was written
   * @throws DatabaseUnavailableException if the database cannot be read
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Contents write(DataSource database, Path file) {
    Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
    try {
      Contents written;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        written = write(database, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("the backup could not be written to " + file, e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // Nothing more to do: the partial file's name says what it is.
      }
    }
  }

  /**
   * Writes a backup as a zip to {@code out}.
   *
   * @param database the database; not null
   * @param out where to write; not null, not closed
   * @return what was written
   * @throws IOException if {@code out} fails
   * @throws DatabaseUnavailableException if the database cannot be read
   */
  public static Contents write(DataSource database, OutputStream out) throws IOException {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // One snapshot for every table: the backup is what the database was at one moment.
        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
      String schema = schemaVersion(c);
      List<String> tables = tablesInRestoreOrder(c);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String table : tables) {
        zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
        String columns = String.join(", ", columns(c, table));
        long n =
            copy.copyOut(
                "COPY " + table + " (" + columns + ") TO STDOUT (FORMAT binary)", nonClosing(zip));
        zip.closeEntry();
        rows.put(table, n);
      }
      Properties manifest = new Properties();
      manifest.setProperty("format", FORMAT);
      manifest.setProperty("schema", schema);
      manifest.setProperty("taken", Instant.now().toString());
      manifest.setProperty("tables", String.join(",", tables));
      rows.forEach((t, n) -> manifest.setProperty("rows." + t, Long.toString(n)));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      manifest.store(
          nonClosing(zip), "SKAPA backup: restore with `java -jar skapa-rest.jar restore <file>`");
      zip.closeEntry();
      zip.finish();
      c.commit();
      return new Contents(schema, rows);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "the backup could not read the database: " + e.getMessage(), e);
    }
  }

  /**
   * Restores a backup into an empty database with the same schema version, in one transaction.
   *
   * @param database an empty, migrated database; not null
   * @param file a backup written by {@link #write(DataSource, Path)}; not null
   * @return what was restored
   * @throws IllegalArgumentException if the file is not such a backup, its schema version is not
   *     the database's, or the database is not empty; nothing is written then
   * @throws DatabaseUnavailableException if the database fails
   */
  public static Contents restore(DataSource database, Path file) {
    // ZipFile reads the directory at the end, so each table streams from the file in turn.
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      Properties manifest = new Properties();
      ZipEntry m = zip.getEntry(MANIFEST);
      if (m == null) {
        throw new IllegalArgumentException(file + " is not a SKAPA backup (no manifest)");
      }
      try (InputStream in = zip.getInputStream(m)) {
        manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
      if (!FORMAT.equals(manifest.getProperty("format"))) {
        throw new IllegalArgumentException(file + " is not a SKAPA backup (" + FORMAT + ")");
      }
      try (Connection c = database.getConnection()) {
        c.setAutoCommit(false);
        try {
          Contents restored = restore(c, manifest, zip);
          c.commit();
          return restored;
        } catch (RuntimeException | SQLException | IOException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new DatabaseUnavailableException(
            "the restore failed, nothing was written: " + e.getMessage(), e);
      }
    } catch (java.util.zip.ZipException e) {
      throw new IllegalArgumentException(file + " is not a SKAPA backup: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the backup " + file + " could not be read", e);
    }
  }

  private static Contents restore(Connection c, Properties manifest, ZipFile zip)
      throws SQLException, IOException {
    String schema = schemaVersion(c);
    if (!schema.equals(manifest.getProperty("schema"))) {
      throw new IllegalArgumentException(
          "the backup is of schema version "
              + manifest.getProperty("schema")
              + " and this SKAPA's is "
              + schema
              + ": restore it with the SKAPA version that wrote it, then upgrade");
    }
    List<String> order = tablesInRestoreOrder(c);
    Set<String> inBackup =
        new LinkedHashSet<>(List.of(manifest.getProperty("tables", "").split(",")));
    if (!inBackup.equals(new LinkedHashSet<>(order))) {
      throw new IllegalArgumentException(
          "the backup's tables " + inBackup + " are not this schema's " + order);
    }
    for (String table : order) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
        rs.next();
        if (rs.getBoolean(1)) {
          throw new IllegalArgumentException(
              "the database is not empty ("
                  + table
                  + " has rows): restore into a new data directory or database");
        }
      }
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : order) {
      ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
      if (entry == null) {
        throw new IllegalArgumentException("the backup has no data for " + table);
      }
      String columns = String.join(", ", columns(c, table));
      long n;
      try (InputStream data = zip.getInputStream(entry)) {
        n = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)", data);
      }
      long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
      if (n != expected) {
        throw new IllegalArgumentException(
            table + ": the backup says " + expected + " rows, " + n + " were read");
      }
      rows.put(table, n);
    }
    continueIdentities(c);
    return new Contents(schema, rows);
  }

  /** Identity columns continue after the restored rows' largest value. */
  private static void continueIdentities(Connection c) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] id : identities) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + id[0]
                + "', '"
                + id[1]
                + "'), COALESCE((SELECT max("
                + id[1]
                + ") FROM "
                + id[0]
                + "), 0) + 1, false)");
      }
    }
  }

  private static String schemaVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM "
                    + HISTORY
                    + " WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
      if (!rs.next()) {
        throw new IllegalArgumentException("the database has no SKAPA schema");
      }
      return rs.getString(1);
    }
  }

  /** SKAPA's tables, each after the tables its foreign keys point at. */
  private static List<String> tablesInRestoreOrder(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                    + " AND tablename <> '"
                    + HISTORY
                    + "' ORDER BY tablename")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, Set<String>> parents = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint"
                    + " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")) {
      while (rs.next()) {
        if (!rs.getString(1).equals(rs.getString(2))) {
          parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }
      }
    }
    List<String> order = new ArrayList<>();
    while (order.size() < tables.size()) {
      boolean added = false;
      for (String t : tables) {
        if (!order.contains(t) && order.containsAll(parents.getOrDefault(t, Set.of()))) {
          order.add(t);
          added = true;
        }
      }
      if (!added) {
        throw new IllegalStateException("foreign keys form a cycle among " + tables);
      }
    }
    return order;
  }

  /** A table's stored columns (not generated ones), in their order. */
  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND table_name = '"
                    + table
                    + "' AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add('"' + rs.getString(1) + '"');
      }
    }
    return columns;
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
