package se.skapa.core.chart;

import java.util.List;
import java.util.OptionalInt;
import se.skapa.core.common.Language;
import se.skapa.core.fidelity.FidelityItem;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelitySection;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.fidelity.ScoreBand;
import se.skapa.core.fidelity.SectionResult;

/**
 * A fidelity review as horizontal bars, one per item, grouped by section, with the scale's bands
 * drawn under the total so a reader sees how far the next band is. A development area (at or below
 * the scale's threshold) is orange and marked with a triangle, the rest blue; the legend says which
 * is which. Item names are wrapped, never cut. Unscored items of a draft show no bar and the words
 * "ej bedömd"/"not scored".
 */
public final class FidelityChart {

  private static final int LINE = 15;
  private static final int LABEL_WIDTH = 440;
  private static final int BAR_WIDTH = 220;
  private static final int LEFT = 20;
  private static final int WIDTH = LEFT + LABEL_WIDTH + BAR_WIDTH + 70;
  private static final String AREA = "#E69F00";
  private static final String OTHER = "#0072B2";

  private FidelityChart() {}

  /**
   * The review as SVG; see {@link #draw}.
   *
   * @param scale the scale; not null
   * @param result the scored review; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String render(FidelityScale scale, ReviewResult result, Language language) {
    return draw(scale, result, language).toSvg();
  }

  /**
   * The review as SVG with the service named as its readers name it ({@code IPS Boden}), not by its
   * id.
   *
   * @param scale the scale; not null
   * @param result the scored review; not null
   * @param language the reader's language; not null
   * @param serviceName the service's name; not null
   * @return an SVG document
   */
  public static String render(
      FidelityScale scale, ReviewResult result, Language language, String serviceName) {
    return draw(scale, result, language, serviceName).toSvg();
  }

  /**
   * The review as geometry, for SVG or print.
   *
   * @param scale the scale the review was scored on; not null
   * @param result the scored review, complete or a draft; not null
   * @throws NullPointerException if an argument is null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing draw(FidelityScale scale, ReviewResult result, Language language) {
    return draw(scale, result, language, result.service().value());
  }

  /**
   * The review as geometry, the service named as given.
   *
   * @param scale the scale the review was scored on; not null
   * @param result the scored review, complete or a draft; not null
   * @param language the reader's language; not null
   * @param serviceName the service as the heading names it; not null
   * @return the chart
   * @throws NullPointerException if an argument is null
   */
  public static Drawing draw(
      FidelityScale scale, ReviewResult result, Language language, String serviceName) {
    boolean en = language == Language.EN;
    int threshold = scale.developmentAreaAtOrBelow();
    String status =
        result
            .band()
            .map(
                b ->
                    result.total().getAsInt()
                        + "/"
                        + result.maximum()
                        + " – "
                        + b.label().in(language))
            .orElse(
                en
                    ? "draft, " + result.missingItems().size() + " items not scored"
                    : "utkast, " + result.missingItems().size() + " punkter ej bedömda");
    String heading =
        (en ? "Fidelity review " : "Programtrohetsmätning ") + serviceName + " " + result.date();
    StringBuilder scores = new StringBuilder();
    for (FidelityItem item : scale.items()) {
      OptionalInt score = result.score(item.number());
      scores
          .append(item.number())
          .append(' ')
          .append(item.name().in(language))
          .append(": ")
          .append(
              score.isPresent()
                  ? Integer.toString(score.getAsInt())
                  : en ? "not scored" : "ej bedömd")
          .append("; ");
    }
    String desc =
        (en
                ? "Score per item ("
                    + scale.itemMin()
                    + "–"
                    + scale.itemMax()
                    + ") of "
                    + scale.names().en()
                    + ", grouped by section; "
                    + threshold
                    + " or lower is a development area. "
                : "Poäng per punkt ("
                    + scale.itemMin()
                    + "–"
                    + scale.itemMax()
                    + ") i "
                    + scale.names().sv()
                    + ", grupperat per område; "
                    + threshold
                    + " eller lägre är ett utvecklingsområde. ")
            + scores.toString().strip();

    // Rows are laid out first so the height and the grid follow from the wrapped names.
    double y = 178;
    double bottom = y;
    for (FidelitySection section : scale.sections()) {
      bottom += LINE * 1.3;
      for (FidelityItem item : scale.itemsIn(section.code())) {
        bottom +=
            LINE * 1.2
                + (Sketch.wrap(label(item, language), 11, LABEL_WIDTH - 14, 3).size() - 1) * 13;
      }
    }
    Sketch s = new Sketch(WIDTH, (int) bottom + 30, heading + ": " + status, desc);
    s.text(LEFT, 30, Shape.Anchor.START, 18, Sketch.fit(heading, 18, WIDTH - 2 * LEFT));
    s.text(
        LEFT,
        52,
        Shape.Anchor.START,
        13,
        Sketch.fit(scale.names().in(language), 13, WIDTH - 2 * LEFT),
        SpiderChart.MUTED);
    s.text(LEFT, 74, Shape.Anchor.START, 15, status);
    bands(s, scale, result, language);
    legend(s, threshold, scale.itemMax(), language);
    double x0 = LEFT + LABEL_WIDTH;
    int steps = scale.itemMax() - scale.itemMin() + 1;
    double top = y - 10;
    s.begin("grid");
    for (int step = 0; step <= steps; step++) {
      double gx = x0 + BAR_WIDTH * step / (double) steps;
      s.text(
          gx,
          top - 4,
          Shape.Anchor.MIDDLE,
          10,
          Integer.toString(scale.itemMin() - 1 + step),
          "#757575");
      s.line(gx, top, gx, bottom + 6, "#e0e0e0", 1);
    }
    s.end();
    for (FidelitySection section : scale.sections()) {
      SectionResult sr =
          result.sections().stream()
              .filter(r -> r.code().equals(section.code()))
              .findFirst()
              .orElseThrow();
      y += LINE * 1.3;
      s.text(
          LEFT,
          y,
          Shape.Anchor.START,
          13,
          Sketch.fit(
              section.name().in(language) + " " + sr.score() + "/" + sr.maximum(),
              13,
              LABEL_WIDTH));
      for (FidelityItem item : scale.itemsIn(section.code())) {
        List<String> name = Sketch.wrap(label(item, language), 11, LABEL_WIDTH - 14, 3);
        y += LINE * 1.2;
        s.begin("item", java.util.Map.of("number", Integer.toString(item.number())));
        for (int l = 0; l < name.size(); l++) {
          s.text(LEFT + 12, y + l * 13, Shape.Anchor.START, 11, name.get(l));
        }
        OptionalInt score = result.score(item.number());
        if (score.isPresent()) {
          int v = score.getAsInt();
          boolean area = v <= threshold;
          s.rect(
              x0,
              y - 11,
              BAR_WIDTH * (v - scale.itemMin() + 1) / (double) steps,
              13,
              area ? AREA : OTHER,
              item.name().in(language) + ": " + v);
          s.text(x0 + BAR_WIDTH + 8, y, Shape.Anchor.START, 11, v + (area ? " ▲" : ""));
        } else {
          s.text(
              x0 + 4,
              y,
              Shape.Anchor.START,
              11,
              en ? "not scored" : "ej bedömd",
              SpiderChart.MUTED);
        }
        s.end();
        y += (name.size() - 1) * 13;
      }
    }
    return s.done();
  }

  private static String label(FidelityItem item, Language language) {
    return item.number() + ". " + item.name().in(language);
  }

  /**
   * The bands as one bar from the lowest to the highest total, each band's range written under it.
   */
  private static void bands(Sketch s, FidelityScale scale, ReviewResult result, Language language) {
    double x = LEFT;
    double width = WIDTH - 2 * LEFT;
    double min = scale.minimumTotal();
    double span = scale.maximumTotal() - min + 1;
    String[] shades = {"#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696"};
    s.begin("bands");
    List<ScoreBand> bands = scale.bands();
    for (int i = 0; i < bands.size(); i++) {
      ScoreBand b = bands.get(i);
      double bx = x + width * (b.min() - min) / span;
      double bw = width * (b.max() - b.min() + 1) / span;
      s.rect(
          bx,
          88,
          bw,
          16,
          shades[i % shades.length],
          b.label().in(language) + " " + b.min() + "–" + b.max());
      s.text(
          bx + 3,
          118,
          Shape.Anchor.START,
          10,
          Sketch.fit(b.min() + "–" + b.max(), 10, bw - 4),
          SpiderChart.MUTED);
    }
    if (result.total().isPresent()) {
      double tx = x + width * (result.total().getAsInt() - min + 0.5) / span;
      s.line(tx, 84, tx, 108, "#000000", 3);
    }
    s.end();
  }

  private static void legend(Sketch s, int threshold, int max, Language language) {
    boolean en = language == Language.EN;
    s.begin("legend");
    s.rect(LEFT, 132, 12, 12, AREA, "");
    s.text(
        LEFT + 18,
        143,
        Shape.Anchor.START,
        12,
        (en ? "▲ development area (" : "▲ utvecklingsområde (")
            + threshold
            + (en ? " or lower)" : " eller lägre)"));
    s.rect(LEFT + 260, 132, 12, 12, OTHER, "");
    s.text(LEFT + 278, 143, Shape.Anchor.START, 12, (threshold + 1) + "–" + max);
    s.end();
  }
}
