package se.skapa.core.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Collects a chart's shapes while it is drawn, with groups opened and closed in order. */
final class Sketch {

  private static final String TEXT = "#212121";

  private final int width;
  private final int height;
  private final String title;
  private final String description;
  private final Deque<Open> open = new ArrayDeque<>();

  private record Open(String name, Map<String, String> data, List<Shape> shapes) {}

  Sketch(int width, int height, String title, String description) {
    this.width = width;
    this.height = height;
    this.title = title;
    this.description = description;
    open.push(new Open("", Map.of(), new ArrayList<>()));
  }

  private Sketch add(Shape shape) {
    open.peek().shapes().add(shape);
    return this;
  }

  Sketch line(double x1, double y1, double x2, double y2, String stroke, double width) {
    return add(new Shape.Line(x1, y1, x2, y2, stroke, width, Shape.Dash.SOLID));
  }

  Sketch line(
      double x1, double y1, double x2, double y2, String stroke, double width, Shape.Dash dash) {
    return add(new Shape.Line(x1, y1, x2, y2, stroke, width, dash));
  }

  Sketch circle(double cx, double cy, double r, String fill, String stroke) {
    return add(new Shape.Circle(cx, cy, r, fill, stroke));
  }

  Sketch rect(double x, double y, double w, double h, String fill, String tooltip) {
    return add(new Shape.Rect(x, y, w, h, fill, tooltip));
  }

  Sketch outline(List<Double> points, String stroke) {
    return add(new Shape.Outline(points, stroke));
  }

  Sketch text(double x, double y, Shape.Anchor anchor, int size, String text) {
    return add(new Shape.Text(x, y, anchor, size, text, TEXT));
  }

  Sketch text(double x, double y, Shape.Anchor anchor, int size, String text, String fill) {
    return add(new Shape.Text(x, y, anchor, size, text, fill));
  }

  Sketch begin(String name) {
    return begin(name, Map.of());
  }

  Sketch begin(String name, Map<String, String> data) {
    open.push(new Open(name, data, new ArrayList<>()));
    return this;
  }

  Sketch end() {
    Open group = open.pop();
    return add(new Shape.Group(group.name(), group.data(), group.shapes()));
  }

  /**
   * An upper bound of a text's width in chart units: 0.6 em a character is wider than the average
   * of the sans-serif fonts a browser or the PDF uses, so a text measured to fit does fit.
   */
  static double width(String text, int size) {
    return 0.6 * size * text.codePointCount(0, text.length());
  }

  /**
   * The text, cut with "…" if it is wider than {@code max}; the full text belongs in the
   * description.
   */
  static String fit(String text, int size, double max) {
    if (width(text, size) <= max) {
      return text;
    }
    int chars = Math.max(1, (int) (max / (0.6 * size)) - 1);
    return text.substring(0, Math.min(text.length(), chars)).strip() + "…";
  }

  /**
   * The text broken at spaces into at most {@code lines} lines no wider than {@code max}; the last
   * one cut if need be.
   */
  static List<String> wrap(String text, int size, double max, int lines) {
    List<String> out = TextWrap.lines(text, max, t -> width(t, size));
    if (out.size() > lines) {
      String rest = String.join(" ", out.subList(lines - 1, out.size()));
      out = new ArrayList<>(out.subList(0, lines - 1));
      out.add(rest);
    }
    List<String> fitted = new ArrayList<>();
    for (String l : out) {
      fitted.add(fit(l, size, max));
    }
    return fitted;
  }

  Drawing done() {
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() - 1 + " group(s) left open");
    }
    return new Drawing(width, height, title, description, open.peek().shapes());
  }
}
