package se.skapa.core.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;

/**
 * Estimates with their intervals, one row per indicator, on a logarithmic axis around the line of
 * no difference (an odds ratio of 1): the estimate as a dot, the 95 % interval as a line, the
 * numbers written beside it, and a row without an estimate saying why in words.
 */
public final class ForestPlot {

  private static final int LEFT = 20;
  private static final int LABEL_WIDTH = 250;
  private static final int PLOT = 320;
  private static final int RIGHT_TEXT = 170;
  private static final int ROW = 34;
  private static final int TOP = 100;
  private static final int WIDTH = LEFT + LABEL_WIDTH + PLOT + RIGHT_TEXT;
  private static final double[] TICKS = {0.1, 0.25, 0.5, 1, 2, 4, 10};

  private ForestPlot() {}

  /**
   * An estimate and its interval.
   *
   * @param estimate the point estimate, above 0
   * @param low the interval's lower end, above 0
   * @param high the interval's upper end
   */
  public record Interval(double estimate, double low, double high) {
    /**
     * @param estimate the estimate
     * @param low the lower end
     * @param high the upper end
     * @throws IllegalArgumentException unless 0 &lt; low ≤ estimate ≤ high
     */
    public Interval {
      if (!(low > 0 && low <= estimate && estimate <= high && Double.isFinite(high))) {
        throw new IllegalArgumentException("0 < low ≤ estimate ≤ high");
      }
    }
  }

  /**
   * One row.
   *
   * @param label what the row is about
   * @param interval the estimate; empty when there is none
   * @param note why there is none (or a remark beside one)
   */
  public record Row(String label, Optional<Interval> interval, String note) {
    /**
     * @param label the label; not null
     * @param interval the estimate; not null
     * @param note the note; not null
     * @throws NullPointerException if a component is null
     */
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * @param title the chart's title; not null
   * @param subtitle what is estimated and how to read it; not null
   * @param rows the rows, in order; not null
   * @param language the reader's language; not null
   * @return the SVG document
   */
  public static String render(String title, String subtitle, List<Row> rows, Language language) {
    return draw(title, subtitle, rows, language).toSvg();
  }

  /**
   * @param title the chart's title; not null
   * @param subtitle what is estimated and how to read it; not null
   * @param rows the rows, in order; not null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing draw(String title, String subtitle, List<Row> rows, Language language) {
    boolean en = language == Language.EN;
    double lo = 0.5;
    double hi = 2;
    for (Row r : rows) {
      if (r.interval().isPresent()) {
        lo = Math.min(lo, r.interval().get().low());
        hi = Math.max(hi, r.interval().get().high());
      }
    }
    double min = Math.max(0.1, lo);
    double max = Math.min(10, hi);
    StringBuilder words = new StringBuilder();
    for (Row r : rows) {
      words.append(r.label()).append(": ").append(text(r, language)).append("; ");
    }
    String desc = title + ". " + subtitle + ". " + words.toString().strip();
    int height = TOP + Math.max(1, rows.size()) * ROW + 50;
    Sketch s = new Sketch(WIDTH, height, title, desc);
    s.text(LEFT, 30, Shape.Anchor.START, 16, Sketch.fit(title, 16, WIDTH - 2 * LEFT));
    List<String> sub = Sketch.wrap(subtitle, 12, WIDTH - 2 * LEFT, 2);
    for (int i = 0; i < sub.size(); i++) {
      s.text(LEFT, 52 + i * 15, Shape.Anchor.START, 12, sub.get(i), SpiderChart.MUTED);
    }
    double x0 = LEFT + LABEL_WIDTH;
    double bottom = TOP + rows.size() * ROW;
    s.begin("axis");
    for (double t : TICKS) {
      if (t >= min && t <= max) {
        double x = x(t, min, max, x0);
        s.line(x, TOP - 10, x, bottom, t == 1 ? "#000000" : "#e0e0e0", t == 1 ? 1.5 : 1);
        int decimals = t >= 1 ? 0 : t == 0.25 ? 2 : 1;
        s.text(x, bottom + 16, Shape.Anchor.MIDDLE, 11, Numbers.decimal(t, decimals, language));
      }
    }
    s.text(
        x(1, min, max, x0),
        bottom + 32,
        Shape.Anchor.MIDDLE,
        11,
        en ? "1 = no difference" : "1 = ingen skillnad",
        SpiderChart.MUTED);
    s.end();
    double y = TOP;
    for (Row r : rows) {
      s.begin("row", Map.of("label", r.label()));
      double mid = y + ROW / 2.0;
      s.text(LEFT, mid + 4, Shape.Anchor.START, 12, Sketch.fit(r.label(), 12, LABEL_WIDTH - 10));
      if (r.interval().isPresent()) {
        Interval i = r.interval().get();
        double a = x(Math.max(min, i.low()), min, max, x0);
        double b = x(Math.min(max, i.high()), min, max, x0);
        s.line(a, mid, b, mid, SpiderChart.LATEST, 2.5);
        s.circle(
            x(Math.max(min, Math.min(max, i.estimate())), min, max, x0),
            mid,
            5,
            SpiderChart.LATEST,
            "#000000");
      }
      s.text(
          x0 + PLOT + 10,
          mid + 4,
          Shape.Anchor.START,
          11,
          Sketch.fit(text(r, language), 11, RIGHT_TEXT - 14),
          r.interval().isPresent() ? "#212121" : SpiderChart.MUTED);
      s.end();
      y += ROW;
    }
    return s.done();
  }

  private static String text(Row r, Language language) {
    if (r.interval().isEmpty()) {
      return r.note();
    }
    Interval i = r.interval().get();
    return Numbers.decimal(i.estimate(), 2, language)
        + " ("
        + Numbers.decimal(i.low(), 2, language)
        + "–"
        + Numbers.decimal(i.high(), 2, language)
        + ")";
  }

  private static double x(double value, double min, double max, double x0) {
    double span = Math.log(max) - Math.log(min);
    return x0 + 10 + (PLOT - 20) * (Math.log(value) - Math.log(min)) / span;
  }
}
