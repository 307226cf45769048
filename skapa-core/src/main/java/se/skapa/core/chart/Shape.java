package se.skapa.core.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a chart's geometry, in the chart's own units (y grows downwards, as in SVG). A
 * writer (SVG here, PDF in the server) draws the same shapes, so a chart looks the same on screen
 * and on paper. Colours are {@code #rrggbb}. Every record refuses null components with a {@link
 * NullPointerException}.
 */
public sealed interface Shape {

  /** Where a text's x lies: at its start, middle or end. */
  enum Anchor {
    /** The text starts at x. */
    START,
    /** The text is centred on x. */
    MIDDLE,
    /** The text ends at x. */
    END
  }

  /** How a line is drawn: a second cue besides its colour. */
  enum Dash {
    /** A solid line. */
    SOLID,
    /** Long dashes. */
    DASHED,
    /** Dots. */
    DOTTED
  }

  /**
   * A straight line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param stroke the colour
   * @param width the line's width
   * @param dash how it is drawn
   */
  record Line(double x1, double y1, double x2, double y2, String stroke, double width, Dash dash)
      implements Shape {
    /**
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @param stroke the colour; not null
     * @param width the width
     * @param dash the dash; not null
     */
    public Line {
      Objects.requireNonNull(stroke, "stroke");
      Objects.requireNonNull(dash, "dash");
    }
  }

  /**
   * A circle filled and stroked in one colour each.
   *
   * @param cx centre x
   * @param cy centre y
   * @param r radius
   * @param fill fill colour
   * @param stroke stroke colour
   */
  record Circle(double cx, double cy, double r, String fill, String stroke) implements Shape {
    /**
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     * @param fill fill colour; not null
     * @param stroke stroke colour; not null
     */
    public Circle {
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(stroke, "stroke");
    }
  }

  /**
   * A filled rectangle with a tooltip naming what it shows.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   * @param fill fill colour
   * @param title what it shows, in words
   */
  record Rect(double x, double y, double width, double height, String fill, String title)
      implements Shape {
    /**
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     * @param fill fill colour; not null
     * @param title the tooltip; not null
     */
    public Rect {
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * An unfilled closed outline through {@code points} (x, y pairs).
   *
   * @param points x, y, x, y, …
   * @param stroke the colour
   */
  record Outline(List<Double> points, String stroke) implements Shape {
    /**
     * @param points x, y pairs; copied
     * @param stroke the colour; not null
     * @throws IllegalArgumentException for an odd count of numbers
     */
    public Outline {
      points = List.copyOf(points);
      Objects.requireNonNull(stroke, "stroke");
      if (points.size() % 2 != 0) {
        throw new IllegalArgumentException(
            "points come in x, y pairs; got " + points.size() + " numbers");
      }
    }
  }

  /**
   * One line of text, {@code size} in chart units; never wrapped by the writer.
   *
   * @param x where the anchor lies
   * @param y the baseline
   * @param anchor what x means
   * @param size the font size
   * @param text the text
   * @param fill its colour
   */
  record Text(double x, double y, Anchor anchor, int size, String text, String fill)
      implements Shape {
    /**
     * @param x x
     * @param y baseline
     * @param anchor the anchor; not null
     * @param size the size
     * @param text the text; not null
     * @param fill the colour; not null
     */
    public Text {
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(fill, "fill");
    }
  }

  /**
   * Shapes that belong together, named by {@code name} (the SVG class) with data attributes such as
   * a measurement's date, so a reader or a test can find a series.
   *
   * @param name the group's name
   * @param data data attributes by name
   * @param shapes the shapes, drawn in order
   */
  record Group(String name, Map<String, String> data, List<Shape> shapes) implements Shape {
    /**
     * @param name the name; not null
     * @param data the data; copied
     * @param shapes the shapes; copied
     */
    public Group {
      Objects.requireNonNull(name, "name");
      data = Map.copyOf(data);
      shapes = List.copyOf(shapes);
    }
  }
}
