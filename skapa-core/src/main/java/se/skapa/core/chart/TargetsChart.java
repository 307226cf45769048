package se.skapa.core.chart;

import java.util.List;
import java.util.Map;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.Target;

/**
 * Outcomes against their targets: one bar per target with the actual value, a black mark at the
 * target and the verdict written out ({@code uppnått}/{@code ej uppnått}), so met and not met are
 * read from the words and a marker, not from colour alone. Shares are drawn on 0–100 %; a count
 * (participants per staff) on its own axis.
 */
public final class TargetsChart {

  private static final int LEFT = 20;
  private static final int LABEL_WIDTH = 300;
  private static final int BAR = 300;
  private static final int ROW = 46;
  private static final int WIDTH = LEFT + LABEL_WIDTH + BAR + 180;
  private static final String MET = SpiderChart.LATEST;
  private static final String NOT_MET = SpiderChart.FIRST;

  private TargetsChart() {}

  /**
   * The targets as SVG; see {@link #draw}.
   *
   * @param report the outcome report; not null
   * @param targets the targets it is read against; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String render(OutcomeReport report, List<Target> targets, Language language) {
    return draw(report, targets, language).toSvg();
  }

  /**
   * Targets held against a report, as geometry.
   *
   * @throws NullPointerException if an argument is null
   * @param report the outcome report; not null
   * @param targets the targets it is read against; not null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing draw(OutcomeReport report, List<Target> targets, Language language) {
    boolean en = language == Language.EN;
    String title = en ? "Outcomes against targets" : "Utfall mot mål";
    String period = report.from() + " – " + report.to();
    StringBuilder words = new StringBuilder();
    for (Target t : targets) {
      Target.Evaluation e = t.evaluate(report);
      words
          .append(t.metric().label().in(language))
          .append(": ")
          .append(
              e.actual().isPresent()
                  ? t.metric().show(e.actual().getAsDouble(), 1, language)
                  : (en ? "no value" : "inget värde"))
          .append(en ? ", target " : ", mål ")
          .append(t.atLeast() ? "≥ " : "≤ ")
          .append(t.metric().show(t.value(), 0, language))
          .append(", ")
          .append(verdict(e, en))
          .append("; ");
    }
    String desc = title + " " + period + ". " + words.toString().strip();
    int height = 110 + Math.max(1, targets.size()) * ROW + 20;
    Sketch s = new Sketch(WIDTH, height, title + " " + period, desc);
    s.text(LEFT, 30, Shape.Anchor.START, 18, title);
    s.text(LEFT, 52, Shape.Anchor.START, 13, period, SpiderChart.MUTED);
    s.begin("legend");
    s.rect(LEFT, 66, 12, 12, MET, en ? "met" : "uppnått");
    s.text(LEFT + 18, 77, Shape.Anchor.START, 12, en ? "met" : "uppnått");
    s.rect(LEFT + 110, 66, 12, 12, NOT_MET, en ? "not met" : "ej uppnått");
    s.text(LEFT + 128, 77, Shape.Anchor.START, 12, en ? "not met" : "ej uppnått");
    s.line(LEFT + 240, 64, LEFT + 240, 80, "#000000", 3);
    s.text(LEFT + 248, 77, Shape.Anchor.START, 12, en ? "target" : "mål");
    s.end();
    double y = 100;
    for (Target t : targets) {
      Target.Evaluation e = t.evaluate(report);
      double max = t.metric().isShare() ? 1 : Math.max(t.value(), e.actual().orElse(0)) * 1.25;
      s.begin("target", Map.of("metric", t.metric().name()));
      List<String> label = Sketch.wrap(t.metric().label().in(language), 12, LABEL_WIDTH - 10, 2);
      for (int l = 0; l < label.size(); l++) {
        s.text(LEFT, y + 14 + l * 14, Shape.Anchor.START, 12, label.get(l));
      }
      double x0 = LEFT + LABEL_WIDTH;
      s.rect(x0, y + 2, BAR, 18, "#f0f0f0", "0–" + t.metric().show(max, 0, language));
      if (e.actual().isPresent()) {
        double w = BAR * Math.min(1, e.actual().getAsDouble() / max);
        s.rect(
            x0,
            y + 2,
            w,
            18,
            e.met() ? MET : NOT_MET,
            t.metric().show(e.actual().getAsDouble(), 1, language));
      }
      double tx = x0 + BAR * Math.min(1, t.value() / max);
      s.line(tx, y - 2, tx, y + 24, "#000000", 3);
      s.text(
          tx,
          y + 36,
          Shape.Anchor.MIDDLE,
          10,
          (t.atLeast() ? "≥ " : "≤ ") + t.metric().show(t.value(), 0, language),
          SpiderChart.MUTED);
      s.text(
          x0 + BAR + 10,
          y + 16,
          Shape.Anchor.START,
          12,
          (e.actual().isPresent() ? t.metric().show(e.actual().getAsDouble(), 1, language) : "–")
              + " · "
              + verdict(e, en));
      s.end();
      y += ROW;
    }
    return s.done();
  }

  private static String verdict(Target.Evaluation e, boolean en) {
    return e.met() ? (en ? "met" : "uppnått") : (en ? "not met" : "ej uppnått");
  }
}
