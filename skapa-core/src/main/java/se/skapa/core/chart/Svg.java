package se.skapa.core.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Drawing} as SVG. Numbers are written with two decimals in a locale-independent
 * way and every text is escaped, so equal input always gives equal, well-formed bytes.
 */
final class Svg {

  private Svg() {}

  static String write(Drawing d) {
    StringBuilder out = new StringBuilder(8192);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(d.width())
        .append("\" height=\"")
        .append(d.height())
        .append("\" viewBox=\"0 0 ")
        .append(d.width())
        .append(' ')
        .append(d.height())
        .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"sans-serif\">\n")
        .append("<title id=\"title\">")
        .append(escape(d.title()))
        .append("</title>\n")
        .append("<desc id=\"desc\">")
        .append(escape(d.description()))
        .append("</desc>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (Shape s : d.shapes()) {
      write(s, out);
    }
    return out.append("</svg>\n").toString();
  }

  private static void write(Shape shape, StringBuilder out) {
    // Java 17 has no pattern switch; the sealed interface keeps this list complete.
    if (shape instanceof Shape.Line l) {
      out.append("<line x1=\"")
          .append(num(l.x1()))
          .append("\" y1=\"")
          .append(num(l.y1()))
          .append("\" x2=\"")
          .append(num(l.x2()))
          .append("\" y2=\"")
          .append(num(l.y2()))
          .append("\" stroke=\"")
          .append(l.stroke())
          .append("\" stroke-width=\"")
          .append(num(l.width()))
          .append('"')
          .append(
              l.dash() == Shape.Dash.DASHED
                  ? " stroke-dasharray=\"8 4\""
                  : l.dash() == Shape.Dash.DOTTED ? " stroke-dasharray=\"2 3\"" : "")
          .append("/>\n");
    } else if (shape instanceof Shape.Circle c) {
      out.append("<circle cx=\"")
          .append(num(c.cx()))
          .append("\" cy=\"")
          .append(num(c.cy()))
          .append("\" r=\"")
          .append(num(c.r()))
          .append("\" fill=\"")
          .append(c.fill())
          .append("\" stroke=\"")
          .append(c.stroke())
          .append("\"/>\n");
    } else if (shape instanceof Shape.Rect r) {
      out.append("<rect x=\"")
          .append(num(r.x()))
          .append("\" y=\"")
          .append(num(r.y()))
          .append("\" width=\"")
          .append(num(r.width()))
          .append("\" height=\"")
          .append(num(r.height()))
          .append("\" fill=\"")
          .append(r.fill())
          .append("\"><title>")
          .append(escape(r.title()))
          .append("</title></rect>\n");
    } else if (shape instanceof Shape.Outline o) {
      out.append("<polygon points=\"");
      for (int i = 0; i < o.points().size(); i += 2) {
        out.append(i == 0 ? "" : " ")
            .append(num(o.points().get(i)))
            .append(',')
            .append(num(o.points().get(i + 1)));
      }
      out.append("\" fill=\"none\" stroke=\"").append(o.stroke()).append("\"/>\n");
    } else if (shape instanceof Shape.Text t) {
      out.append("<text x=\"")
          .append(num(t.x()))
          .append("\" y=\"")
          .append(num(t.y()))
          .append("\" text-anchor=\"")
          .append(t.anchor().name().toLowerCase(java.util.Locale.ROOT))
          .append("\" font-size=\"")
          .append(t.size())
          .append("\" fill=\"")
          .append(t.fill())
          .append("\">")
          .append(escape(t.text()))
          .append("</text>\n");
    } else if (shape instanceof Shape.Group g) {
      out.append("<g class=\"").append(escape(g.name())).append('"');
      for (Map.Entry<String, String> e : new TreeMap<>(g.data()).entrySet()) {
        out.append(" data-")
            .append(e.getKey())
            .append("=\"")
            .append(escape(e.getValue()))
            .append('"');
      }
      out.append(">\n");
      for (Shape s : g.shapes()) {
        write(s, out);
      }
      out.append("</g>\n");
    }
  }

  static String num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite coordinate: " + value);
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          // Characters XML 1.0 cannot carry are dropped rather than producing a broken document.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
