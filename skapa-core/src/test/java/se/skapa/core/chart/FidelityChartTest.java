package se.skapa.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.fidelity.FidelityScorer;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.testing.Property;
import se.skapa.core.testing.Xml;

class FidelityChartTest {

  private static final FidelityScale IPS = FidelityScales.ips25();
  private static final FidelityScorer SCORER =
      FidelityScorer.withClock(
          Clock.fixed(
              LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  @Test
  void property_one_bar_per_scored_item_well_formed_and_deterministic() {
    Property.forAll(
        "fidelity chart",
        100,
        r -> {
          List<ItemScore> items = new ArrayList<>();
          for (int i = 1; i <= 25; i++) {
            if (r.nextInt(5) > 0) {
              items.add(ItemScore.of(i, 1 + r.nextInt(5)));
            }
          }
          if (items.size() == 14) {
            items.remove(0);
          }
          ReviewResult result =
              SCORER.score(
                  IPS,
                  new Review(
                      Pseudonym.of("s-1"),
                      LocalDate.parse("2025-05-01"),
                      List.of(Pseudonym.of("AB")),
                      items));
          Language lang = r.nextBoolean() ? Language.SV : Language.EN;
          String svg = FidelityChart.render(IPS, result, lang);
          Document d = Xml.parse(svg);
          assertEquals(
              items.size(),
              Xml.groups(d, "item").stream()
                  .mapToInt(
                      g ->
                          g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect")
                              .getLength())
                  .sum(),
              "one bar per scored item");
          assertEquals(25, Xml.groups(d, "item").size(), "a row per item, scored or not");
          assertEquals(svg, FidelityChart.render(IPS, result, lang));
          assertTrue(svg.contains("<desc"));
        });
  }
}
