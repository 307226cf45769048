package se.skapa.rest.http;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV that Swedish Excel opens right with a double click: {@code ;} between fields, UTF-8 with a
 * byte-order mark, decimal comma, ISO dates, a plain minus and no thousands separator (Java's sv-SE
 * format writes U+2212 and a non-breaking space, which Excel does not read as numbers). A text cell
 * that starts with {@code = + - @} is prefixed with an apostrophe so that Excel never runs it as a
 * formula. Written by FastCSV; one instance is one file.
 */
public final class SwedishCsv {

  private static final char BOM = '\uFEFF';
  private final Writer out;
  private final @Nullable StringWriter buffer;
  private final CsvWriter csv;
  private final List<String> row = new ArrayList<>();

  /** A file built in memory, sent whole by {@link #send}. */
  public SwedishCsv() {
    StringWriter sw = new StringWriter();
    this.buffer = sw;
    this.out = sw;
    this.csv = writer(sw);
  }

  private SwedishCsv(Writer streamed) {
    this.buffer = null;
    this.out = streamed;
    this.csv = writer(streamed);
  }

  private static CsvWriter writer(Writer w) {
    return CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(w);
  }

  /**
   * A file written to the response as it is built, for exports that can grow with the register: the
   * headers go now, each row as it ends, in constant memory; {@link #finish} flushes the rest.
   *
   * @param ctx the request to answer
   * @param filename what the file is saved as
   * @return the writer
   */
  public static SwedishCsv streaming(Context ctx, String filename) {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    Writer w =
        new BufferedWriter(
            new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
    try {
      w.write(BOM);
    } catch (IOException e) {
      throw new UncheckedIOException("the client went away", e);
    }
    return new SwedishCsv(w);
  }

  /** Ends a streamed file: what is still buffered goes out. */
  public void finish() {
    try {
      csv.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the client went away", e);
    }
  }

  /** A text cell: neutralised against formula injection. Null is an empty cell. */
  public SwedishCsv text(@Nullable String value) {
    if (value == null) {
      row.add("");
    } else if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      row.add("'" + value);
    } else {
      row.add(value);
    }
    return this;
  }

  /** A whole number: digits and a plain minus. */
  public SwedishCsv number(long value) {
    row.add(Long.toString(value));
    return this;
  }

  /** A decimal number with a decimal comma, at most {@code decimals} decimals, half-up. */
  public SwedishCsv decimal(double value, int decimals) {
    row.add(
        BigDecimal.valueOf(value)
            .setScale(decimals, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
            .replace('.', ','));
    return this;
  }

  /** An empty cell. */
  public SwedishCsv empty() {
    row.add("");
    return this;
  }

  /** Ends the row. */
  public SwedishCsv end() {
    csv.writeRecord(row);
    row.clear();
    return this;
  }

  /** Answers with the file: UTF-8 with BOM, text/csv, to be saved as {@code filename}. */
  public void send(Context ctx, String filename) {
    if (buffer == null) {
      throw new IllegalStateException("a streamed file is already sent; finish() it instead");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.result(toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The whole file, byte-order mark first; empty for a streamed one, which is already sent. */
  @Override
  public String toString() {
    if (buffer == null) {
      return "";
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return BOM + buffer.toString();
  }
}
