package se.skapa.examples;

import java.util.ArrayList;
import java.util.List;
import se.skapa.core.benefit.Payer;
import se.skapa.core.chart.PayerChart;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.socioeconomic.HudiksvallCase;
import se.skapa.core.socioeconomic.HudiksvallCase.Published;
import se.skapa.core.socioeconomic.PayerResult;
import se.skapa.core.socioeconomic.ProjectionYear;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;
import se.skapa.core.socioeconomic.SocioeconomicResult;

/**
 * The Hudiksvall IPS socioeconomic analysis (first year, 2017 levels), computed and printed beside
 * the published table 3, with the two printed errors marked.
 */
public final class SocioeconomicExample {

  private SocioeconomicExample() {}

  public static void main(String[] args) {
    run(Output.standard());
  }

  /**
   * One printed row: a column, what SKAPA computes, what was published, and whether they differ.
   */
  public record Row(Published column, long computedMonthly, long computedYearly) {
    public boolean differs() {
      return computedMonthly != column.monthly() || computedYearly != column.yearly();
    }
  }

  public static List<Row> rows(SocioeconomicResult r) {
    List<Row> rows = new ArrayList<>();
    for (Published p : Published.values()) {
      rows.add(new Row(p, p.in(r.monthly()), p.in(r.yearly())));
    }
    return rows;
  }

  public static SocioeconomicResult run(Output o) {
    SocioeconomicResult r = SocioeconomicCalculator.calculate(HudiksvallCase.input());
    o.heading("Hudiksvall IPS, år 1 (10 personer, 2017): beräknat mot publicerat");
    o.out()
        .printf(
            "%-28s %12s %12s %14s %14s%n",
            "kolumn", "SKAPA/mån", "publ./mån", "SKAPA/år", "publ./år");
    for (Row row : rows(r)) {
      o.out()
          .printf(
              "%-28s %12s %12s %14s %14s%s%n",
              row.column().name(),
              Kronor.format(row.computedMonthly()),
              Kronor.format(row.column().monthly()),
              Kronor.format(row.computedYearly()),
              Kronor.format(row.column().yearly()),
              row.differs() ? "   <-- fel i den publicerade tabellen" : "");
    }
    o.out().println();
    o.out()
        .println(
            "Fel 1: person 1:s produktionsvärde är tryckt som 15 646 i stället för 15 646 × 1,4 = 21 904;");
    o.out()
        .println(
            "       därför blir summan 274 226 / 3 290 712 i stället för 280 484 / 3 365 808.");
    o.out()
        .println(
            "Fel 2: lönekolumnens summa är tryckt som 202 700 / 2 430 046; lönerna summerar till 200 346 / 2 404 152.");
    o.out()
        .println(
            "       (Produktionsvärdet i rapporten räknas ändå på de enskilda lönerna, så fel 2 påverkar inget annat.)");
    o.heading("Boendestöd (6 personer)");
    o.out()
        .println(
            "timmar/år "
                + r.housingSupport().hoursPerYearBefore()
                + " → "
                + r.housingSupport().hoursPerYearAfter()
                + " (−"
                + r.housingSupport().hoursPerYearReduction()
                + "), kostnad "
                + r.housingSupport().costPerYearBefore()
                + " → "
                + r.housingSupport().costPerYearAfter()
                + ", besparing "
                + r.housingSupport().savingPerYear());
    o.heading("Per aktör och år");
    for (PayerResult p : r.payers()) {
      o.out()
          .printf(
              "%-22s minskade utbetalningar %12s  boendestöd %10s  skatt %10s  kostnader %12s  netto %12s%n",
              p.payer().label().sv(),
              p.reducedPayments(),
              p.housingSupport(),
              p.taxRevenue(),
              p.costs(),
              p.net());
    }
    o.out()
        .println(
            "Kommunens eget perspektiv (försörjningsstöd + boendestöd): "
                + r.kommunView()
                + "; därtill kommunalskatt "
                + r.payer(Payer.KOMMUN).taxRevenue());
    o.out()
        .println(
            "Minskade utbetalningar + boendestöd + ökad skatt: "
                + r.grossGainPerYear()
                + " mot verksamhetens kostnad "
                + r.serviceCostPerYear());
    o.out()
        .println(
            "Netto för det offentliga (efter lönebidrag, studiemedel och verksamhetens kostnad): "
                + r.publicNetPerYear());
    o.out()
        .println(
            "Netto för samhället (produktionsvärde + boendestöd − verksamhetens kostnad; transfereringar tar ut varandra): "
                + r.societyNetPerYear());
    o.heading("Nyttoperiod (hälften består, ingen diskontering)");
    for (ProjectionYear y : r.projection()) {
      o.out()
          .println(
              "år "
                  + y.year()
                  + ": "
                  + y.people().toPlainString()
                  + " personer (×"
                  + y.multiplier().toPlainString()
                  + "), minskade utbetalningar "
                  + y.reducedPayments()
                  + ", skatt "
                  + y.increasedTaxRevenue()
                  + ", boendestöd "
                  + y.housingSupport());
    }
    o.out()
        .println(
            "Kontrafaktiskt: "
                + r.counterfactual().shareLow().movePointRight(2).toPlainString()
                + "–"
                + r.counterfactual().shareHigh().movePointRight(2).toPlainString()
                + " % kan tillskrivas IPS: "
                + r.counterfactual().yearlyGainLow()
                + " – "
                + r.counterfactual().yearlyGainHigh()
                + " per år");
    o.write("socioeconomic-payers-sv.svg", PayerChart.render(r, Language.SV));
    return r;
  }
}
