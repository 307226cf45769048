package se.skapa.rest.files;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.MeasurementFiles;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.SwedishCsvFile;

/**
 * A measurement file read into the rows an import stores: the one reading of the format for the
 * API's import and the pages' upload alike. Columns in Swedish or English, and every fault of every
 * line collected, never the first alone.
 */
public final class MeasurementCsv {

  /** The measurements an import's answer shows: enough to recognise the file, never a register. */
  public static final int PREVIEW = 50;

  private MeasurementCsv() {}

  /**
   * A file read.
   *
   * @param file the file, its first line in canonical (English) names
   * @param rows the lines that read as measurements
   * @param unreadable the faults of the lines that did not, at {@code /lines/<line>/...}
   */
  public record Read(
      SwedishCsvFile file, List<MeasurementFiles.ImportRow> rows, List<Violation> unreadable) {}

  /**
   * @param read the file as read from its bytes; not null
   * @param catalog the instruments the server knows; not null
   * @return the rows and the faults
   * @throws ValidationException rule {@code column} naming each required column the first line
   *     lacks
   */
  public static Read read(SwedishCsvFile read, InstrumentCatalog catalog) {
    // A file exported in Swedish (or written by a person in Swedish) imports as one in English.
    SwedishCsvFile file =
        new SwedishCsvFile(
            read.encoding(), MeasurementColumns.canonical(read.header(), catalog), read.lines());
    Violations v = new Violations();
    for (String required : List.of("service", "participant", "instrument", "respondent", "date")) {
      v.check(
          file.header().contains(required),
          "/header/" + required,
          "column",
          "the first line names no column '"
              + required
              + "'; the columns are those of GET …/exports/measurements.csv");
    }
    v.throwIfAny();
    List<MeasurementFiles.ImportRow> rows = new ArrayList<>();
    List<Violation> unreadable = new ArrayList<>();
    for (SwedishCsvFile.Line line : file.lines()) {
      try {
        rows.add(importRow(file, line, catalog));
      } catch (ValidationException e) {
        e.violations().forEach(x -> unreadable.add(x.under("/lines/" + line.number())));
      }
    }
    return new Read(file, rows, unreadable);
  }

  private static MeasurementFiles.ImportRow importRow(
      SwedishCsvFile file, SwedishCsvFile.Line line, InstrumentCatalog catalog) {
    Violations v = new Violations();
    // A short row is a mistake, not a row of unanswered indicators: say so beside its other faults.
    v.check(
        line.cells().size() == file.header().size(),
        "",
        "columns",
        "the line has "
            + line.cells().size()
            + " cells where the first line names "
            + file.header().size()
            + " columns");
    String instrumentId = file.cell(line, "instrument");
    String versionText = file.cell(line, "instrumentVersion");
    Optional<Instrument> instrument = instrumentOf(v, instrumentId, versionText, catalog);
    ServiceId service = v.attempt("/service", () -> ServiceId.of(file.cell(line, "service")));
    Pseudonym participant = Keys.key(v, "/participant", file.cell(line, "participant"));
    String handledareText = file.cell(line, "handledare");
    Pseudonym handledare =
        handledareText.isEmpty() ? null : Keys.key(v, "/handledare", handledareText);
    Respondent respondent =
        MeasurementColumns.respondent(file.cell(line, "respondent")).orElse(null);
    v.check(
        respondent != null, "/respondent", "type", "respondent must be PARTICIPANT or HANDLEDARE");
    LocalDate date = null;
    try {
      date = LocalDate.parse(file.cell(line, "date"));
    } catch (DateTimeParseException e) {
      v.add("/date", "type", "the date must be written YYYY-MM-DD");
    }
    Map<String, Answer> answers = answersOf(v, file, line, instrument);
    v.throwIfAny();
    String comment = file.cell(line, "comment");
    return new MeasurementFiles.ImportRow(
        line.number(),
        Violations.built(service),
        new Measurement(
            Violations.built(participant),
            Violations.built(date),
            instrument.get().id(),
            instrument.get().version(),
            Violations.built(respondent),
            Optional.ofNullable(handledare),
            answers,
            comment.isEmpty() ? Optional.empty() : Optional.of(comment)));
  }

  /** The instrument a line names; its version, when given, a whole number. */
  private static Optional<Instrument> instrumentOf(
      Violations v, String instrumentId, String versionText, InstrumentCatalog catalog) {
    Optional<Instrument> instrument;
    if (versionText.isEmpty() || versionText.matches("\\d{1,4}")) {
      Optional<Integer> version =
          versionText.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(versionText));
      instrument = Optional.ofNullable(v.attempt("", () -> catalog.require(instrumentId, version)));
    } else {
      instrument = Optional.empty();
      v.add(
          "/instrument",
          "unknown-instrument",
          "no instrument '"
              + Pseudonym.redact(instrumentId)
              + "' version "
              + Pseudonym.redact(versionText));
    }
    return instrument;
  }

  /** A line's scores: an empty cell is an indicator not answered (or not asked), never a zero. */
  private static Map<String, Answer> answersOf(
      Violations v,
      SwedishCsvFile file,
      SwedishCsvFile.Line line,
      Optional<Instrument> instrument) {
    Map<String, Answer> answers = new HashMap<>();
    if (instrument.isPresent()) {
      for (var indicator : instrument.get().indicators()) {
        String cell = file.cell(line, indicator.key());
        if (cell.isEmpty()) {
          continue;
        }
        if (cell.matches("-?\\d{1,4}")) {
          answers.put(indicator.key(), Answer.score(Integer.parseInt(cell)));
        } else {
          v.add(
              "/" + indicator.key(),
              "type",
              "'"
                  + (cell.length() > 20 ? cell.substring(0, 20) + "…" : cell)
                  + "' is not a whole number");
        }
      }
    }
    return answers;
  }
}
