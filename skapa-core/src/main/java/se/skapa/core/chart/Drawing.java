package se.skapa.core.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart as geometry: its size, its accessible title and description, and its shapes in drawing
 * order. {@link #toSvg()} writes it as SVG; any other writer (a PDF page) draws the same shapes.
 *
 * @param width in chart units, positive
 * @param height in chart units, positive
 * @param title what the chart shows, in the chosen language; not null
 * @param description the figures behind it in words, for those who cannot see it; not null
 * @param shapes in drawing order; not null
 */
public record Drawing(int width, int height, String title, String description, List<Shape> shapes) {

  /**
   * @throws IllegalArgumentException if a side is not positive
   * @throws NullPointerException if a text or the shapes are null
   * @param width the width
   * @param height the height
   * @param title the title
   * @param description the description
   * @param shapes the shapes; copied
   */
  public Drawing {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "a drawing needs a positive size; got " + width + " × " + height);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    shapes = List.copyOf(shapes);
  }

  /**
   * This drawing as a standalone SVG document; equal drawings give equal bytes.
   *
   * @return the SVG document
   */
  public String toSvg() {
    return Svg.write(this);
  }
}
