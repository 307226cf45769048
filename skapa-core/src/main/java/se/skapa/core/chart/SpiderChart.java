package se.skapa.core.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.common.ValidationException;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.CohortIndicator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.Scale;

/**
 * The SKAPA spider (SKAPA-spindeln): a radar chart with one axis per indicator and one line per
 * measurement. Each score is drawn at its share of its own scale, so indicators on different scales
 * share one chart; the centre is each scale's lowest value and the edge its highest, as the chart
 * says. A missing answer is a break in the line, never a zero, and the legend says so.
 *
 * <p>First and latest are told apart by colour (from a palette readers with colour blindness tell
 * apart, no red or green) and by a second cue: line style and marker shape. Output is
 * deterministic: equal input, equal bytes.
 */
public final class SpiderChart {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 660;
  private static final double CX = 350;
  private static final double CY = 360;
  private static final double RADIUS = 180;
  private static final double LEGEND_X = 640;
  private static final int LABEL_SIZE = 12;
  private static final double LABEL_WIDTH = 150;

  /** Okabe–Ito: blue and orange are told apart with every common colour-vision deficiency. */
  static final String LATEST = "#0072B2";

  static final String FIRST = "#E69F00";
  static final String BETWEEN = "#8c8c8c";
  static final String MUTED = "#555555";

  /** Okabe–Ito bluish green: the other respondent's ratings, dotted with square markers. */
  static final String OTHER = "#009E73";

  private enum Marker {
    CIRCLE,
    SQUARE
  }

  private record Series(
      String group,
      Map<String, String> data,
      double[] share,
      boolean[] present,
      String colour,
      double width,
      Shape.Dash dash,
      Marker marker,
      String label) {}

  private SpiderChart() {}

  /**
   * Renders the measurements of one respondent as SVG.
   *
   * @see #draw(Instrument, Respondent, List, Language)
   * @param instrument the instrument; not null
   * @param respondent whose ratings; not null
   * @param measurements any order; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String render(
      Instrument instrument,
      Respondent respondent,
      List<Measurement> measurements,
      Language language) {
    return draw(instrument, respondent, measurements, language).toSvg();
  }

  /**
   * The measurements of one respondent as geometry, for SVG or print.
   *
   * @param measurements any order; those of other respondents are ignored
   * @throws ValidationException if the respondent rates fewer than three indicators (a radar needs
   *     three axes) or there is no measurement of the respondent
   * @throws NullPointerException if an argument is null
   * @param instrument the instrument; not null
   * @param respondent whose ratings to draw; not null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing draw(
      Instrument instrument,
      Respondent respondent,
      List<Measurement> measurements,
      Language language) {
    List<Indicator> axes = axes(instrument, respondent);
    List<Measurement> ordered =
        new ArrayList<>(measurements.stream().filter(m -> m.respondent() == respondent).toList());
    if (ordered.isEmpty()) {
      throw ValidationException.of(
          "/measurements", "non-empty", "no measurement by " + respondent + " to draw");
    }
    ordered.sort(Comparator.comparing(Measurement::date));
    boolean en = language == Language.EN;
    LocalDate first = ordered.get(0).date();
    LocalDate latest = ordered.get(ordered.size() - 1).date();
    List<Series> series = new ArrayList<>();
    boolean gaps = false;
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < ordered.size(); i++) {
      Measurement m = ordered.get(i);
      boolean isLatest = i == ordered.size() - 1 && ordered.size() > 1;
      boolean isFirst = i == 0;
      int n = axes.size();
      double[] share = new double[n];
      boolean[] present = new boolean[n];
      values.append(m.date()).append(':');
      for (int a = 0; a < n; a++) {
        Answer answer = m.answer(axes.get(a).key());
        present[a] = answer.isAnswered();
        gaps |= !present[a];
        share[a] = present[a] ? axes.get(a).scale().share(answer.scoreOrThrow()) : 0;
        values
            .append(' ')
            .append(axes.get(a).labels().in(language))
            .append(' ')
            .append(
                present[a]
                    ? Integer.toString(answer.scoreOrThrow())
                    : en ? "not answered" : "obesvarad")
            .append(a < n - 1 ? "," : ";");
      }
      values.append(' ');
      String tag =
          isLatest
              ? (en ? " (latest)" : " (senaste)")
              : isFirst && ordered.size() > 1 ? (en ? " (first)" : " (första)") : "";
      Map<String, String> data = Map.of("date", m.date().toString());
      if (isLatest || ordered.size() == 1) {
        series.add(
            new Series(
                "measurement",
                data,
                share,
                present,
                LATEST,
                3,
                Shape.Dash.SOLID,
                Marker.CIRCLE,
                m.date() + tag));
      } else if (isFirst) {
        series.add(
            new Series(
                "measurement",
                data,
                share,
                present,
                FIRST,
                3,
                Shape.Dash.DASHED,
                Marker.SQUARE,
                m.date() + tag));
      } else {
        series.add(
            new Series(
                "measurement",
                data,
                share,
                present,
                BETWEEN,
                1.5,
                Shape.Dash.DOTTED,
                Marker.CIRCLE,
                m.date().toString()));
      }
    }
    // The other respondent's ratings: on the chart's own axes (indicators both rate) as a series of
    // its own, the rest written under the legend, so the handledare's view sits beside the
    // participant's.
    Respondent other =
        respondent == Respondent.PARTICIPANT ? Respondent.HANDLEDARE : Respondent.PARTICIPANT;
    List<Measurement> others =
        measurements.stream()
            .filter(m -> m.respondent() == other)
            .sorted(Comparator.comparing(Measurement::date))
            .toList();
    List<String> notes = new ArrayList<>();
    if (!others.isEmpty()) {
      Measurement o = others.get(others.size() - 1);
      int n = axes.size();
      double[] share = new double[n];
      boolean[] present = new boolean[n];
      boolean any = false;
      for (int a = 0; a < n; a++) {
        Answer answer = o.answer(axes.get(a).key());
        present[a] = answer.isAnswered() && axes.get(a).ratedBy().allows(other);
        any |= present[a];
        share[a] = present[a] ? axes.get(a).scale().share(answer.scoreOrThrow()) : 0;
      }
      String label = other.label().in(language) + " " + o.date();
      if (any) {
        series.add(
            new Series(
                "other-respondent",
                Map.of("date", o.date().toString()),
                share,
                present,
                OTHER,
                2,
                Shape.Dash.DOTTED,
                Marker.SQUARE,
                label));
      }
      for (Indicator indicator : instrument.indicatorsFor(other)) {
        Answer answer = o.answer(indicator.key());
        if (!axes.contains(indicator) && answer.isAnswered()) {
          int score = answer.scoreOrThrow();
          notes.add(
              label
                  + ": "
                  + indicator.labels().in(language)
                  + " "
                  + score
                  + (en ? " of " : " av ")
                  + indicator.scale().max()
                  + indicator
                      .scale()
                      .anchor(score)
                      .map(t -> " (" + t.in(language) + ")")
                      .orElse(""));
        }
      }
      values.append(String.join("; ", notes)).append(notes.isEmpty() ? "" : "; ");
    }
    String who = ordered.get(0).participant().toString();
    String title = (en ? "SKAPA spider: " : "SKAPA-spindeln: ") + who;
    String period = ordered.size() == 1 ? first.toString() : first + " – " + latest;
    String subtitle =
        respondent.label().in(language)
            + " · "
            + period
            + " · "
            + ordered.size()
            + (en
                ? ordered.size() == 1 ? " measurement" : " measurements"
                : ordered.size() == 1 ? " mätning" : " mätningar");
    String desc =
        (en
                ? "Radar chart of "
                    + instrument.names().en()
                    + " for "
                    + who
                    + ", "
                    + subtitle
                    + ". One axis per indicator; the centre is the scale's lowest value and the edge its highest. Scores: "
                : "Spindeldiagram över "
                    + instrument.names().sv()
                    + " för "
                    + who
                    + ", "
                    + subtitle
                    + ". En axel per indikator; mitten är skalans lägsta värde och ytterkanten dess högsta. Poäng: ")
            + values.toString().strip();
    return chart(
        instrument,
        axes,
        series,
        title,
        subtitle,
        en ? "Measurements" : "Mätningar",
        gaps,
        desc,
        notes,
        language);
  }

  /**
   * The group-average spider of a service as SVG.
   *
   * @see #drawCohort(Instrument, CohortReport, String, Language)
   * @param instrument the instrument; not null
   * @param report the cohort report; not null
   * @param service the service's name; not null
   * @param language the reader's language; not null
   * @return an SVG document
   */
  public static String renderCohort(
      Instrument instrument, CohortReport report, String service, Language language) {
    return drawCohort(instrument, report, service, language).toSvg();
  }

  /**
   * The group-average spider of a service: per indicator, the mean first and the mean latest answer
   * of the participants who answered it at least twice; the number of them is on the chart. An
   * indicator nobody answered twice is a gap.
   *
   * @param report the service's cohort report; not null
   * @param service the service's name, for the title; blank for none; not null
   * @throws ValidationException if the report's respondent rates fewer than three indicators
   * @param instrument the instrument; not null
   * @param language the reader's language; not null
   * @return the chart
   */
  public static Drawing drawCohort(
      Instrument instrument, CohortReport report, String service, Language language) {
    List<Indicator> axes = axes(instrument, report.respondent());
    boolean en = language == Language.EN;
    int n = axes.size();
    double[] first = new double[n];
    double[] latest = new double[n];
    boolean[] present = new boolean[n];
    boolean gaps = false;
    int most = 0;
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Indicator axis = axes.get(i);
      CohortIndicator c =
          report.indicators().stream()
              .filter(x -> x.key().equals(axis.key()))
              .findFirst()
              .orElse(null);
      present[i] = c != null && c.participants() > 0;
      gaps |= !present[i];
      if (c != null && present[i]) {
        first[i] = axis.scale().share(c.meanFirst());
        latest[i] = axis.scale().share(c.meanLatest());
        most = Math.max(most, c.participants());
        values
            .append(axis.labels().in(language))
            .append(' ')
            .append(Numbers.decimal(c.meanFirst(), 1, language))
            .append(en ? " to " : " till ")
            .append(Numbers.decimal(c.meanLatest(), 1, language))
            .append(" (n = ")
            .append(c.participants())
            .append("); ");
      }
    }
    String title =
        (en ? "SKAPA spider, group means" : "SKAPA-spindeln, gruppens medelvärden")
            + (service.isBlank() ? "" : ": " + service)
            + " (n = "
            + most
            + ")";
    String subtitle =
        report.respondent().label().in(language)
            + " · "
            + (en ? "as of " : "per ")
            + report.asOf()
            + " · n = "
            + most
            + (en
                ? " participants with two or more measurements"
                : " deltagare med minst två mätningar");
    String desc =
        (en
                ? "Mean first and mean latest "
                    + report.respondent().label().en().toLowerCase(Locale.ROOT)
                    + " per indicator, as of "
                    + report.asOf()
                    + ", over participants with at least two answers; "
                    + "the centre is the scale's lowest value and the edge its highest: "
                : "Medelvärde av första och senaste "
                    + report.respondent().label().sv().toLowerCase(Locale.ROOT)
                    + " per indikator, per "
                    + report.asOf()
                    + ", bland deltagare med minst två svar; "
                    + "mitten är skalans lägsta värde och ytterkanten dess högsta: ")
            + values.toString().strip();
    List<Series> series =
        List.of(
            new Series(
                "mean-first",
                Map.of(),
                first,
                present,
                FIRST,
                3,
                Shape.Dash.DASHED,
                Marker.SQUARE,
                en ? "mean of first measurements" : "medel av första mätningen"),
            new Series(
                "mean-latest",
                Map.of(),
                latest,
                present,
                LATEST,
                3,
                Shape.Dash.SOLID,
                Marker.CIRCLE,
                en ? "mean of latest measurements" : "medel av senaste mätningen"));
    return chart(
        instrument,
        axes,
        series,
        title,
        subtitle,
        (en ? "Group means, n = " : "Gruppens medel, n = ") + most,
        gaps,
        desc,
        List.of(),
        language);
  }

  private static List<Indicator> axes(Instrument instrument, Respondent respondent) {
    List<Indicator> axes = instrument.indicatorsFor(respondent);
    if (axes.size() < 3) {
      throw ValidationException.of(
          "/respondent",
          "chart-axes",
          "a spider chart needs at least three indicators; "
              + instrument
              + " has "
              + axes.size()
              + " rated by "
              + respondent);
    }
    return axes;
  }

  private static Drawing chart(
      Instrument instrument,
      List<Indicator> axes,
      List<Series> series,
      String title,
      String subtitle,
      String legendTitle,
      boolean gaps,
      String desc,
      List<String> notes,
      Language language) {
    boolean en = language == Language.EN;
    Sketch s = new Sketch(WIDTH, HEIGHT, title, desc);
    s.text(20, 32, Shape.Anchor.START, 18, Sketch.fit(title, 18, WIDTH - 40));
    s.text(
        20,
        54,
        Shape.Anchor.START,
        13,
        Sketch.fit(instrument.names().in(language), 13, WIDTH - 40),
        MUTED);
    s.text(20, 72, Shape.Anchor.START, 13, Sketch.fit(subtitle, 13, WIDTH - 40), MUTED);
    rings(s, axes);
    axesWithLabels(s, axes, language);
    for (Series one : series) {
      polygon(s, one);
    }
    s.begin("legend");
    double y = 120;
    s.text(LEGEND_X, y, Shape.Anchor.START, 13, Sketch.fit(legendTitle, 13, WIDTH - LEGEND_X - 10));
    for (Series one : series) {
      y += 22;
      s.line(LEGEND_X, y - 4, LEGEND_X + 30, y - 4, one.colour(), one.width(), one.dash());
      marker(s, LEGEND_X + 15, y - 4, one);
      s.text(
          LEGEND_X + 38,
          y,
          Shape.Anchor.START,
          12,
          Sketch.fit(one.label(), 12, WIDTH - LEGEND_X - 48));
    }
    y += 10;
    for (String note : notes) {
      for (String line : Sketch.wrap(note, 11, WIDTH - LEGEND_X - 10, 4)) {
        y += 15;
        s.text(LEGEND_X, y, Shape.Anchor.START, 11, line, MUTED);
      }
      y += 6;
    }
    s.end();
    s.begin("notes");
    double note = HEIGHT - (gaps ? 44 : 24);
    s.text(
        20,
        note,
        Shape.Anchor.START,
        12,
        en
            ? "Centre = the scale's lowest value, edge = its highest."
            : "Mitten = skalans lägsta värde, ytterkanten = dess högsta.",
        MUTED);
    if (gaps) {
      s.text(
          20,
          note + 20,
          Shape.Anchor.START,
          12,
          en
              ? "A break in a line = a question not answered (not a zero)."
              : "Ett avbrott i en linje = en obesvarad fråga (inte en nolla).",
          MUTED);
    }
    s.end();
    return s.done();
  }

  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  private static double x(double share, int i, int n) {
    return CX + RADIUS * share * Math.cos(angle(i, n));
  }

  private static double y(double share, int i, int n) {
    return CY + RADIUS * share * Math.sin(angle(i, n));
  }

  private static void rings(Sketch s, List<Indicator> axes) {
    Scale common = axes.get(0).scale();
    boolean shared = axes.stream().allMatch(a -> a.scale().equals(common)) && common.range() <= 10;
    int n = axes.size();
    int steps = shared ? common.range() : 4;
    s.begin("rings");
    for (int step = 1; step <= steps; step++) {
      double share = step / (double) steps;
      List<Double> points = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        points.add(x(share, i, n));
        points.add(y(share, i, n));
      }
      s.outline(points, "#d0d0d0");
    }
    s.end();
    s.begin("ring-values");
    for (int step = 0; step <= steps; step++) {
      double share = step / (double) steps;
      String value = shared ? Integer.toString(common.min() + step) : (step * 100 / steps) + " %";
      s.text(CX + 4, CY - RADIUS * share - 2, Shape.Anchor.START, 10, value, "#757575");
    }
    s.end();
  }

  private static void axesWithLabels(Sketch s, List<Indicator> axes, Language language) {
    int n = axes.size();
    s.begin("axes");
    for (int i = 0; i < n; i++) {
      s.line(CX, CY, x(1, i, n), y(1, i, n), "#9e9e9e", 1);
    }
    s.end();
    s.begin("axis-labels");
    for (int i = 0; i < n; i++) {
      double lx = x(1.1, i, n);
      double ly = y(1.1, i, n);
      Shape.Anchor anchor =
          Math.abs(lx - CX) < 5
              ? Shape.Anchor.MIDDLE
              : lx > CX ? Shape.Anchor.START : Shape.Anchor.END;
      List<String> lines =
          Sketch.wrap(axes.get(i).labels().in(language), LABEL_SIZE, LABEL_WIDTH, 3);
      // Labels above the centre grow upwards, below it downwards, so none runs into the rings.
      double top =
          ly < CY - 5
              ? ly - (lines.size() - 1) * 14
              : ly + (Math.abs(ly - CY) < 5 ? 4 - (lines.size() - 1) * 7 : 10);
      for (int l = 0; l < lines.size(); l++) {
        s.text(lx, top + l * 14, anchor, LABEL_SIZE, lines.get(l));
      }
    }
    s.end();
  }

  private static void polygon(Sketch s, Series series) {
    double[] share = series.share();
    boolean[] present = series.present();
    int n = share.length;
    s.begin(series.group(), series.data());
    // Segments join neighbouring answered axes only: a missing answer breaks the line.
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      if (present[i] && present[j]) {
        s.line(
            x(share[i], i, n),
            y(share[i], i, n),
            x(share[j], j, n),
            y(share[j], j, n),
            series.colour(),
            series.width(),
            series.dash());
      }
    }
    for (int i = 0; i < n; i++) {
      if (present[i]) {
        marker(s, x(share[i], i, n), y(share[i], i, n), series);
      }
    }
    s.end();
  }

  private static void marker(Sketch s, double x, double y, Series series) {
    double r = series.width() + 1;
    if (series.marker() == Marker.SQUARE) {
      s.rect(x - r, y - r, 2 * r, 2 * r, series.colour(), series.label());
    } else {
      s.circle(x, y, r, series.colour(), series.colour());
    }
  }
}
