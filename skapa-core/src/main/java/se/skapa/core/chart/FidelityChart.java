package se.skapa.core.chart;

import java.util.OptionalInt;
import se.skapa.core.common.Language;
import se.skapa.core.fidelity.FidelityItem;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelitySection;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.fidelity.SectionResult;

/**
 * A fidelity review as horizontal bars, one per item, grouped by section, with the item maximum
 * marked. Unscored items of a draft show no bar and the word "ej bedömd"/"not scored".
 * Deterministic and well-formed like the spider.
 */
public final class FidelityChart {

    private static final int ROW = 20;
    private static final int LABEL_WIDTH = 470;
    private static final int BAR_WIDTH = 220;
    private static final int LEFT = 10;

    private FidelityChart() {
    }

    public static String render(FidelityScale scale, ReviewResult result, Language language) {
        boolean en = language == Language.EN;
        int rows = scale.items().size() + scale.sections().size();
        int height = 100 + rows * ROW + 30;
        int width = LEFT + LABEL_WIDTH + BAR_WIDTH + 60;
        String status = result.band().map(b -> result.total().getAsInt() + "/" + result.maximum() + " – " + b.label().in(language))
                .orElse(en ? "draft, " + result.missingItems().size() + " items not scored" : "utkast, " + result.missingItems().size() + " punkter ej bedömda");
        String heading = (en ? "Fidelity review " : "Programtrohetsmätning ") + result.service() + " " + result.date();
        String title = heading + ": " + status;
        String desc = (en ? "Score per item (" + scale.itemMin() + "-" + scale.itemMax() + ") of " + scale.names().en() + ", grouped by section."
                : "Poäng per punkt (" + scale.itemMin() + "–" + scale.itemMax() + ") i " + scale.names().sv() + ", grupperat per område.");
        Svg svg = new Svg(width, height, title, desc);
        svg.text(LEFT, 24, "start", 16, heading);
        svg.text(LEFT, 44, "start", 14, status);
        double y = 70;
        double x0 = LEFT + LABEL_WIDTH;
        for (int s = 0; s <= scale.itemMax() - scale.itemMin() + 1; s++) {
            double gx = x0 + BAR_WIDTH * s / (double) (scale.itemMax() - scale.itemMin() + 1);
            svg.line(gx, y - 4, gx, 70 + rows * ROW + 8, "#e0e0e0", 1);
            svg.text(gx, y - 8, "middle", 10, Integer.toString(scale.itemMin() - 1 + s));
        }
        for (FidelitySection section : scale.sections()) {
            SectionResult sr = result.sections().stream().filter(r -> r.code().equals(section.code())).findFirst().orElseThrow();
            y += ROW;
            svg.text(LEFT, y, "start", 13, section.name().in(language) + " " + sr.score() + "/" + sr.maximum());
            for (FidelityItem item : scale.itemsIn(section.code())) {
                y += ROW;
                svg.text(LEFT + 12, y, "start", 11, item.number() + ". " + shorten(item.name().in(language)));
                OptionalInt score = result.score(item.number());
                if (score.isPresent()) {
                    int v = score.getAsInt();
                    String fill = v == scale.itemMax() ? "#2e7d32" : v <= 3 ? "#ef6c00" : "#1565c0";
                    svg.rect(x0, y - 12, BAR_WIDTH * v / (double) (scale.itemMax() - scale.itemMin() + 1), 14, fill,
                            item.name().in(language) + ": " + v);
                    svg.text(x0 + BAR_WIDTH + 8, y, "start", 11, Integer.toString(v));
                } else {
                    svg.text(x0 + 4, y, "start", 11, en ? "not scored" : "ej bedömd");
                }
            }
        }
        return svg.close();
    }

    private static String shorten(String text) {
        return text.length() <= 72 ? text : text.substring(0, 71) + "…";
    }
}
