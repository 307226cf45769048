package se.skapa.core.socioeconomic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;
import se.skapa.core.testing.Property;

class SocioeconomicPropertiesTest {

  private static final ParameterSet P = ParameterSets.hudiksvall2017();

  static Person randomPerson(SplittableRandom r, long scale) {
    List<BenefitBefore> before = new ArrayList<>();
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      Benefit type = Property.oneOf(r, Benefit.values());
      long amount = (1000 + r.nextInt(25_000)) * scale;
      long tax = type.taxed() ? (long) (amount * (0.2 + r.nextDouble() * 0.1)) : 0;
      before.add(BenefitBefore.of(type, amount, tax));
    }
    After after =
        switch (r.nextInt(4)) {
          case 0 ->
              new After.Employment(
                  new BigDecimal(Property.oneOf(r, "1", "0.75", "0.5")),
                  Property.oneOf(r, Sector.values()),
                  Kronor.of((10_000 + r.nextInt(30_000)) * scale),
                  r.nextBoolean()
                      ? Optional.empty()
                      : Optional.of(
                          new After.WageSubsidy(
                              new BigDecimal("0.75"),
                              Kronor.of((10_000 + r.nextInt(20_000)) * scale))));
          // A grant of a multiple of 6 kr makes grant × 40 / 48 whole, so doubling stays exact.
          case 1 ->
              After.Studies.fullYear(
                  Kronor.of(6L * (300 + r.nextInt(400)) * scale),
                  Kronor.of((5000 + r.nextInt(3000)) * scale));
          case 2 -> new After.Occupation();
          default -> new After.NoChange();
        };
    return new Person(before, after);
  }

  static List<Person> people(SplittableRandom r) {
    List<Person> ps = new ArrayList<>();
    for (int i = r.nextInt(15); i > 0; i--) {
      ps.add(randomPerson(r, 1));
    }
    return ps;
  }

  static SocioeconomicResult calc(List<Person> people, List<HousingSupport> housing) {
    return SocioeconomicCalculator.calculate(
        new SocioeconomicInput(P, people, housing, Kronor.of(500_000), Optional.empty()));
  }

  @Test
  void property_reduced_payments_per_payer_add_up_to_the_benefits_that_stop() {
    Property.forAll(
        "reduced payments = benefits that stop",
        300,
        r -> {
          List<Person> people = people(r);
          SocioeconomicResult result = calc(people, List.of());
          long stopped =
              people.stream()
                  .filter(
                      p ->
                          p.after() instanceof After.Employment
                              || p.after() instanceof After.Studies)
                  .flatMap(p -> p.before().stream())
                  .mapToLong(b -> b.monthlyAmount().value())
                  .sum();
          assertEquals(stopped, result.monthly().reducedPaymentsTotal().value());
          for (Payer payer : Payer.values()) {
            long expected =
                people.stream()
                    .filter(
                        p ->
                            p.after() instanceof After.Employment
                                || p.after() instanceof After.Studies)
                    .flatMap(p -> p.before().stream())
                    .filter(b -> b.type().payer() == payer)
                    .mapToLong(b -> b.monthlyAmount().value())
                    .sum();
            assertEquals(
                expected * 12, result.yearly().reducedPayments().get(payer).value(), payer.name());
          }
        });
  }

  @Test
  void property_a_person_with_no_change_contributes_zero_everywhere() {
    Property.forAll(
        "no change contributes zero",
        200,
        r -> {
          List<Person> people = people(r);
          List<Person> more = new ArrayList<>(people);
          Person still =
              new Person(
                  randomPerson(r, 1).before(),
                  r.nextBoolean() ? new After.NoChange() : new After.Occupation());
          more.add(r.nextInt(more.size() + 1), still);
          SocioeconomicResult a = calc(people, List.of());
          SocioeconomicResult b = calc(more, List.of());
          assertEquals(a.yearly().reducedPayments(), b.yearly().reducedPayments());
          assertEquals(a.yearly().increasedTaxRevenue(), b.yearly().increasedTaxRevenue());
          assertEquals(a.yearly().productionValue(), b.yearly().productionValue());
          assertEquals(a.payers(), b.payers());
          assertEquals(a.grossGainPerYear(), b.grossGainPerYear());
        });
  }

  @Test
  void property_doubling_every_amount_doubles_every_result_up_to_the_rounding_rule() {
    Property.forAll(
        "doubling",
        200,
        r -> {
          long seed = r.nextLong();
          List<Person> once = people(new SplittableRandom(seed));
          List<Person> twice = once.stream().map(SocioeconomicPropertiesTest::doubled).toList();
          List<HousingSupport> h =
              List.of(
                  new HousingSupport(
                      BigDecimal.valueOf(r.nextInt(20)), BigDecimal.valueOf(r.nextInt(5))));
          List<HousingSupport> h2 =
              h.stream()
                  .map(
                      x ->
                          new HousingSupport(
                              x.hoursPerWeekBefore().multiply(BigDecimal.valueOf(2)),
                              x.hoursPerWeekAfter().multiply(BigDecimal.valueOf(2))))
                  .toList();
          SocioeconomicResult a = calc(once, h);
          SocioeconomicResult b = calc(twice, h2);
          int n = once.size();
          // Each person's rounded amount may differ from half its doubled amount by at most one
          // krona.
          within(
              2 * a.monthly().increasedTaxRevenue().value(),
              b.monthly().increasedTaxRevenue().value(),
              n);
          within(
              2 * a.monthly().productionValue().value(), b.monthly().productionValue().value(), n);
          assertEquals(
              2 * a.monthly().reducedPaymentsTotal().value(),
              b.monthly().reducedPaymentsTotal().value());
          assertEquals(
              2 * a.monthly().benefitsBefore().value(), b.monthly().benefitsBefore().value());
          assertEquals(
              2 * a.monthly().wageSubsidies().value(), b.monthly().wageSubsidies().value());
          within(
              2 * a.housingSupport().savingPerYear().value(),
              b.housingSupport().savingPerYear().value(),
              2);
        });
  }

  @Test
  void property_results_never_depend_on_the_order_of_people() {
    Property.forAll(
        "order independence",
        200,
        r -> {
          List<Person> people = people(r);
          List<Person> shuffled = new ArrayList<>(people);
          Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
          SocioeconomicResult a = calc(people, HudiksvallCase.housingSupport());
          SocioeconomicResult b = calc(shuffled, HudiksvallCase.housingSupport());
          assertEquals(a.monthly(), b.monthly());
          assertEquals(a.yearly(), b.yearly());
          assertEquals(a.payers(), b.payers());
          assertEquals(a.projection(), b.projection());
        });
  }

  private static void within(long expected, long actual, long tolerance) {
    assertTrue(
        Math.abs(expected - actual) <= tolerance,
        "expected " + expected + " ± " + tolerance + ", got " + actual);
  }

  private static Person doubled(Person p) {
    List<BenefitBefore> before =
        p.before().stream()
            .map(
                b ->
                    new BenefitBefore(
                        b.type(), b.monthlyAmount().times(2), b.taxWithheld().times(2)))
            .toList();
    After after = p.after();
    if (after instanceof After.Employment e) {
      after =
          new After.Employment(
              e.rate(),
              e.sector(),
              e.monthlySalary().times(2),
              e.wageSubsidy()
                  .map(w -> new After.WageSubsidy(w.share(), w.monthlyAmount().times(2))));
    } else if (after instanceof After.Studies s) {
      after =
          new After.Studies(
              s.grantPerFourWeeks().times(2), s.loanPerFourWeeks().times(2), s.studyWeeksPerYear());
    }
    return new Person(before, after);
  }
}
