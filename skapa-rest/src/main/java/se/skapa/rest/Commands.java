package se.skapa.rest;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import se.skapa.store.Backup;
import se.skapa.store.Database;
import se.skapa.store.DatabaseSettings;
import se.skapa.store.DatabaseUnavailableException;

/**
 * The maintenance commands of {@code java -jar skapa-rest.jar <command>}: {@code backup <file>}
 * (while SKAPA runs, or not) and {@code restore <file>} (into a new data directory or an empty
 * database). Each prints one line of what it did, or one line of why not and a non-zero status.
 */
final class Commands {

  /** Exit status for a wrong command line (sysexits' EX_USAGE). */
  static final int USAGE = 64;

  /** Exit status when the file or database cannot be used (sysexits' EX_DATAERR). */
  static final int FAILED = 65;

  private Commands() {}

  /**
   * Runs a command.
   *
   * @param args the command and its file
   * @param env the environment (the database settings are read from it)
   * @param out where the result goes
   * @param err where a refusal goes
   * @return the exit status: 0 when done
   */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
      err.println(
          "usage: java -jar skapa-rest.jar [backup <file> | restore <file>]; without arguments, the server");
      return USAGE;
    }
    Path file = Path.of(args[1]).toAbsolutePath();
    DatabaseSettings settings;
    try {
      settings = DatabaseSettings.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      err.println("SKAPA " + args[0] + ": " + e.getMessage());
      return USAGE;
    }
    if (args[0].equals("restore") && !Files.isRegularFile(file)) {
      err.println("SKAPA restore: no file " + file);
      return USAGE;
    }
    try (Database db = Database.forCommand(settings)) {
      Backup.Contents c =
          args[0].equals("backup")
              ? Backup.write(db.dataSource(), file)
              : Backup.restore(db.dataSource(), file);
      out.println(
          String.format(
              Locale.ROOT,
              "SKAPA %s: %d rows in %d tables, schema version %s, %s %s (%s)",
              args[0],
              c.total(),
              c.rows().size(),
              c.schema(),
              args[0].equals("backup") ? "to" : "from",
              file,
              db.description()));
      return 0;
    } catch (IllegalArgumentException | DatabaseUnavailableException | UncheckedIOException e) {
      err.println("SKAPA " + args[0] + ": " + e.getMessage() + "; nothing was written");
      return FAILED;
    }
  }
}
