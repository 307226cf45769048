package se.skapa.core.chart;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.skapa.core.common.Language;
import se.skapa.core.fidelity.FidelityItem;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelitySection;
import se.skapa.core.fidelity.ReviewComparison;
import se.skapa.core.fidelity.ReviewResult;

/**
 * Two fidelity reviews of one service item by item: the earlier review as a thin orange bar above
 * the later one's thicker blue bar, the change written beside them ({@code 3 → 5 ▲}), the totals
 * and bands in the subtitle. The earliest and the latest review of the comparison are drawn;
 * colour, thickness and the written change tell them apart, so no reader depends on colour.
 */
public final class FidelityCompareChart {

  private static final int LEFT = 20;
  private static final int LABEL_WIDTH = 420;
  private static final int BAR_WIDTH = 220;
  private static final int WIDTH = LEFT + LABEL_WIDTH + BAR_WIDTH + 110;
  private static final String EARLIER = SpiderChart.FIRST;
  private static final String LATER = SpiderChart.LATEST;

  private FidelityCompareChart() {}

  /**
   * The comparison as SVG; see {@link #draw}.
   *
   * @param scale the scale; not null
   * @param comparison the comparison; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String render(FidelityScale scale, ReviewComparison comparison, Language language) {
    return draw(scale, comparison, language).toSvg();
  }

  /**
   * The comparison as SVG with the service named as its readers name it.
   *
   * @param scale the scale; not null
   * @param comparison the comparison; not null
   * @param language the reader's language; not null
   * @param serviceName the service's name; not null
   * @return an SVG document
   */
  public static String render(
      FidelityScale scale, ReviewComparison comparison, Language language, String serviceName) {
    return draw(scale, comparison, language, serviceName).toSvg();
  }

  /**
   * The earliest and latest review of a comparison as geometry.
   *
   * @param comparison at least two reviews of one service, as {@link ReviewComparison#of}
   *     guarantees; not null
   * @throws NullPointerException if an argument is null
   * @param scale the scale the reviews were scored on; not null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing draw(FidelityScale scale, ReviewComparison comparison, Language language) {
    return draw(scale, comparison, language, comparison.reviews().get(0).service().value());
  }

  /**
   * The earliest and latest review of a comparison as geometry, the service named as given.
   *
   * @param scale the scale the reviews were scored on; not null
   * @param comparison at least two reviews of one service; not null
   * @param language the reader's language; not null
   * @param serviceName the service as the title names it; not null
   * @return the chart
   * @throws NullPointerException if an argument is null
   */
  public static Drawing draw(
      FidelityScale scale, ReviewComparison comparison, Language language, String serviceName) {
    boolean en = language == Language.EN;
    ReviewResult a = comparison.reviews().get(0);
    ReviewResult b = comparison.reviews().get(comparison.reviews().size() - 1);
    String title = (en ? "Fidelity reviews compared: " : "Programtrohet jämförd: ") + serviceName;
    String totals = total(a, language) + " → " + total(b, language);
    StringBuilder items = new StringBuilder();
    for (FidelityItem item : scale.items()) {
      items
          .append(item.number())
          .append(' ')
          .append(item.name().in(language))
          .append(": ")
          .append(score(a, item, en))
          .append(" → ")
          .append(score(b, item, en))
          .append("; ");
    }
    String desc =
        (en
                ? "Item scores ("
                    + scale.itemMin()
                    + "–"
                    + scale.itemMax()
                    + ") of the review of "
                    + a.date()
                    + " and of "
                    + b.date()
                    + ". Totals: "
                : "Poäng per punkt ("
                    + scale.itemMin()
                    + "–"
                    + scale.itemMax()
                    + ") i granskningen "
                    + a.date()
                    + " och "
                    + b.date()
                    + ". Totalt: ")
            + totals
            + ". "
            + items.toString().strip();
    double bottom = 150;
    for (FidelitySection section : scale.sections()) {
      bottom += 22;
      for (FidelityItem item : scale.itemsIn(section.code())) {
        bottom +=
            24 + (Sketch.wrap(label(item, language), 11, LABEL_WIDTH - 14, 3).size() - 1) * 13;
      }
    }
    Sketch s = new Sketch(WIDTH, (int) bottom + 24, title + ": " + totals, desc);
    s.text(LEFT, 30, Shape.Anchor.START, 18, Sketch.fit(title, 18, WIDTH - 2 * LEFT));
    s.text(
        LEFT,
        52,
        Shape.Anchor.START,
        13,
        Sketch.fit(scale.names().in(language), 13, WIDTH - 2 * LEFT),
        SpiderChart.MUTED);
    s.text(LEFT, 74, Shape.Anchor.START, 14, Sketch.fit(totals, 14, WIDTH - 2 * LEFT));
    s.begin("legend");
    s.rect(LEFT, 92, 24, 5, EARLIER, a.date().toString());
    s.text(
        LEFT + 30,
        98,
        Shape.Anchor.START,
        12,
        a.date() + (en ? " (earlier, thin bar)" : " (tidigare, tunn stapel)"));
    s.rect(LEFT + 300, 89, 24, 11, LATER, b.date().toString());
    s.text(
        LEFT + 330,
        98,
        Shape.Anchor.START,
        12,
        b.date() + (en ? " (later, thick bar)" : " (senare, tjock stapel)"));
    s.text(
        LEFT,
        118,
        Shape.Anchor.START,
        12,
        en ? "▲ higher, ▼ lower, = unchanged" : "▲ högre, ▼ lägre, = oförändrad",
        SpiderChart.MUTED);
    s.end();
    double x0 = LEFT + LABEL_WIDTH;
    int steps = scale.itemMax() - scale.itemMin() + 1;
    s.begin("grid");
    for (int step = 0; step <= steps; step++) {
      double gx = x0 + BAR_WIDTH * step / (double) steps;
      s.text(
          gx,
          144,
          Shape.Anchor.MIDDLE,
          10,
          Integer.toString(scale.itemMin() - 1 + step),
          "#757575");
      s.line(gx, 148, gx, bottom + 4, "#e0e0e0", 1);
    }
    s.end();
    double y = 150;
    for (FidelitySection section : scale.sections()) {
      y += 22;
      s.text(
          LEFT,
          y,
          Shape.Anchor.START,
          13,
          Sketch.fit(section.name().in(language), 13, LABEL_WIDTH));
      for (FidelityItem item : scale.itemsIn(section.code())) {
        List<String> name = Sketch.wrap(label(item, language), 11, LABEL_WIDTH - 14, 3);
        y += 24;
        s.begin("item", Map.of("number", Integer.toString(item.number())));
        for (int l = 0; l < name.size(); l++) {
          s.text(LEFT + 12, y + l * 13, Shape.Anchor.START, 11, name.get(l));
        }
        OptionalInt from = a.score(item.number());
        OptionalInt to = b.score(item.number());
        if (from.isPresent()) {
          s.rect(
              x0,
              y - 14,
              BAR_WIDTH * (from.getAsInt() - scale.itemMin() + 1) / (double) steps,
              5,
              EARLIER,
              a.date() + ": " + from.getAsInt());
        }
        if (to.isPresent()) {
          s.rect(
              x0,
              y - 7,
              BAR_WIDTH * (to.getAsInt() - scale.itemMin() + 1) / (double) steps,
              10,
              LATER,
              b.date() + ": " + to.getAsInt());
        }
        s.text(
            x0 + BAR_WIDTH + 8,
            y,
            Shape.Anchor.START,
            11,
            score(a, item, en) + " → " + score(b, item, en) + mark(from, to));
        s.end();
        y += (name.size() - 1) * 13;
      }
    }
    return s.done();
  }

  private static String label(FidelityItem item, Language language) {
    return item.number() + ". " + item.name().in(language);
  }

  private static String total(ReviewResult r, Language language) {
    return r.date()
        + " "
        + (r.total().isPresent()
            ? r.total().getAsInt()
                + "/"
                + r.maximum()
                + r.band().map(x -> " " + x.label().in(language)).orElse("")
            : (language == Language.EN ? "draft" : "utkast"));
  }

  private static String score(ReviewResult r, FidelityItem item, boolean en) {
    OptionalInt s = r.score(item.number());
    return s.isPresent() ? Integer.toString(s.getAsInt()) : "–";
  }

  private static String mark(OptionalInt from, OptionalInt to) {
    if (from.isEmpty() || to.isEmpty()) {
      return "";
    }
    int d = to.getAsInt() - from.getAsInt();
    return d > 0 ? " ▲" : d < 0 ? " ▼" : " =";
  }
}
