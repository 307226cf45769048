package se.skapa.core.socioeconomic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;

class SocioeconomicRulesTest {

  private static final ParameterSet P = ParameterSets.hudiksvall2017();

  @Test
  void
      five_people_a_year_leaving_forsorjningsstod_of_10000_a_month_is_600000_a_year_for_the_kommun() {
    Person p =
        new Person(
            List.of(BenefitBefore.of(Benefit.FORSORJNINGSSTOD, 10_000, 0)),
            new After.Employment(
                BigDecimal.ONE, Sector.PRIVATE, Kronor.of(20_000), Optional.empty()));
    Scenario five =
        new Scenario(
            "Fem personer lämnar försörjningsstöd",
            new SocioeconomicInput(
                P, Collections.nCopies(5, p), List.of(), Kronor.ZERO, Optional.empty()));
    Scenario hudiksvall = new Scenario("Hudiksvall 2017", HudiksvallCase.input());
    List<Scenario.Outcome> out = Scenario.compare(List.of(five, hudiksvall));
    assertEquals(600_000, out.get(0).result().payer(Payer.KOMMUN).reducedPayments().value());
    assertEquals(171_600, out.get(1).result().payer(Payer.KOMMUN).reducedPayments().value());
  }

  @Test
  void a_scenario_name_is_free_text_and_may_not_carry_a_personnummer() {
    Scenario named = new Scenario("Uppföljning 19121212-1212", HudiksvallCase.input());
    ValidationException e =
        assertThrows(ValidationException.class, () -> Scenario.compare(List.of(named)));
    assertEquals(
        new Violation("/scenarios/0/name", "personnummer", e.violations().get(0).message()),
        e.violations().get(0));
  }

  @Test
  void overrides_replace_values_and_unknown_or_invalid_ones_are_named() {
    ParameterSet o = P.withOverrides(Map.of("taxRate", new BigDecimal("0.3238")));
    assertEquals(0, new BigDecimal("0.3238").compareTo(o.taxRate()));
    assertEquals("override", o.sources().get(Parameter.TAX_RATE));
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> P.withOverrides(Map.of("taxrate", BigDecimal.ONE)));
    assertEquals(
        new Violation("/overrides/taxrate", "unknown-parameter", e.violations().get(0).message()),
        e.violations().get(0));
    assertEquals(
        "/overrides/taxRate",
        assertThrows(
                ValidationException.class, () -> P.withOverrides(Map.of("taxRate", BigDecimal.ONE)))
            .violations()
            .get(0)
            .pointer());
    assertEquals(
        "range",
        assertThrows(
                ValidationException.class,
                () -> P.withOverrides(Map.of("housingSupportCostPerHour", new BigDecimal("-1"))))
            .violations()
            .get(0)
            .rule());
    assertEquals(
        "range-order",
        assertThrows(
                ValidationException.class,
                () -> P.withOverrides(Map.of("effectivenessLow", new BigDecimal("5"))))
            .violations()
            .get(0)
            .rule());
    assertThrows(
        ValidationException.class,
        () -> P.withOverrides(Map.of("horizonYears", new BigDecimal("2.5"))));
  }

  @Test
  void discounting_reduces_later_years_by_the_stated_rate() {
    ParameterSet d = P.withOverrides(Map.of("discountRate", new BigDecimal("0.035")));
    SocioeconomicResult r =
        SocioeconomicCalculator.calculate(
            new SocioeconomicInput(
                d,
                HudiksvallCase.people(),
                HudiksvallCase.housingSupport(),
                Kronor.ZERO,
                Optional.empty()));
    ProjectionYear y1 = r.projection().get(0);
    ProjectionYear y3 = r.projection().get(2);
    assertEquals(y1.total(), y1.presentValue(), "year one is not discounted");
    assertEquals(
        Kronor.round(
            y3.total()
                .toBigDecimal()
                .divide(new BigDecimal("1.071225"), java.math.MathContext.DECIMAL64)),
        y3.presentValue());
  }

  @Test
  void bad_people_are_reported_with_pointers_to_each_field() {
    Person bad =
        new Person(
            List.of(BenefitBefore.of(Benefit.FORSORJNINGSSTOD, -5, 10)),
            new After.Employment(
                new BigDecimal("1.5"), Sector.KOMMUN, Kronor.of(20000), Optional.empty()));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                SocioeconomicCalculator.calculate(
                    new SocioeconomicInput(
                        P,
                        List.of(bad),
                        List.of(HousingSupport.of("200", "0")),
                        Kronor.of(-1),
                        Optional.empty())));
    List<String> pointers = e.violations().stream().map(Violation::pointer).toList();
    assertTrue(
        pointers.containsAll(
            List.of(
                "/serviceCostPerYear",
                "/people/0/before/0/monthlyAmount",
                "/people/0/before/0/taxWithheld",
                "/people/0/after/employmentRate",
                "/housingSupport/0/hoursPerWeekBefore")),
        pointers.toString());
    assertTrue(e.violations().stream().anyMatch(v -> v.rule().equals("untaxed")));
  }

  @Test
  void numbers_with_absurd_exponents_are_refused_before_any_arithmetic() {
    assertEquals(
        "range",
        assertThrows(
                ValidationException.class,
                () -> P.withOverrides(Map.of("taxRate", new BigDecimal("1e-999999999"))))
            .violations()
            .get(0)
            .rule());
    Person p =
        new Person(
            List.of(),
            new After.Employment(
                new BigDecimal("1e-999999999"), Sector.KOMMUN, Kronor.of(1), Optional.empty()));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                SocioeconomicCalculator.calculate(
                    new SocioeconomicInput(
                        P,
                        List.of(p),
                        List.of(
                            new HousingSupport(new BigDecimal("1e-999999999"), BigDecimal.ZERO)),
                        Kronor.ZERO,
                        Optional.empty())));
    assertTrue(
        e.violations().stream()
            .anyMatch(
                v ->
                    v.rule().equals("precision")
                        && v.pointer().equals("/housingSupport/0/hoursPerWeekBefore")));
    assertTrue(
        e.violations().stream()
            .anyMatch(
                v ->
                    v.rule().equals("precision")
                        && v.pointer().equals("/people/0/after/employmentRate")));
    assertTrue(se.skapa.core.common.Decimals.reasonable(new BigDecimal("470.86")));
    assertTrue(!se.skapa.core.common.Decimals.reasonable(new BigDecimal("1e999999999")));
  }

  @Test
  void kronor_rounds_half_up_once_and_formats_with_spaces() {
    assertEquals(Kronor.of(391_756), Kronor.round(new BigDecimal("391755.52")));
    assertEquals(Kronor.of(3), Kronor.round(new BigDecimal("2.5")));
    assertEquals(Kronor.of(-3), Kronor.round(new BigDecimal("-2.5")));
    assertEquals("1 403 004 kr", Kronor.of(1_403_004).toString());
    assertEquals("-600 000 kr", Kronor.of(-600_000).toString());
  }
}
