package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.skapa.app.Actor;
import se.skapa.app.measurement.MeasurementFiles;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.ViolationTexts;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.rest.files.MeasurementCsv;
import se.skapa.rest.http.SwedishCsvFile;

/**
 * A measurement file uploaded in the browser: first a preview (the API's dry run) as a table of the
 * lines and what is wrong in each, then the import, all or nothing. The same reading of the file
 * and the same use case as {@code POST …/imports/measurements}.
 */
public final class ImportPages {

  private static final Pattern LINE = Pattern.compile("^/lines/(\\d+)(/.*)?$");

  private final Pages pages;
  private final MeasurementFiles files;
  private final InstrumentCatalog catalog;
  private final long maxBytes;

  ImportPages(Pages pages, MeasurementFiles files, InstrumentCatalog catalog, long maxBytes) {
    this.pages = pages;
    this.files = files;
    this.catalog = catalog;
    this.maxBytes = maxBytes;
  }

  /**
   * The page.
   *
   * @param outcome what the last upload came to, empty before one
   * @param faults per line with a fault: the line and every fault in it
   * @param lines the measurements read, for a preview without faults
   * @param ok true when the file can be imported (or was)
   */
  public record ImportView(String outcome, Views.Table faults, Views.Table lines, boolean ok) {}

  public void form(Context ctx) {
    session(ctx);
    render(ctx, 200, "", List.of(), List.of(), false);
  }

  public void upload(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    boolean sv = lang == Language.SV;
    boolean store = "import".equals(ctx.formParam("mode"));
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      render(
          ctx,
          422,
          sv ? "Välj en fil först." : "Choose a file first.",
          List.of(),
          List.of(),
          false);
      return;
    }
    if (file.size() > maxBytes) {
      render(
          ctx,
          413,
          (sv
                  ? "Filen är större än vad servern tar emot ("
                  : "The file is larger than the server takes (")
              + maxBytes / (1024 * 1024)
              + " MiB, SKAPA_MAX_IMPORT_BYTES).",
          List.of(),
          List.of(),
          false);
      return;
    }
    try (InputStream in = file.content()) {
      MeasurementCsv.Read read =
          MeasurementCsv.read(SwedishCsvFile.read(in.readAllBytes()), catalog);
      List<StoredMeasurement> done =
          files.importAll(me, me.organisation(), read.rows(), !store, read.unreadable());
      List<List<String>> lines = new ArrayList<>();
      done.stream()
          .limit(MeasurementCsv.PREVIEW)
          .forEach(
              m ->
                  lines.add(
                      List.of(
                          m.measurement().participant().value(),
                          m.measurement().date().toString(),
                          m.service().value(),
                          m.measurement().respondent().label().in(lang))));
      render(
          ctx,
          store ? 201 : 200,
          store
              ? (sv
                  ? done.size() + " mätningar importerades."
                  : done.size() + " measurements imported.")
              : (sv
                  ? "Inga fel: "
                      + done.size()
                      + " mätningar kan importeras. Välj filen igen och tryck Importera."
                  : "No faults: "
                      + done.size()
                      + " measurements can be imported. Choose the file again and press Import."),
          List.of(),
          lines,
          true);
    } catch (ValidationException e) {
      render(
          ctx,
          422,
          sv
              ? "Filen har fel och ingenting sparades. Rätta raderna nedan och försök igen."
              : "The file has faults and nothing was stored. Correct the lines below and try again.",
          faults(e.violations(), lang),
          List.of(),
          false);
    } catch (IOException e) {
      throw new IllegalStateException("reading an upload", e);
    }
  }

  /** Every fault, by the line it is on; a fault of the whole file first, as line 1. */
  private static List<List<String>> faults(List<Violation> violations, Language lang) {
    Map<Long, List<String>> byLine = new TreeMap<>();
    for (Violation v : violations) {
      Matcher m = LINE.matcher(v.pointer());
      long line = m.matches() ? Long.parseLong(m.group(1)) : 1;
      Violation inLine =
          m.matches()
              ? new Violation(m.group(2) == null ? "" : m.group(2), v.rule(), v.message())
              : v;
      byLine
          .computeIfAbsent(line, k -> new ArrayList<>())
          .add(ViolationTexts.message(inLine, lang));
    }
    List<List<String>> rows = new ArrayList<>();
    byLine.forEach(
        (line, texts) -> rows.add(List.of(Long.toString(line), String.join(" ", texts))));
    return rows;
  }

  private void render(
      Context ctx,
      int status,
      String outcome,
      List<List<String>> faults,
      List<List<String>> lines,
      boolean ok) {
    Language lang = lang(ctx);
    boolean sv = lang == Language.SV;
    pages.render(
        ctx,
        status,
        "import.jte",
        Map.of(
            "p",
            pages.page(ctx, Msg.IMPORT),
            "v",
            new ImportView(
                outcome,
                new Views.Table(
                    sv ? "Rader med fel" : "Lines with faults",
                    List.of(sv ? "Rad" : "Line", sv ? "Vad som är fel" : "What is wrong"),
                    faults),
                new Views.Table(
                    sv ? "Mätningar i filen" : "Measurements in the file",
                    List.of(
                        Msg.PARTICIPANT.in(lang),
                        Msg.DATE.in(lang),
                        Msg.SERVICE.in(lang),
                        Msg.RESPONDENT.in(lang)),
                    lines),
                ok)));
  }
}
