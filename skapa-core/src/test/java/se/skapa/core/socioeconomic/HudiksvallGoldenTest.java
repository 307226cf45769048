package se.skapa.core.socioeconomic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.skapa.core.benefit.Payer;
import se.skapa.core.socioeconomic.HudiksvallCase.Published;

/** The published Hudiksvall figures, reproduced to the krona; the two printed errors corrected. */
class HudiksvallGoldenTest {

  private static final SocioeconomicResult R =
      SocioeconomicCalculator.calculate(HudiksvallCase.input());

  @Test
  void every_correct_published_total_is_reproduced_monthly_and_yearly() {
    for (Published p : Published.values()) {
      if (p.printedInError()) {
        continue;
      }
      assertEquals(p.monthly(), p.in(R.monthly()), p + " per month");
      assertEquals(p.yearly(), p.in(R.yearly()), p + " per year");
    }
  }

  @Test
  void the_two_printed_errors_are_computed_not_copied() {
    assertEquals(280_484, R.monthly().productionValue().value());
    assertEquals(3_365_808, R.yearly().productionValue().value());
    assertEquals(21_904, R.perPerson().get(0).productionValue().value(), "person 1: 15 646 × 1.4");
    assertEquals(200_346, R.monthly().salaries().value());
    assertEquals(2_404_152, R.yearly().salaries().value());
  }

  @Test
  void per_person_increased_tax_matches_the_table() {
    assertEquals(
        List.of(3410L, 8745L, 1551L, 2611L, 2385L, 5136L, 3956L, 3133L, 1283L, 0L),
        R.perPerson().stream().map(a -> a.increasedTaxRevenue().value()).toList());
  }

  @Test
  void housing_support_table_4() {
    HousingSupportResult h = R.housingSupport();
    assertEquals(0, new BigDecimal("20.5").compareTo(h.hoursPerWeekBefore()));
    assertEquals(0, new BigDecimal("4.5").compareTo(h.hoursPerWeekAfter()));
    assertEquals(0, new BigDecimal("16").compareTo(h.hoursPerWeekReduction()));
    assertEquals(0, new BigDecimal("1066").compareTo(h.hoursPerYearBefore()));
    assertEquals(0, new BigDecimal("234").compareTo(h.hoursPerYearAfter()));
    assertEquals(0, new BigDecimal("832").compareTo(h.hoursPerYearReduction()));
    assertEquals(501_937, h.costPerYearBefore().value());
    assertEquals(110_181, h.costPerYearAfter().value());
    assertEquals(391_756, h.savingPerYear().value());
  }

  @Test
  void the_kommun_view_fk_and_derived_totals_of_the_text() {
    assertEquals(
        563_356, R.kommunView().value(), "försörjningsstöd 171 600 + housing support 391 756");
    // 22/33 of each person's monthly increase, rounded per person by the one rule; 2/3 of the
    // rounded yearly total would be 257 680: the four kronor are the per-person rounding, stated in
    // the docs.
    assertEquals(257_676, R.yearly().kommunalTaxRevenue().value());
    assertEquals(128_844, R.payer(Payer.REGION).taxRevenue().value());
    assertEquals(1_403_004, R.payer(Payer.FORSAKRINGSKASSAN).reducedPayments().value());
    assertEquals(
        2_164_360,
        R.yearly().reducedPaymentsTotal().plus(R.housingSupport().savingPerYear()).value(),
        "≈ 2 160 000");
    assertEquals(2_550_880, R.grossGainPerYear().value(), "≈ 2 550 000");
    // Person 10's studiemedel: only the grant is a cost, 2 892 kr per four weeks over a 40-week
    // study year = 28 920 kr (the report counts none; counting the loan too gave 122 064).
    assertEquals(28_920, R.payer(Payer.CSN).costs().value());
    assertEquals(2_550_880 - 1_090_440 - 28_920 - 1_000_000, R.publicNetPerYear().value());
    assertEquals(3_365_808 + 391_756 - 1_000_000, R.societyNetPerYear().value());
    // The report's "vinsten över 1,5 miljoner för samhället i stort".
    assertEquals(1_550_880, R.grossGainLessServiceCostPerYear().value());
  }

  @Test
  void three_years_on_gives_15_people_and_one_and_a_half_times_the_gains() {
    ProjectionYear y3 = R.projection().get(2);
    assertEquals(0, new BigDecimal("15").compareTo(y3.people()));
    assertEquals(0, new BigDecimal("1.5").compareTo(y3.multiplier()));
    assertEquals(587_634, y3.housingSupport().value());
    assertEquals(2_658_906, y3.reducedPayments().value(), "≈ 2.7 million");
    assertEquals(579_780, y3.increasedTaxRevenue().value(), "≈ 580 000");
    assertEquals(0, BigDecimal.ONE.compareTo(y3.discountFactor()), "0 % reproduces the report");
    assertEquals(0, new BigDecimal("10").compareTo(R.projection().get(0).people()));
  }

  @Test
  void the_counterfactual_range_is_a_half_to_three_quarters() {
    Counterfactual c = R.counterfactual();
    assertEquals(0, new BigDecimal("0.5").compareTo(c.shareLow()));
    assertEquals(0, new BigDecimal("0.75").compareTo(c.shareHigh()));
    assertEquals(1_275_440, c.yearlyGainLow().value());
    assertEquals(1_913_160, c.yearlyGainHigh().value());
  }
}
