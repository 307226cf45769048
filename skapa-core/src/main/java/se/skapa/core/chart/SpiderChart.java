package se.skapa.core.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.skapa.core.common.Language;
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
 * measurement. Each score is drawn at its share of its own scale, so indicators on different
 * scales share one chart. A missing answer is a gap in the line, never a zero. The first and
 * latest measurements are drawn emphasised. Output is deterministic: equal input, equal bytes.
 */
public final class SpiderChart {

    private static final int WIDTH = 980;
    private static final int HEIGHT = 640;
    private static final double CX = 420;
    private static final double CY = 320;
    private static final double RADIUS = 200;
    private static final String[] PALETTE = {"#9e9e9e", "#7cb342", "#00897b", "#5e35b1", "#f4511e", "#6d4c41"};
    private static final String FIRST = "#1565c0";
    private static final String LATEST = "#c62828";

    private SpiderChart() {
    }

    /**
     * Renders the measurements of one respondent.
     *
     * @param measurements any order; those of other respondents are ignored
     * @throws ValidationException if the respondent rates fewer than three indicators (a radar needs three axes)
     *                             or there is no measurement of the respondent
     */
    public static String render(Instrument instrument, Respondent respondent, List<Measurement> measurements,
                                Language language) {
        List<Indicator> axes = instrument.indicatorsFor(respondent);
        if (axes.size() < 3) {
            throw ValidationException.of("/respondent", "chart-axes", "a spider chart needs at least three indicators; "
                    + instrument + " has " + axes.size() + " rated by " + respondent);
        }
        List<Measurement> series = new ArrayList<>(measurements.stream().filter(m -> m.respondent() == respondent).toList());
        if (series.isEmpty()) {
            throw ValidationException.of("/measurements", "non-empty", "no measurement by " + respondent + " to draw");
        }
        series.sort(Comparator.comparing(Measurement::date));
        boolean en = language == Language.EN;
        String title = (en ? "SKAPA spider: " : "SKAPA-spindeln: ") + instrument.names().in(language)
                + " – " + series.get(0).participant();
        LocalDate first = series.get(0).date();
        LocalDate latest = series.get(series.size() - 1).date();
        String desc = (en ? series.size() + " measurements (" + respondent.label().en() + ") from " + first + " to " + latest
                + ", one axis per indicator, each on 0-100 % of its own scale; missing answers are gaps."
                : series.size() + " mätningar (" + respondent.label().sv() + ") från " + first + " till " + latest
                + ", en axel per indikator, var och en på 0–100 % av sin egen skala; obesvarade frågor visas som luckor.");
        Svg svg = new Svg(WIDTH, HEIGHT, title, desc);
        rings(svg, axes, language);
        axesWithLabels(svg, axes, language);
        for (int i = 0; i < series.size(); i++) {
            boolean isFirst = i == 0;
            boolean isLatest = i == series.size() - 1;
            String colour = isLatest ? LATEST : isFirst ? FIRST : PALETTE[i % PALETTE.length];
            double width = isFirst || isLatest ? 3 : 1.5;
            polygon(svg, axes, series.get(i), colour, width, isFirst || isLatest ? "" : " stroke-dasharray=\"4 3\"");
        }
        legend(svg, series, language);
        return svg.close();
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

    private static void rings(Svg svg, List<Indicator> axes, Language language) {
        Scale common = axes.get(0).scale();
        boolean shared = axes.stream().allMatch(a -> a.scale().equals(common)) && common.range() <= 10;
        int n = axes.size();
        int steps = shared ? common.range() : 4;
        svg.open("<g class=\"rings\" fill=\"none\" stroke=\"#d0d0d0\">");
        for (int s = 1; s <= steps; s++) {
            double share = s / (double) steps;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                points.append(Svg.num(x(share, i, n))).append(',').append(Svg.num(y(share, i, n))).append(' ');
            }
            svg.raw("<polygon points=\"" + points.toString().trim() + "\"/>");
        }
        svg.open("</g>");
        svg.open("<g class=\"ring-values\" fill=\"#757575\">");
        for (int s = 0; s <= steps; s++) {
            double share = s / (double) steps;
            String value = shared ? Integer.toString(common.min() + s) : (s * 100 / steps) + " %";
            svg.text(CX + 4, CY - RADIUS * share - 2, "start", 10, value);
        }
        svg.open("</g>");
    }

    private static void axesWithLabels(Svg svg, List<Indicator> axes, Language language) {
        int n = axes.size();
        svg.open("<g class=\"axes\">");
        for (int i = 0; i < n; i++) {
            svg.line(CX, CY, x(1, i, n), y(1, i, n), "#9e9e9e", 1);
            double lx = x(1.12, i, n);
            double ly = y(1.12, i, n) + 4;
            String anchor = Math.abs(lx - CX) < 5 ? "middle" : lx > CX ? "start" : "end";
            svg.text(lx, ly, anchor, 12, axes.get(i).labels().in(language));
        }
        svg.open("</g>");
    }

    private static void polygon(Svg svg, List<Indicator> axes, Measurement m, String colour, double width, String dash) {
        int n = axes.size();
        double[] share = new double[n];
        boolean[] answered = new boolean[n];
        for (int i = 0; i < n; i++) {
            Answer a = m.answer(axes.get(i).key());
            answered[i] = a.isAnswered();
            share[i] = answered[i] ? axes.get(i).scale().share(a.scoreOrThrow()) : 0;
        }
        polygon(svg, share, answered, "measurement\" data-date=\"" + m.date(), colour, width, dash);
    }

    /** One series: shares 0–1 per axis, a gap where {@code present} is false. */
    private static void polygon(Svg svg, double[] share, boolean[] present, String group, String colour, double width, String dash) {
        int n = share.length;
        svg.open("<g class=\"" + group + "\">");
        // Segments join neighbouring answered axes only: a missing answer breaks the line.
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (present[i] && present[j]) {
                svg.raw("<line x1=\"" + Svg.num(x(share[i], i, n)) + "\" y1=\"" + Svg.num(y(share[i], i, n))
                        + "\" x2=\"" + Svg.num(x(share[j], j, n)) + "\" y2=\"" + Svg.num(y(share[j], j, n))
                        + "\" stroke=\"" + colour + "\" stroke-width=\"" + Svg.num(width) + "\"" + dash + "/>");
            }
        }
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                svg.circle(x(share[i], i, n), y(share[i], i, n), width + 1, colour, colour);
            }
        }
        svg.open("</g>");
    }

    /**
     * The group-average spider of a service: per indicator, the mean first and the mean latest answer of
     * the participants who answered it at least twice; the number of them is on the chart. An indicator
     * nobody answered twice is a gap.
     *
     * @param report  the service's cohort report; not null
     * @param service the service's name, for the title; not null
     * @throws ValidationException if the report's respondent rates fewer than three indicators
     */
    public static String renderCohort(Instrument instrument, CohortReport report, String service, Language language) {
        List<Indicator> axes = instrument.indicatorsFor(report.respondent());
        if (axes.size() < 3) {
            throw ValidationException.of("/respondent", "chart-axes", "a spider chart needs at least three indicators; "
                    + instrument + " has " + axes.size() + " rated by " + report.respondent());
        }
        boolean en = language == Language.EN;
        int n = axes.size();
        double[] first = new double[n];
        double[] latest = new double[n];
        boolean[] present = new boolean[n];
        int most = 0;
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Indicator axis = axes.get(i);
            CohortIndicator c = report.indicators().stream().filter(x -> x.key().equals(axis.key())).findFirst().orElse(null);
            present[i] = c != null && c.participants() > 0;
            if (present[i]) {
                first[i] = axis.scale().share(c.meanFirst());
                latest[i] = axis.scale().share(c.meanLatest());
                most = Math.max(most, c.participants());
                values.append(axis.labels().in(language)).append(' ').append(one(c.meanFirst(), en)).append(en ? " to " : " till ")
                        .append(one(c.meanLatest(), en)).append(" (n = ").append(c.participants()).append("); ");
            }
        }
        String title = (en ? "SKAPA spider, group means: " : "SKAPA-spindeln, gruppens medelvärden: ") + service + " (n = " + most + ")";
        String desc = (en ? "Mean first and mean latest " + report.respondent().label().en().toLowerCase(java.util.Locale.ROOT)
                + " per indicator, as of " + report.asOf() + ", over participants with at least two answers: "
                : "Medelvärde av första och senaste " + report.respondent().label().sv().toLowerCase(java.util.Locale.ROOT)
                + " per indikator, per " + report.asOf() + ", bland deltagare med minst två svar: ") + values.toString().trim();
        Svg svg = new Svg(WIDTH, HEIGHT, title, desc);
        rings(svg, axes, language);
        axesWithLabels(svg, axes, language);
        polygon(svg, first, present, "mean-first", FIRST, 3, "");
        polygon(svg, latest, present, "mean-latest", LATEST, 3, "");
        double lx = 760;
        double ly = 60;
        svg.open("<g class=\"legend\">");
        svg.text(lx, ly, "start", 13, (en ? "Group means, n = " : "Gruppens medel, n = ") + most);
        svg.line(lx, ly + 18, lx + 24, ly + 18, FIRST, 3);
        svg.text(lx + 30, ly + 22, "start", 12, en ? "first measurement" : "första mätningen");
        svg.line(lx, ly + 38, lx + 24, ly + 38, LATEST, 3);
        svg.text(lx + 30, ly + 42, "start", 12, en ? "latest measurement" : "senaste mätningen");
        svg.open("</g>");
        return svg.close();
    }

    private static String one(double value, boolean en) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", value);
        return en ? s : s.replace('.', ',');
    }

    private static void legend(Svg svg, List<Measurement> series, Language language) {
        double lx = 760;
        double ly = 60;
        svg.open("<g class=\"legend\">");
        svg.text(lx, ly, "start", 13, language == Language.EN ? "Measurements" : "Mätningar");
        for (int i = 0; i < series.size(); i++) {
            boolean isFirst = i == 0;
            boolean isLatest = i == series.size() - 1;
            String colour = isLatest ? LATEST : isFirst ? FIRST : PALETTE[i % PALETTE.length];
            double y = ly + 22 + i * 20;
            svg.line(lx, y - 4, lx + 24, y - 4, colour, isFirst || isLatest ? 3 : 1.5);
            String tag = isLatest && series.size() > 1 ? (language == Language.EN ? " (latest)" : " (senaste)")
                    : isFirst ? (language == Language.EN ? " (first)" : " (första)") : "";
            svg.text(lx + 30, y, "start", 12, series.get(i).date() + tag);
        }
        svg.open("</g>");
    }
}
