package se.skapa.core.chart;

import se.skapa.core.common.Language;
import se.skapa.core.common.Kronor;
import se.skapa.core.socioeconomic.PayerResult;
import se.skapa.core.socioeconomic.SocioeconomicResult;

/**
 * Who gains and who pays, per payer and year: a gain bar (reduced payments, housing support,
 * tax) and a cost bar (wage subsidies, study support) for each payer, with the net written out.
 */
public final class PayerChart {

    private static final int ROW = 56;
    private static final int LEFT = 230;
    private static final int BAR = 440;

    private PayerChart() {
    }

    public static String render(SocioeconomicResult result, Language language) {
        boolean en = language == Language.EN;
        long max = 1;
        for (PayerResult p : result.payers()) {
            max = Math.max(max, Math.max(gains(p).value(), p.costs().value()));
        }
        int height = 110 + result.payers().size() * ROW;
        String title = (en ? "Gains and costs per payer and year (" : "Vinster och kostnader per aktör och år (") + result.parameterSetId() + ")";
        String desc = en ? "For each payer: a green bar of reduced payments, housing support and tax revenue, an orange bar of costs, and the net in kronor."
                : "För varje aktör: en grön stapel med minskade utbetalningar, boendestöd och skatteintäkter, en orange stapel med kostnader, och nettot i kronor.";
        Svg svg = new Svg(LEFT + BAR + 170, height, title, desc);
        svg.text(10, 26, "start", 15, title);
        svg.rect(LEFT, 38, 12, 12, "#2e7d32", en ? "gains" : "vinster");
        svg.text(LEFT + 18, 49, "start", 12, en ? "reduced payments, housing support, tax" : "minskade utbetalningar, boendestöd, skatt");
        svg.rect(LEFT + 290, 38, 12, 12, "#ef6c00", en ? "costs" : "kostnader");
        svg.text(LEFT + 308, 49, "start", 12, en ? "wage subsidies, study support" : "lönebidrag, studiemedel");
        double y = 70;
        for (PayerResult p : result.payers()) {
            svg.text(10, y + 14, "start", 13, p.payer().label().in(language));
            double gw = BAR * gains(p).value() / (double) max;
            double cw = BAR * p.costs().value() / (double) max;
            svg.rect(LEFT, y, gw, 18, "#2e7d32", (en ? "Gains " : "Vinster ") + gains(p));
            svg.rect(LEFT, y + 22, cw, 18, "#ef6c00", (en ? "Costs " : "Kostnader ") + p.costs());
            svg.text(LEFT + BAR + 10, y + 24, "start", 12, (en ? "net " : "netto ") + p.net());
            y += ROW;
        }
        svg.text(10, y + 20, "start", 12, (en ? "Service cost per year: " : "Verksamhetens kostnad per år: ") + result.serviceCostPerYear());
        return svg.close();
    }

    private static Kronor gains(PayerResult p) {
        return p.reducedPayments().plus(p.housingSupport()).plus(p.taxRevenue());
    }
}
