package se.skapa.core.socioeconomic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Violation;

/** The 2026 amounts fixed by law, as the sweden-2026 set carries and uses them. */
class StatutoryAmountsTest {

  private static final StatutoryAmounts A =
      ParameterSets.sweden2026().statutoryAmounts().orElseThrow();

  private static final ParameterSet CALCULABLE =
      ParameterSets.sweden2026()
          .withOverrides(
              Map.of(
                  "kommunalTaxRate", new BigDecimal("0.21"),
                  "housingSupportCostPerHour", new BigDecimal("500"),
                  "persistence", new BigDecimal("0.5"),
                  "effectivenessLow", new BigDecimal("2"),
                  "effectivenessHigh", new BigDecimal("4"),
                  "discountRate", new BigDecimal("0.035"),
                  "horizonYears", new BigDecimal("3")));

  @Test
  void the_2026_base_amounts_are_the_ones_the_law_fixed() {
    assertEquals(2026, A.year());
    assertEquals(Kronor.of(59_200), A.prisbasbelopp());
    assertEquals(Kronor.of(60_500), A.forhojtPrisbasbelopp());
    assertEquals(Kronor.of(83_400), A.inkomstbasbelopp());
    assertTrue(A.entries().get(0).source().contains("SFS 2025:872"));
    assertTrue(A.entries().get(6).source().contains("SFS 2026:100"));
  }

  @Test
  void the_sgi_ceiling_is_ten_prisbasbelopp_and_bounds_a_months_sickness_benefit() {
    assertEquals(Kronor.of(592_000), A.sgiCap());
    // 592 000 × 0.97 × 0.80 / 12 = 38 282.67
    assertEquals(Kronor.of(38_283), A.maxSjukpenningPerMonth());
  }

  @Test
  void the_production_factor_of_sweden_2026_is_one_plus_the_employer_contribution_rate() {
    assertEquals(
        0,
        new BigDecimal("1.3142")
            .compareTo(ParameterSets.sweden2026().get(Parameter.PRODUCTION_FACTOR)));
    assertEquals(
        0,
        A.labourCostFactor()
            .compareTo(ParameterSets.sweden2026().get(Parameter.PRODUCTION_FACTOR)));
  }

  @Test
  void overrides_keep_the_statutory_amounts() {
    assertEquals(Optional.of(A), CALCULABLE.statutoryAmounts());
    assertTrue(ParameterSets.hudiksvall2017().statutoryAmounts().isEmpty());
  }

  @Test
  void sickness_benefit_above_what_the_ceiling_pays_is_calculated_with_a_warning() {
    SocioeconomicResult over = SocioeconomicCalculator.calculate(input(CALCULABLE, 40_000));
    List<Violation> w = over.warnings();
    assertEquals(1, w.size(), w.toString());
    assertEquals("/people/0/before/0/monthlyAmount", w.get(0).pointer());
    assertEquals("sickness-benefit-above-cap", w.get(0).rule());
    assertTrue(w.get(0).message().contains("38 283"), w.get(0).message());
    assertEquals(
        40_000L * 12,
        over.payer(se.skapa.core.benefit.Payer.FORSAKRINGSKASSAN).reducedPayments().value());

    assertTrue(SocioeconomicCalculator.calculate(input(CALCULABLE, 38_283)).warnings().isEmpty());
    // A set without the year's amounts has no ceiling to hold the amount to.
    assertTrue(
        SocioeconomicCalculator.calculate(input(ParameterSets.hudiksvall2017(), 40_000))
            .warnings()
            .isEmpty());
  }

  @Test
  void the_amounts_need_a_source_each() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new StatutoryAmounts(
                2026,
                A.prisbasbelopp(),
                A.forhojtPrisbasbelopp(),
                A.inkomstbasbelopp(),
                10,
                A.sjukpenningShareOfSgi(),
                A.employerFeeRate(),
                A.youthFee(),
                List.of("only one")));
  }

  private static SocioeconomicInput input(ParameterSet p, long sjukpenning) {
    Person person =
        new Person(
            List.of(BenefitBefore.of(Benefit.SJUKPENNING, sjukpenning, 0)),
            new After.Employment(
                BigDecimal.ONE, Sector.PRIVATE, Kronor.of(25_000), Optional.empty()));
    return new SocioeconomicInput(p, List.of(person), List.of(), Kronor.ZERO, Optional.empty());
  }
}
