package se.skapa.core.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a chart's geometry, in the chart's own units (y grows downwards, as in SVG). A writer
 * (SVG here, PDF in the server) draws the same shapes, so a chart looks the same on screen and on paper.
 * Colours are {@code #rrggbb}. Every record refuses null components with a {@link NullPointerException}.
 */
public sealed interface Shape {

    /** Where a text's x lies: at its start, middle or end. */
    enum Anchor { START, MIDDLE, END }

    /** How a line is drawn: a second cue besides its colour. */
    enum Dash { SOLID, DASHED, DOTTED }

    /** A straight line. */
    record Line(double x1, double y1, double x2, double y2, String stroke, double width, Dash dash) implements Shape {
        public Line {
            Objects.requireNonNull(stroke, "stroke");
            Objects.requireNonNull(dash, "dash");
        }
    }

    /** A circle filled and stroked in one colour each. */
    record Circle(double cx, double cy, double r, String fill, String stroke) implements Shape {
        public Circle {
            Objects.requireNonNull(fill, "fill");
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /** A filled rectangle with a tooltip naming what it shows. */
    record Rect(double x, double y, double width, double height, String fill, String title) implements Shape {
        public Rect {
            Objects.requireNonNull(fill, "fill");
            Objects.requireNonNull(title, "title");
        }
    }

    /** An unfilled closed outline through {@code points} (x, y pairs). */
    record Outline(List<Double> points, String stroke) implements Shape {
        public Outline {
            points = List.copyOf(points);
            Objects.requireNonNull(stroke, "stroke");
            if (points.size() % 2 != 0) {
                throw new IllegalArgumentException("points come in x, y pairs; got " + points.size() + " numbers");
            }
        }
    }

    /** One line of text, {@code size} in chart units; never wrapped by the writer. */
    record Text(double x, double y, Anchor anchor, int size, String text, String fill) implements Shape {
        public Text {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(fill, "fill");
        }
    }

    /**
     * Shapes that belong together, named by {@code name} (the SVG class) with data attributes such as a
     * measurement's date, so a reader or a test can find a series.
     */
    record Group(String name, Map<String, String> data, List<Shape> shapes) implements Shape {
        public Group {
            Objects.requireNonNull(name, "name");
            data = Map.copyOf(data);
            shapes = List.copyOf(shapes);
        }
    }
}
