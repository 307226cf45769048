package se.skapa.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.socioeconomic.HudiksvallCase;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;
import se.skapa.core.socioeconomic.SocioeconomicResult;
import se.skapa.core.testing.Xml;

class PayerChartTest {

  @Test
  void two_bars_per_payer_the_net_written_out_and_well_formed() {
    SocioeconomicResult r = SocioeconomicCalculator.calculate(HudiksvallCase.input());
    String svg = PayerChart.render(r, Language.SV);
    Document d = Xml.parse(svg);
    long involved =
        r.payers().stream().filter(p -> p.net().value() != 0 || p.costs().value() != 0).count();
    assertEquals(
        2 * (involved + 1),
        Xml.groups(d, "payer").stream()
            .mapToInt(
                g -> g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength())
            .sum(),
        "a gain and a cost bar per payer and for the service itself");
    assertTrue(svg.contains("Försäkringskassan"));
    assertTrue(
        svg.contains(
            "netto "
                + Numbers.kronor(r.payer(Payer.FORSAKRINGSKASSAN).net().value(), Language.SV)));
    assertTrue(
        svg.contains(
            "Offentligt netto per år: "
                + Numbers.kronor(r.publicNetPerYear().value(), Language.SV)),
        "headline on the image");
    assertTrue(
        svg.contains("Insatsens kostnad per år"), "the service's cost is a row, not a footnote");
    assertTrue(PayerChart.render(r, Language.EN).contains("Gains and costs"));
  }
}
