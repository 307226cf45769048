package se.skapa.rest.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every report is set in (Liberation Sans, shipped with PDFBox), read from the class path
 * once, on the first report, not on every request.
 */
final class PdfFont {

  static final byte[] BYTES = read();

  private PdfFont() {}

  private static byte[] read() {
    try (InputStream in = Pdf.class.getResourceAsStream(Pdf.FONT)) {
      if (in == null) {
        throw new IllegalStateException(
            "PDFBox's Liberation Sans is missing from the class path: " + Pdf.FONT);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
