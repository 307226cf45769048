package se.skapa.rest.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import se.skapa.core.chart.Shape;

/**
 * A chart's shapes drawn into a PDF page, the same geometry the SVG is written from: y grows
 * downwards in a drawing and upwards on a page, and every length is scaled by {@code k}.
 */
final class PdfShapes {

  private final Pdf pdf;
  private final PDPageContentStream cs;
  private final float left;
  private final float top;
  private final float k;

  PdfShapes(Pdf pdf, PDPageContentStream cs, float left, float top, float k) {
    this.pdf = pdf;
    this.cs = cs;
    this.left = left;
    this.top = top;
    this.k = k;
  }

  void draw(Shape shape) throws IOException {
    if (shape instanceof Shape.Line l) {
      line(l);
    } else if (shape instanceof Shape.Circle c) {
      circle(c);
    } else if (shape instanceof Shape.Rect r) {
      pdf.rect(
          x(r.x()),
          top - (float) (r.y() + r.height()) * k,
          (float) r.width() * k,
          (float) r.height() * k,
          Pdf.colour(r.fill()));
    } else if (shape instanceof Shape.Outline o) {
      outline(o);
    } else if (shape instanceof Shape.Text t) {
      text(t);
    } else if (shape instanceof Shape.Group g) {
      for (Shape s : g.shapes()) {
        draw(s);
      }
    }
  }

  private float x(double x) {
    return left + (float) x * k;
  }

  private float y(double y) {
    return top - (float) y * k;
  }

  private void line(Shape.Line l) throws IOException {
    cs.setStrokingColor(Pdf.colour(l.stroke()));
    cs.setLineWidth((float) l.width() * k);
    cs.setLineDashPattern(
        l.dash() == Shape.Dash.DASHED
            ? new float[] {8 * k, 4 * k}
            : l.dash() == Shape.Dash.DOTTED ? new float[] {2 * k, 3 * k} : new float[0],
        0);
    cs.moveTo(x(l.x1()), y(l.y1()));
    cs.lineTo(x(l.x2()), y(l.y2()));
    cs.stroke();
    cs.setLineDashPattern(new float[0], 0);
  }

  /** A circle as four Bézier curves (0.5523 of the radius is the control points' distance). */
  private void circle(Shape.Circle c) throws IOException {
    float cx = x(c.cx());
    float cy = y(c.cy());
    float r = (float) c.r() * k;
    float m = 0.5523f * r;
    cs.setNonStrokingColor(Pdf.colour(c.fill()));
    cs.setStrokingColor(Pdf.colour(c.stroke()));
    cs.setLineWidth(0.5f);
    cs.moveTo(cx + r, cy);
    cs.curveTo(cx + r, cy + m, cx + m, cy + r, cx, cy + r);
    cs.curveTo(cx - m, cy + r, cx - r, cy + m, cx - r, cy);
    cs.curveTo(cx - r, cy - m, cx - m, cy - r, cx, cy - r);
    cs.curveTo(cx + m, cy - r, cx + r, cy - m, cx + r, cy);
    cs.closePath();
    cs.fillAndStroke();
  }

  private void outline(Shape.Outline o) throws IOException {
    cs.setStrokingColor(Pdf.colour(o.stroke()));
    cs.setLineWidth(k);
    for (int i = 0; i < o.points().size(); i += 2) {
      float px = x(o.points().get(i).doubleValue());
      float py = y(o.points().get(i + 1).doubleValue());
      if (i == 0) {
        cs.moveTo(px, py);
      } else {
        cs.lineTo(px, py);
      }
    }
    cs.closePath();
    cs.stroke();
  }

  private void text(Shape.Text t) {
    float size = t.size() * k;
    float w = pdf.width(t.text(), size);
    float shift =
        t.anchor() == Shape.Anchor.MIDDLE ? w / 2 : t.anchor() == Shape.Anchor.END ? w : 0;
    pdf.text(x(t.x()) - shift, y(t.y()), size, t.text(), Pdf.colour(t.fill()));
  }
}
