package se.skapa.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.skapa.core.chart.FidelityChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.fidelity.FidelityScorer;
import se.skapa.core.fidelity.ItemChange;
import se.skapa.core.fidelity.ItemResult;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewComparison;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.fidelity.SectionResult;

/**
 * The Hudiksvall IPS service's fidelity review of May 2018 (81 points, "stämmer delvis överens med
 * IPS"), then a later review. The published report gives the total, the band and the named
 * strengths and development areas, not the item scores: the item scores here are ILLUSTRATIVE,
 * chosen to sum to 81 and to match what was published. The 2019 review is invented.
 */
public final class FidelityExample {

  static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2026, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /**
   * Illustrative item scores 1–25; strengths 4, 9, 10, 22, 23, 25 score 5; development areas 8, 11,
   * 12, 17, 18, 21, 24 score 2.
   */
  public static final int[] MAY_2018 = {
    4, 3, 3, 5, 3, 3, 3, 2, 5, 5, 2, 2, 3, 3, 3, 3, 2, 2, 3, 3, 2, 5, 5, 2, 5
  };

  /** Invented follow-up: work on the development areas moved seven items up. */
  public static final int[] MAY_2019 = {
    4, 4, 3, 5, 4, 3, 3, 3, 5, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 5, 5, 3, 5
  };

  private FidelityExample() {}

  public static void main(String[] args) {
    run(Output.standard());
  }

  static Review review(String date, int[] scores) {
    List<ItemScore> items = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      items.add(ItemScore.of(i + 1, scores[i]));
    }
    return new Review(
        Pseudonym.of("ips-hudiksvall"),
        LocalDate.parse(date),
        List.of(Pseudonym.of("MISA-1"), Pseudonym.of("MISA-2")),
        items);
  }

  public static ReviewComparison run(Output o) {
    FidelityScale ips = FidelityScales.ips25();
    FidelityScorer scorer = FidelityScorer.withClock(CLOCK);
    ReviewComparison c =
        ReviewComparison.of(
            scorer, ips, List.of(review("2019-05-20", MAY_2019), review("2018-05-15", MAY_2018)));
    for (ReviewResult r : c.reviews()) {
      o.heading("IPS programtrohet " + r.service() + " " + r.date() + " (punktpoäng illustrativa)");
      o.out()
          .println(
              "Totalt "
                  + r.total().getAsInt()
                  + " av "
                  + r.maximum()
                  + ": "
                  + r.band().orElseThrow().label().sv());
      for (SectionResult s : r.sections()) {
        o.out()
            .printf(
                Locale.ROOT,
                "  %-13s %3d / %3d  (medel %.2f)%n",
                s.name().sv(),
                s.score(),
                s.maximum(),
                s.mean());
      }
      o.out().println("  Styrkor: " + r.strengths().stream().map(ItemResult::number).toList());
      o.out()
          .println(
              "  Utvecklingsområden: "
                  + r.developmentAreas().stream()
                      .map(i -> i.number() + " (" + i.score() + ")")
                      .toList());
    }
    o.heading("Förändring " + c.overall().from() + " → " + c.overall().to());
    o.out()
        .println(
            "Totalt "
                + (c.overall().totalChange().getAsInt() >= 0 ? "+" : "")
                + c.overall().totalChange().getAsInt()
                + ", "
                + c.overall().bandFrom().orElseThrow().code()
                + " → "
                + c.overall().bandTo().orElseThrow().code());
    for (ItemChange ch : c.overall().rose()) {
      o.out()
          .println(
              "  punkt "
                  + ch.number()
                  + " "
                  + ips.item(ch.number()).orElseThrow().name().sv()
                  + ": "
                  + ch.from()
                  + " → "
                  + ch.to());
    }
    o.out()
        .println(
            "Punkter som sjönk: " + c.overall().fell().stream().map(ItemChange::number).toList());
    o.write("fidelity-2018.svg", FidelityChart.render(ips, c.reviews().get(0), Language.SV));
    o.write("fidelity-2019.svg", FidelityChart.render(ips, c.reviews().get(1), Language.SV));
    return c;
  }
}
