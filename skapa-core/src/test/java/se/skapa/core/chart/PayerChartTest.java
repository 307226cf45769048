package se.skapa.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.skapa.core.common.Language;
import se.skapa.core.socioeconomic.HudiksvallCase;
import se.skapa.core.socioeconomic.Payer;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;
import se.skapa.core.socioeconomic.SocioeconomicResult;
import se.skapa.core.testing.Xml;

class PayerChartTest {

    @Test
    void two_bars_per_payer_the_net_written_out_and_well_formed() {
        SocioeconomicResult r = SocioeconomicCalculator.calculate(HudiksvallCase.input());
        String svg = PayerChart.render(r, Language.SV);
        Document d = Xml.parse(svg);
        assertEquals(1 + 2 + 2 * Payer.values().length, d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength());
        assertTrue(svg.contains("Försäkringskassan"));
        assertTrue(svg.contains("netto " + r.payer(Payer.FORSAKRINGSKASSAN).net()));
        assertTrue(PayerChart.render(r, Language.EN).contains("Gains and costs"));
    }
}
