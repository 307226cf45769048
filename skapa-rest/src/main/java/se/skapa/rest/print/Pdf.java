package se.skapa.rest.print;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import se.skapa.core.chart.Drawing;
import se.skapa.core.chart.Shape;
import se.skapa.core.chart.TextWrap;
import se.skapa.core.common.Language;

/**
 * A printable A4 document: headings, paragraphs, tables and charts flowing over pages, with the
 * font embedded (Liberation Sans, which PDFBox ships) and tagged for screen readers: a structure
 * tree of headings, paragraphs, tables with header cells and figures with their description as
 * alternative text, the document's language and title, and decoration marked as artifact. Charts
 * are drawn from the same {@link Drawing} as their SVG, so screen and paper agree.
 *
 * <p>Not thread-safe; one instance writes one document.
 */
public final class Pdf {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 56;

  private static final float LEADING = 1.35f;

  private final PDDocument doc = new PDDocument();
  private final PDType0Font font;
  private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
  private final PDStructureElement root;
  private final List<COSArray> parents = new ArrayList<>();
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private PDPage page;
  private PDPageContentStream cs;
  private float y;
  private int mcid;

  /**
   * @param title the document's title, shown by viewers instead of the file name
   * @param language the language of its text
   */
  public Pdf(String title, Language language) {
    try {
      font = PDType0Font.load(doc, new ByteArrayInputStream(PdfFont.BYTES), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(language == Language.EN ? "en-GB" : "sv-SE");
    catalog.setStructureTreeRoot(tree);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    catalog.setViewerPreferences(prefs);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("SKAPA");
    root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
    tree.appendKid(root);
    newPage();
  }

  private float contentWidth() {
    return page.getMediaBox().getWidth() - 2 * MARGIN;
  }

  private void newPage() {
    try {
      if (cs != null) {
        cs.close();
      }
      page = new PDPage(PDRectangle.A4);
      page.setStructParents(parents.size());
      parents.add(new COSArray());
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      mcid = 0;
      y = page.getMediaBox().getHeight() - MARGIN;
      artifact(() -> text(MARGIN, MARGIN / 2, 8, Integer.toString(parents.size()), Color.GRAY));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code height} still fits on this one. */
  private void room(float height) {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  /** A heading; level 1 is the document's title. */
  public Pdf heading(String text, int level) {
    float size = level == 1 ? 18 : level == 2 ? 14 : 12;
    List<String> lines = wrap(text, size, contentWidth());
    room(size * LEADING * (lines.size() + 1) + 40);
    y -= level == 1 ? 0 : size * 0.6f;
    PDStructureElement h =
        element(
            level == 1
                ? StandardStructureTypes.H1
                : level == 2 ? StandardStructureTypes.H2 : StandardStructureTypes.H3,
            root);
    marked(h, () -> lines(lines, size, Color.BLACK));
    y -= size * 0.3f;
    return this;
  }

  /** A paragraph, wrapped to the page. */
  public Pdf paragraph(String text) {
    return paragraph(text, 10, Color.BLACK);
  }

  /** A smaller, grey paragraph: how a figure was made, a rule applied. */
  public Pdf note(String text) {
    return paragraph(text, 8.5f, Color.DARK_GRAY);
  }

  private Pdf paragraph(String text, float size, Color colour) {
    List<String> lines = wrap(text, size, contentWidth());
    room(size * LEADING * lines.size());
    marked(element(StandardStructureTypes.P, root), () -> lines(lines, size, colour));
    y -= size * 0.6f;
    return this;
  }

  /**
   * A table with a header row; each column's share of the page width in {@code widths}. Cells wrap;
   * a row never breaks over two pages.
   */
  public Pdf table(List<String> header, List<List<String>> rows, float[] widths) {
    float size = 9;
    float pad = 3;
    PDStructureElement table = element(StandardStructureTypes.TABLE, root);
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (int r = 0; r < all.size(); r++) {
      List<String> row = all.get(r);
      boolean head = r == 0;
      float[] w = new float[row.size()];
      List<List<String>> cells = new ArrayList<>();
      int most = 1;
      for (int c = 0; c < row.size(); c++) {
        w[c] = contentWidth() * widths[c];
        cells.add(wrap(row.get(c), size, w[c] - 2 * pad));
        most = Math.max(most, cells.get(c).size());
      }
      float height = most * size * LEADING + 2 * pad;
      room(height);
      PDStructureElement tr = element(StandardStructureTypes.TR, table);
      float top = y;
      if (head) {
        artifact(() -> rect(MARGIN, top - height, contentWidth(), height, new Color(0xEEEEEE)));
      }
      float x = MARGIN;
      for (int c = 0; c < row.size(); c++) {
        float cx = x + pad;
        List<String> lines = cells.get(c);
        y = top - pad;
        marked(
            element(head ? StandardStructureTypes.TH : StandardStructureTypes.TD, tr),
            () -> {
              for (String line : lines) {
                y -= size;
                text(cx, y, size, line, Color.BLACK);
                y -= size * (LEADING - 1);
              }
            });
        x += w[c];
      }
      y = top - height;
      float line = y;
      artifact(
          () -> {
            try {
              cs.setStrokingColor(new Color(0xBDBDBD));
              cs.setLineWidth(0.5f);
              cs.moveTo(MARGIN, line);
              cs.lineTo(MARGIN + contentWidth(), line);
              cs.stroke();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    y -= 8;
    return this;
  }

  /**
   * A chart at most {@code maxWidth} points wide (and never taller than a page), tagged as a figure
   * whose alternative text is the chart's own title and description.
   */
  public Pdf figure(Drawing d, float maxWidth) {
    float pageHeight = page.getMediaBox().getHeight() - 2 * MARGIN;
    float scale = Math.min(Math.min(maxWidth, contentWidth()) / d.width(), pageHeight / d.height());
    room(d.height() * scale);
    PDStructureElement figure = element(StandardStructureTypes.Figure, root);
    figure.setAlternateDescription(d.title() + ". " + d.description());
    float left = MARGIN;
    float top = y;
    marked(figure, () -> d.shapes().forEach(s -> draw(s, left, top, scale)));
    y = top - d.height() * scale - 10;
    return this;
  }

  /** The finished document. */
  public byte[] bytes() {
    try {
      cs.close();
      COSArray nums = new COSArray();
      for (int i = 0; i < parents.size(); i++) {
        nums.add(COSInteger.get(i));
        nums.add(parents.get(i));
      }
      COSDictionary parentTree = new COSDictionary();
      parentTree.setItem(COSName.NUMS, nums);
      tree.setParentTree(new PDNumberTreeNode(parentTree, COSBase.class));
      tree.setParentTreeNextKey(parents.size());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- structure ---

  private PDStructureElement element(String type, PDStructureElement parent) {
    PDStructureElement e = new PDStructureElement(type, parent);
    e.setPage(page);
    parent.appendKid(e);
    return e;
  }

  private void marked(PDStructureElement e, Runnable draw) {
    try {
      COSDictionary props = new COSDictionary();
      props.setInt(COSName.MCID, mcid);
      COSName tag = COSName.getPDFName(e.getStructureType());
      cs.beginMarkedContent(tag, PDPropertyList.create(props));
      draw.run();
      cs.endMarkedContent();
      e.setPage(page);
      e.appendKid(PDMarkedContent.create(tag, props));
      parents.get(parents.size() - 1).add(e);
      mcid++;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void artifact(Runnable draw) {
    try {
      cs.beginMarkedContent(COSName.ARTIFACT);
      draw.run();
      cs.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- text ---

  /**
   * The text with characters the font cannot draw replaced by "?", so a report never fails on a
   * rare character.
   */
  String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              boolean ok =
                  glyphs.computeIfAbsent(
                      cp,
                      c -> {
                        try {
                          font.encode(new String(Character.toChars(c)));
                          return !Character.isISOControl(c);
                        } catch (IOException | IllegalArgumentException e) {
                          return false;
                        }
                      });
              b.append(ok ? new String(Character.toChars(cp)) : "?");
            });
    return b.toString();
  }

  /**
   * The width of a text in points at a font size, measured with the embedded font's own metrics.
   */
  public float width(String text, float size) {
    try {
      return font.getStringWidth(printable(text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, float size, float max) {
    List<String> out = new ArrayList<>();
    for (String paragraph : printable(text).split("\n")) {
      out.addAll(TextWrap.lines(paragraph, max, t -> width(t, size)));
    }
    return out;
  }

  private void lines(List<String> lines, float size, Color colour) {
    for (String line : lines) {
      y -= size;
      text(MARGIN, y, size, line, colour);
      y -= size * (LEADING - 1);
    }
  }

  void text(float x, float baseline, float size, String text, Color colour) {
    try {
      cs.beginText();
      cs.setFont(font, size);
      cs.setNonStrokingColor(colour);
      cs.newLineAtOffset(x, baseline);
      cs.showText(printable(text));
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void rect(float x, float y0, float w, float h, Color fill) {
    try {
      cs.setNonStrokingColor(fill);
      cs.addRect(x, y0, w, h);
      cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- charts ---

  private void draw(Shape shape, float left, float top, float scale) {
    try {
      new PdfShapes(this, cs, left, top, scale).draw(shape);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Color colour(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
