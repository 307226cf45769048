package se.skapa.core.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.register.IpsOutcomeTerms;

/**
 * IPS's outcome and its fidelity on one timeline: per quarter a bar for the share of served
 * participants who worked competitively, IPS Employment Center's benchmarks as dashed lines named
 * in words, and the latest final fidelity total under each quarter. A quarter without a share (no
 * one served, or withheld from an analyst) says so in words instead of a bar.
 */
public final class IpsOutcomesChart {

  private static final int LEFT = 70;
  private static final int TOP = 100;
  private static final int PLOT_HEIGHT = 240;
  private static final int RIGHT_LABELS = 150;
  private static final int MIN_STEP = 64;
  private static final String BAR = SpiderChart.LATEST;

  private IpsOutcomesChart() {}

  /**
   * One quarter.
   *
   * @param quarter its name, e.g. {@code 2026-Q1}
   * @param worked the share who worked competitively, 0–1; empty when there is none to show
   * @param missing what to write instead of a bar when {@code worked} is empty, e.g. {@code < 5}
   * @param fidelity the latest final fidelity total by the quarter's end, e.g. {@code 98/125}
   */
  public record Quarter(
      String quarter, OptionalDouble worked, String missing, Optional<String> fidelity) {
    /**
     * @param quarter the name; not null
     * @param worked the share; not null
     * @param missing the words for no bar; not null
     * @param fidelity the fidelity total; not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the share is outside 0–1
     */
    public Quarter {
      Objects.requireNonNull(quarter, "quarter");
      Objects.requireNonNull(worked, "worked");
      Objects.requireNonNull(missing, "missing");
      Objects.requireNonNull(fidelity, "fidelity");
      if (worked.isPresent() && !(worked.getAsDouble() >= 0 && worked.getAsDouble() <= 1)) {
        throw new IllegalArgumentException("a share is 0–1, got " + worked.getAsDouble());
      }
    }
  }

  /**
   * The quarters as SVG; see {@link #draw}.
   *
   * @param quarters the quarters, in order; not null
   * @param terms the benchmarks; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String render(List<Quarter> quarters, IpsOutcomeTerms terms, Language language) {
    return draw(quarters, terms, language).toSvg();
  }

  /**
   * @param quarters the quarters, in order; not null
   * @param terms the benchmarks; not null
   * @param language the reader's language; not null
   * @return the chart
   * @throws NullPointerException if an argument is null
   */
  public static Drawing draw(List<Quarter> quarters, IpsOutcomeTerms terms, Language language) {
    Objects.requireNonNull(terms, "terms");
    boolean en = language == Language.EN;
    String title =
        en
            ? "IPS outcomes per quarter, beside fidelity"
            : "IPS-resultat per kvartal, bredvid programtroheten";
    String period =
        quarters.isEmpty()
            ? ""
            : quarters.get(0).quarter() + " – " + quarters.get(quarters.size() - 1).quarter();
    StringBuilder words = new StringBuilder();
    for (Quarter q : quarters) {
      words
          .append(q.quarter())
          .append(": ")
          .append(
              q.worked().isPresent()
                  ? Numbers.percent(q.worked().getAsDouble(), 1, language)
                  : q.missing())
          .append(q.fidelity().map(f -> (en ? ", fidelity " : ", programtrohet ") + f).orElse(""))
          .append("; ");
    }
    String benchmarks =
        (en ? "Benchmarks " : "Riktmärken ")
            + Numbers.percent(terms.minimal(), 0, language)
            + ", "
            + Numbers.percent(terms.average(), 0, language)
            + ", "
            + Numbers.percent(terms.excellent(), 0, language)
            + ".";
    String desc = title + " " + period + ". " + words.toString().strip() + " " + benchmarks;
    int step = MIN_STEP + (quarters.size() <= 4 ? 40 : 0);
    int width = LEFT + Math.max(4, quarters.size()) * step + RIGHT_LABELS;
    int height = TOP + PLOT_HEIGHT + 70;
    Sketch s = new Sketch(width, height, title + " " + period, desc);
    s.text(20, 30, Shape.Anchor.START, 16, Sketch.fit(title, 16, width - 40));
    s.text(20, 52, Shape.Anchor.START, 13, period, SpiderChart.MUTED);
    s.begin("legend");
    s.rect(20, 66, 12, 12, BAR, en ? "worked competitively" : "arbetat på öppna marknaden");
    s.text(
        38, 77, Shape.Anchor.START, 12, en ? "worked competitively" : "arbetat på öppna marknaden");
    s.line(260, 72, 290, 72, "#000000", 1.5, Shape.Dash.DASHED);
    s.text(296, 77, Shape.Anchor.START, 12, en ? "IPS benchmarks" : "IPS-riktmärken");
    s.end();
    double bottom = TOP + PLOT_HEIGHT;
    double right = width - RIGHT_LABELS;
    s.begin("axis");
    for (int pct = 0; pct <= 100; pct += 25) {
      double y = bottom - PLOT_HEIGHT * pct / 100.0;
      s.line(LEFT, y, right, y, "#e0e0e0", 1);
      s.text(LEFT - 6, y + 4, Shape.Anchor.END, 11, Numbers.percent(pct / 100.0, 0, language));
    }
    s.end();
    s.begin("benchmarks");
    double[] shares = {terms.minimal(), terms.average(), terms.excellent()};
    String[] names =
        en
            ? new String[] {"minimal", "average", "excellent"}
            : new String[] {"lägsta", "genomsnitt", "utmärkt"};
    for (int i = 0; i < shares.length; i++) {
      double share = shares[i];
      double y = bottom - PLOT_HEIGHT * share;
      s.line(LEFT, y, right, y, "#000000", 1.5, Shape.Dash.DASHED);
      s.text(
          right + 6,
          y + 4,
          Shape.Anchor.START,
          11,
          Numbers.percent(share, 0, language) + " " + names[i]);
    }
    s.end();
    double x = LEFT;
    for (Quarter q : quarters) {
      s.begin("quarter", Map.of("quarter", q.quarter()));
      double mid = x + step / 2.0;
      if (q.worked().isPresent()) {
        double share = q.worked().getAsDouble();
        double h = PLOT_HEIGHT * share;
        String value = Numbers.percent(share, 1, language);
        s.rect(mid - step * 0.3, bottom - h, step * 0.6, h, BAR, q.quarter() + ": " + value);
        // Inside a bar tall enough, where no benchmark line crosses it; above a short one.
        if (h >= 22) {
          s.text(mid, bottom - h + 15, Shape.Anchor.MIDDLE, 11, value, "#ffffff");
        } else {
          s.text(mid, bottom - h - 6, Shape.Anchor.MIDDLE, 11, value);
        }
      } else {
        s.text(mid, bottom - 8, Shape.Anchor.MIDDLE, 11, q.missing(), SpiderChart.MUTED);
      }
      s.text(mid, bottom + 18, Shape.Anchor.MIDDLE, 11, q.quarter());
      s.text(
          mid, bottom + 36, Shape.Anchor.MIDDLE, 11, q.fidelity().orElse("–"), SpiderChart.MUTED);
      s.end();
      x += step;
    }
    s.text(
        LEFT,
        bottom + 58,
        Shape.Anchor.START,
        11,
        en
            ? "Under each quarter: the latest final IPS-25 fidelity total by its end"
            : "Under varje kvartal: den senaste slutliga IPS-25-summan vid kvartalets slut",
        SpiderChart.MUTED);
    return s.done();
  }
}
