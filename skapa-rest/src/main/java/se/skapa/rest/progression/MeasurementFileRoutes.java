package se.skapa.rest.progression;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.MeasurementFiles;
import se.skapa.app.measurement.MeasurementStore;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Dates;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.rest.files.MeasurementColumns;
import se.skapa.rest.files.MeasurementCsv;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.SwedishCsv;
import se.skapa.rest.http.SwedishCsvFile;

/** A register as CSV over HTTP: imported all or nothing, exported for Swedish Excel. */
public final class MeasurementFileRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final MeasurementFiles files;
  private final InstrumentCatalog catalog;
  private final RequestBodies bodies;
  private final Clock clock;
  private final long maxImportBytes;

  public MeasurementFileRoutes(
      MeasurementFiles files,
      InstrumentCatalog catalog,
      RequestBodies bodies,
      Clock clock,
      long maxImportBytes) {
    this.maxImportBytes = maxImportBytes;
    this.files = files;
    this.catalog = catalog;
    this.bodies = bodies;
    this.clock = clock;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/exports/measurements.csv", Access.MEMBER, this::exportMeasurements);
    r.post(ORG + "/imports/measurements", Access.MEMBER, this::importMeasurements);
  }

  /**
   * Imports measurements from CSV (the export's columns; id, version, recordedBy and recordedAt are
   * ignored), all or none; {@code ?dryRun=true} checks everything and stores nothing.
   */
  public void importMeasurements(Context ctx) {
    boolean dryRun = "true".equals(ctx.queryParam("dryRun"));
    MeasurementCsv.Read read =
        MeasurementCsv.read(
            SwedishCsvFile.read(
                bodies.raw(ctx, "text/csv", maxImportBytes, "SKAPA_MAX_IMPORT_BYTES")),
            catalog);
    SwedishCsvFile file = read.file();
    List<MeasurementFiles.ImportRow> rows = read.rows();
    List<Violation> unreadable = read.unreadable();
    List<StoredMeasurement> stored =
        files.importAll(actor(ctx), org(ctx), rows, dryRun, unreadable);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dryRun", dryRun);
    out.put("encoding", file.encoding());
    out.put("lines", file.lines().size());
    out.put(dryRun ? "wouldStore" : "stored", stored.size());
    out.put(
        "measurements",
        stored.stream().limit(MeasurementCsv.PREVIEW).map(MeasurementResponses.View::of).toList());
    if (dryRun) {
      bodies.json(ctx, out);
    } else {
      created(bodies, ctx, out);
    }
  }

  /**
   * Measurements as Swedish Excel reads them: one row per measurement, one column per indicator
   * (empty = not answered or not asked).
   */
  public void exportMeasurements(Context ctx) {
    Optional<ServiceId> service =
        Optional.ofNullable(ctx.queryParam("service"))
            .filter(x -> !x.isBlank())
            .map(
                x -> {
                  try {
                    return ServiceId.of(x);
                  } catch (ValidationException e) {
                    throw e.under("/service");
                  }
                });
    LocalDate from = date(ctx, "from").orElse(Dates.EARLIEST);
    LocalDate to = date(ctx, "to").orElse(LocalDate.now(clock));
    // Streamed: the file goes out row by row as the database gives them, in constant memory.
    CsvSink sink = new CsvSink(ctx, "skapa-measurements-" + org(ctx) + ".csv");
    files.export(actor(ctx), org(ctx), service, from, to, sink);
    sink.finish();
  }

  /** Every indicator of the instruments the rows name, in the instruments' order. */
  /** The export's file, written to the response: its columns first, then each row. */
  private final class CsvSink implements MeasurementFiles.ExportSink {
    private final Context ctx;
    private final String filename;
    private @Nullable SwedishCsv csv;
    private List<String> keys = List.of();

    private final Language lang;

    CsvSink(Context ctx, String filename) {
      this.ctx = ctx;
      this.filename = filename;
      this.lang = Lang.of(ctx);
    }

    @Override
    public void start(List<MeasurementStore.InstrumentUse> instruments) {
      List<Indicator> indicators = indicators(instruments);
      keys = indicators.stream().map(Indicator::key).toList();
      SwedishCsv file = SwedishCsv.streaming(ctx, filename);
      for (String c : List.of("id", "service", "participant", "instrument")) {
        file.text(MeasurementColumns.name(c, lang));
      }
      for (String c : List.of("instrumentVersion", "respondent", "date", "handledare")) {
        file.text(MeasurementColumns.name(c, lang));
      }
      indicators.forEach(i -> file.text(MeasurementColumns.indicator(i, lang)));
      for (String c : List.of("comment", "version", "recordedBy", "recordedAt")) {
        file.text(MeasurementColumns.name(c, lang));
      }
      file.end();
      csv = file;
    }

    @Override
    public void row(StoredMeasurement s) {
      MeasurementFileRoutes.row(Objects.requireNonNull(csv, "start() comes first"), s, keys, lang);
    }

    void finish() {
      Objects.requireNonNull(csv, "start() comes first").finish();
    }
  }

  /** Every indicator of the instruments the rows use, in the instruments' order, once per key. */
  private List<Indicator> indicators(List<MeasurementStore.InstrumentUse> instruments) {
    Map<String, Indicator> byKey = new LinkedHashMap<>();
    instruments.stream()
        .map(i -> catalog.find(i.instrumentId(), i.version()))
        .flatMap(Optional::stream)
        .forEach(i -> i.indicators().forEach(ind -> byKey.putIfAbsent(ind.key(), ind)));
    return List.copyOf(byKey.values());
  }

  private static void row(SwedishCsv csv, StoredMeasurement s, List<String> keys, Language lang) {
    Measurement m = s.measurement();
    csv.text(s.id().toString())
        .text(s.service().value())
        .text(m.participant().value())
        .text(m.instrumentId())
        .number(m.instrumentVersion())
        .text(MeasurementColumns.respondent(m.respondent(), lang))
        .text(m.date().toString())
        .text(m.handledare().map(Pseudonym::value).orElse(null));
    for (String key : keys) {
      Answer a = m.answer(key);
      if (a.isAnswered()) {
        csv.number(a.scoreOrThrow());
      } else {
        csv.empty();
      }
    }
    csv.text(m.comment().orElse(null))
        .number(s.version())
        .text(s.provenance().recordedBy().value())
        .text(s.provenance().recordedAt().toString())
        .end();
  }
}
