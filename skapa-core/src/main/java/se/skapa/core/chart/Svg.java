package se.skapa.core.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small SVG writer. Numbers are written with two decimals in a locale-independent way and
 * every text is escaped, so equal input always gives equal, well-formed bytes.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(8192);

    Svg(int width, int height, String title, String description) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"sans-serif\">\n")
                .append("<title id=\"title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"desc\">").append(escape(description)).append("</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite coordinate: " + value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
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

    Svg raw(String element) {
        out.append(element).append('\n');
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return raw("<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width) + "\"/>");
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke) {
        return raw("<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) + "\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\"/>");
    }

    Svg rect(double x, double y, double w, double h, String fill, String title) {
        return raw("<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" fill=\"" + fill + "\"><title>" + escape(title) + "</title></rect>");
    }

    Svg text(double x, double y, String anchor, int size, String text) {
        return raw("<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" font-size=\""
                + size + "\">" + escape(text) + "</text>");
    }

    Svg open(String element) {
        return raw(element);
    }

    String close() {
        return out.append("</svg>\n").toString();
    }
}
