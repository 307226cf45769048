package se.skapa.core.chart;

import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.socioeconomic.PayerResult;
import se.skapa.core.socioeconomic.SocioeconomicResult;

/**
 * Who gains and who pays, per payer and year: a gain bar (reduced payments, housing support, tax)
 * and a cost bar (wage subsidies, study support) for each payer, each with its value, the net
 * written out, and the service's own cost as a row of its own. The headline figures (public net,
 * society net) are on the image and the parameter set in its subtitle. Amounts use the language's
 * form with a real minus sign.
 */
public final class PayerChart {

  private static final int ROW = 58;
  private static final int LEFT = 250;
  private static final int BAR = 380;
  private static final int WIDTH = LEFT + BAR + 250;
  private static final String GAIN = "#0072B2";
  private static final String COST = "#E69F00";

  private PayerChart() {}

  /**
   * The result as SVG; see {@link #draw}.
   *
   * @param result the calculation's result; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String render(SocioeconomicResult result, Language language) {
    return draw(result, language).toSvg();
  }

  /**
   * The result as geometry, for SVG or print.
   *
   * @throws NullPointerException if an argument is null
   * @param result the calculation's result; not null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing draw(SocioeconomicResult result, Language language) {
    boolean en = language == Language.EN;
    // A payer the moves do not touch (nothing gained, nothing paid) would be an empty row: it is
    // left out.
    java.util.List<PayerResult> involved =
        result.payers().stream()
            .filter(p -> gains(p).value() != 0 || p.costs().value() != 0)
            .toList();
    long max = Math.max(1, result.serviceCostPerYear().value());
    for (PayerResult p : involved) {
      max = Math.max(max, Math.max(gains(p).value(), p.costs().value()));
    }
    long step = step(max);
    max = step * ((max + step - 1) / step);
    int height = 200 + (involved.size() + 1) * ROW + 40;
    String title =
        en ? "Gains and costs per payer and year" : "Vinster och kostnader per aktör och år";
    String subtitle = (en ? "Parameter set: " : "Parameteruppsättning: ") + result.parameterSetId();
    String publicNet =
        (en ? "Public net per year: " : "Offentligt netto per år: ")
            + Numbers.kronor(result.publicNetPerYear().value(), language);
    String societyNet =
        (en ? "Society net per year: " : "Samhällsekonomiskt netto per år: ")
            + Numbers.kronor(result.societyNetPerYear().value(), language);
    StringBuilder rows = new StringBuilder();
    for (PayerResult p : involved) {
      rows.append(p.payer().label().in(language))
          .append(": ")
          .append(en ? "gains " : "vinster ")
          .append(Numbers.kronor(gains(p).value(), language))
          .append(en ? ", costs " : ", kostnader ")
          .append(Numbers.kronor(p.costs().value(), language))
          .append(en ? ", net " : ", netto ")
          .append(Numbers.kronor(p.net().value(), language))
          .append("; ");
    }
    String serviceCost = (en ? "The service's cost per year" : "Insatsens kostnad per år");
    String desc =
        title
            + " ("
            + result.parameterSetId()
            + "). "
            + publicNet
            + ". "
            + societyNet
            + ". "
            + rows
            + serviceCost
            + ": "
            + Numbers.kronor(result.serviceCostPerYear().value(), language)
            + (en ? ", net " : ", netto ")
            + Numbers.kronor(-result.serviceCostPerYear().value(), language)
            + ".";
    Sketch s = new Sketch(WIDTH, height, title, desc);
    s.text(20, 30, Shape.Anchor.START, 18, title);
    s.text(20, 52, Shape.Anchor.START, 13, Sketch.fit(subtitle, 13, WIDTH - 40), SpiderChart.MUTED);
    s.begin("headline");
    s.text(20, 82, Shape.Anchor.START, 15, publicNet);
    s.text(20, 104, Shape.Anchor.START, 15, societyNet);
    s.end();
    s.begin("legend");
    s.rect(LEFT, 122, 12, 12, GAIN, en ? "gains" : "vinster");
    s.text(
        LEFT + 18,
        133,
        Shape.Anchor.START,
        12,
        en
            ? "gains: reduced payments, housing support, tax"
            : "vinster: minskade utbetalningar, boendestöd, skatt");
    s.rect(LEFT, 140, 12, 12, COST, en ? "costs" : "kostnader");
    s.text(
        LEFT + 18,
        151,
        Shape.Anchor.START,
        12,
        en
            ? "costs: wage subsidies, study support, the service"
            : "kostnader: lönebidrag, studiemedel, insatsen");
    s.end();
    double y = 176;
    axis(s, y - 8, height - 34, max, step, language);
    for (PayerResult p : involved) {
      row(s, y, p.payer().label().in(language), gains(p), p.costs(), p.net(), max, language);
      y += ROW;
    }
    row(
        s,
        y,
        serviceCost,
        Kronor.ZERO,
        result.serviceCostPerYear(),
        result.serviceCostPerYear().negate(),
        max,
        language);
    return s.done();
  }

  private static void row(
      Sketch s,
      double y,
      String label,
      Kronor gain,
      Kronor cost,
      Kronor net,
      long max,
      Language language) {
    boolean en = language == Language.EN;
    s.begin("payer", java.util.Map.of("name", label));
    java.util.List<String> lines = Sketch.wrap(label, 13, LEFT - 30, 2);
    for (int l = 0; l < lines.size(); l++) {
      s.text(20, y + 14 + l * 15, Shape.Anchor.START, 13, lines.get(l));
    }
    bar(
        s,
        y,
        gain,
        GAIN,
        (en ? "Gains " : "Vinster ") + Numbers.kronor(gain.value(), language),
        max,
        language);
    bar(
        s,
        y + 22,
        cost,
        COST,
        (en ? "Costs " : "Kostnader ") + Numbers.kronor(cost.value(), language),
        max,
        language);
    s.text(
        WIDTH - 12,
        y + 26,
        Shape.Anchor.END,
        13,
        (en ? "net " : "netto ") + Numbers.kronor(net.value(), language));
    s.end();
  }

  private static void bar(
      Sketch s, double y, Kronor amount, String fill, String title, long max, Language language) {
    double w = BAR * amount.value() / (double) max;
    s.rect(LEFT, y, w, 18, fill, title);
    s.text(LEFT + w + 6, y + 14, Shape.Anchor.START, 11, Numbers.kronor(amount.value(), language));
  }

  /** A kronor axis with round ticks, so bar lengths can be read without their labels. */
  private static void axis(
      Sketch s, double top, double bottom, long max, long step, Language language) {
    s.begin("axis");
    for (long t = 0; t <= max; t += step) {
      double x = LEFT + BAR * t / (double) max;
      s.line(x, top, x, bottom, "#e0e0e0", 1);
      s.text(x, bottom + 14, Shape.Anchor.MIDDLE, 10, Numbers.kronor(t, language), "#757575");
    }
    s.end();
  }

  /**
   * A round tick step (1, 2 or 5 times a power of ten) giving at most five steps up to {@code max}.
   */
  static long step(long max) {
    long power = 1;
    while (power * 10 <= max / 5) {
      power *= 10;
    }
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (power * factor * 5 >= max) {
        return power * factor;
      }
    }
    return power * 10;
  }

  private static Kronor gains(PayerResult p) {
    return p.reducedPayments().plus(p.housingSupport()).plus(p.taxRevenue());
  }
}
