package se.skapa.rest.http;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.ValidationException;

/**
 * A CSV file as a kommun has it: saved by Excel as "CSV UTF-8" (with a byte-order mark) or as "CSV
 * (semikolonavgränsad)" (Windows-1252, no mark), separated by {@code ;} or {@code ,}. Read by
 * FastCSV; the apostrophe {@link SwedishCsv} puts before a formula-like cell is taken off again.
 *
 * @param encoding "utf-8" or "windows-1252": how the bytes were read
 * @param header the first line's cells
 * @param lines every later non-empty line, with its line number in the file
 */
public record SwedishCsvFile(String encoding, List<String> header, List<Line> lines) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** One line of the file. @param number its line number, 1 for the header */
  public record Line(long number, List<String> cells) {
    public Line {
      cells = List.copyOf(cells);
    }
  }

  /**
   * @throws ValidationException rule {@code encoding} for bytes that are neither UTF-8 nor
   *     Windows-1252, {@code csv} for a file that is not CSV (an unclosed quote, say), {@code
   *     header} for an empty file
   */
  public static SwedishCsvFile read(byte[] bytes) {
    String encoding;
    String text;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      encoding = "utf-8";
      text = Objects.requireNonNull(decode(bytes, 3, StandardCharsets.UTF_8, null));
    } else {
      String utf8 = decode(bytes, 0, StandardCharsets.UTF_8, "");
      if (utf8 != null) {
        encoding = "utf-8";
        text = utf8;
      } else {
        // Excel's "CSV (semikolonavgränsad)": Windows-1252 without a byte-order mark.
        encoding = "windows-1252";
        text = Objects.requireNonNull(decode(bytes, 0, WINDOWS_1252, null));
      }
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      throw ValidationException.of(
          "/lines/" + line,
          NulCharacters.RULE,
          "line "
              + line
              + " contains a NUL character (U+0000), which SKAPA does not store; remove it");
    }
    String firstLine = text.lines().findFirst().orElse("");
    char separator = firstLine.indexOf(';') >= 0 || firstLine.indexOf(',') < 0 ? ';' : ',';
    List<String> header = null;
    List<Line> lines = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .skipEmptyLines(true)
            .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      for (CsvRecord r : reader) {
        List<String> cells = r.getFields().stream().map(SwedishCsvFile::unneutralise).toList();
        if (header == null) {
          header = cells.stream().map(String::strip).toList();
        } else if (!cells.stream().allMatch(String::isBlank)) {
          lines.add(new Line(r.getStartingLineNumber(), cells));
        }
      }
    } catch (CsvParseException | IOException | UncheckedIOException e) {
      throw ValidationException.of("", "csv", "the file is not readable as CSV: " + e.getMessage());
    }
    if (header == null) {
      throw ValidationException.of(
          "", "header", "the file is empty: the first line names the columns");
    }
    return new SwedishCsvFile(encoding, header, lines);
  }

  /** The cell of a named column on a line, or "" if the line is short. */
  public String cell(Line line, String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= line.cells().size() ? "" : line.cells().get(i).strip();
  }

  private static String unneutralise(String cell) {
    return cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  /** Strict decoding; {@code onError} null means throw the encoding violation. */
  private static @Nullable String decode(
      byte[] bytes, int offset, Charset charset, @Nullable String onError) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      if (onError != null) {
        return null;
      }
      throw ValidationException.of(
          "",
          "encoding",
          "the file is neither UTF-8 nor Windows-1252 (Excel's \"CSV (semikolonavgränsad)\"); "
              + "save it from Excel as \"CSV UTF-8\"");
    }
  }
}
