package se.skapa.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.socioeconomic.After;
import se.skapa.core.socioeconomic.BenefitBefore;
import se.skapa.core.socioeconomic.ParameterSet;
import se.skapa.core.socioeconomic.ParameterSets;
import se.skapa.core.socioeconomic.Person;
import se.skapa.core.testing.Property;

/** What the register knows of closed participants, priced as Hudiksvall priced its ten. */
class RegisterPricingTest {

  static final LocalDate CLOSED = LocalDate.of(2026, 6, 30);
  static final ParameterSet HUDIKSVALL = ParameterSets.hudiksvall2017();

  static Support support(SupportSource source, String degree, long amount) {
    return new Support(
        source,
        new BigDecimal(degree),
        amount < 0 ? Optional.empty() : Optional.of(Kronor.of(amount)));
  }

  static Job job(JobKind kind, long wage, long subsidy) {
    return new Job(
        LocalDate.of(2026, 3, 1),
        Optional.empty(),
        kind,
        BigDecimal.valueOf(40),
        wage < 0 ? Optional.empty() : Optional.of(Kronor.of(wage)),
        subsidy < 0 ? Optional.empty() : Optional.of(Kronor.of(subsidy)),
        Optional.empty());
  }

  static RegisterPricing.Priced price(
      List<Support> admission, List<Support> closing, List<Job> jobs) {
    return RegisterPricing.price(
        new RegisterPricing.Closed(Optional.of(admission), Optional.of(closing), CLOSED, jobs),
        HUDIKSVALL);
  }

  static Person person(RegisterPricing.Priced p) {
    return assertInstanceOf(RegisterPricing.Counted.class, p).person();
  }

  @Test
  void aBenefitThatStoppedForWorkIsCountedWithTheWageOfTheJobHeldAtClosing() {
    // Hudiksvall's person 2: försörjningsstöd 10 000 a month, then full-time private work.
    Person p =
        person(
            price(
                List.of(support(SupportSource.FORSORJNINGSSTOD, "1", 10_000)),
                List.of(support(SupportSource.EMPLOYMENT, "1", -1)),
                List.of(job(JobKind.COMPETITIVE, 26_500, -1))));
    assertEquals(List.of(BenefitBefore.of(Benefit.FORSORJNINGSSTOD, 10_000, 0)), p.before());
    After.Employment e = assertInstanceOf(After.Employment.class, p.after());
    assertEquals(Kronor.of(26_500), e.monthlySalary());
    assertEquals(Optional.empty(), e.wageSubsidy());
  }

  @Test
  void aTaxedBenefitCarriesTaxWithheldAtTheSetsRate() {
    // Sjukpenning 18 960: 33 % of it is 6 256.80, rounded to 6 257 (the report had 5 309 withheld).
    Person p =
        person(
            price(
                List.of(support(SupportSource.SJUKPENNING, "1", 18_960)),
                List.of(support(SupportSource.EMPLOYMENT, "1", 24_000)),
                List.of()));
    assertEquals(List.of(BenefitBefore.of(Benefit.SJUKPENNING, 18_960, 6_257)), p.before());
  }

  @Test
  void onlyThePartOfABenefitThatStoppedIsCounted() {
    Person p =
        person(
            price(
                List.of(support(SupportSource.SJUKERSATTNING, "1", 12_000)),
                List.of(
                    support(SupportSource.SJUKERSATTNING, "0.25", -1),
                    support(SupportSource.EMPLOYMENT, "0.75", 17_000)),
                List.of()));
    assertEquals(Kronor.of(9_000), p.before().get(0).monthlyAmount());
  }

  @Test
  void anUnrecordedAmountTakesTheSetsTypicalAmountAndSaysSo() {
    RegisterPricing.Counted c =
        assertInstanceOf(
            RegisterPricing.Counted.class,
            price(
                List.of(support(SupportSource.FORSORJNINGSSTOD, "0.5", -1)),
                List.of(support(SupportSource.EMPLOYMENT, "1", 20_000)),
                List.of()));
    // Hudiksvall's "ca 10 000 kronor/mån" for a full försörjningsstöd, at half.
    assertEquals(Kronor.of(5_000), c.person().before().get(0).monthlyAmount());
    assertEquals(0, c.recordedAmounts());
    assertEquals(1, c.typicalAmounts());
  }

  @Test
  void whatTheRegisterCannotCarryIsNotCountedAndSaysWhy() {
    List<Support> fs = List.of(support(SupportSource.FORSORJNINGSSTOD, "1", 10_000));
    List<Support> work = List.of(support(SupportSource.EMPLOYMENT, "1", -1));
    assertEquals(
        RegisterPricing.Reason.NO_SUPPORT_RECORDED,
        reason(
            RegisterPricing.price(
                new RegisterPricing.Closed(Optional.of(fs), Optional.empty(), CLOSED, List.of()),
                HUDIKSVALL)));
    assertEquals(
        RegisterPricing.Reason.AMOUNT_UNKNOWN,
        reason(
            price(
                List.of(support(SupportSource.SJUKPENNING, "1", -1)),
                List.of(support(SupportSource.EMPLOYMENT, "1", 20_000)),
                List.of())));
    assertEquals(
        RegisterPricing.Reason.BENEFIT_GREW,
        reason(
            price(
                fs,
                List.of(
                    support(SupportSource.SJUKERSATTNING, "0.5", 6_000),
                    support(SupportSource.EMPLOYMENT, "0.5", 9_000)),
                List.of())));
    assertEquals(
        RegisterPricing.Reason.SALARY_UNKNOWN,
        reason(price(fs, work, List.of(job(JobKind.COMPETITIVE, -1, -1)))));
    assertEquals(
        RegisterPricing.Reason.SUBSIDY_UNKNOWN,
        reason(price(fs, work, List.of(job(JobKind.SUBSIDISED, 20_000, -1)))));
    assertEquals(
        RegisterPricing.Reason.STUDY_SUPPORT_UNKNOWN,
        reason(price(fs, List.of(support(SupportSource.STUDIES, "1", -1)), List.of())));
  }

  @Test
  void aSubsidisedJobCarriesItsSubsidyAsTheStatesCost() {
    After.Employment e =
        assertInstanceOf(
            After.Employment.class,
            person(
                    price(
                        List.of(support(SupportSource.AKTIVITETSSTOD, "1", 16_500)),
                        List.of(support(SupportSource.EMPLOYMENT, "1", -1)),
                        List.of(job(JobKind.SUBSIDISED, 18_700, 25_620))))
                .after());
    assertEquals(Kronor.of(25_620), e.wageSubsidy().orElseThrow().monthlyAmount());
    assertEquals(0, BigDecimal.ONE.compareTo(e.wageSubsidy().orElseThrow().share()));
  }

  @Test
  void aSubsidyBelongsToASubsidisedJobOnly() {
    se.skapa.core.common.ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            se.skapa.core.common.ValidationException.class,
            () -> job(JobKind.COMPETITIVE, 20_000, 5_000));
    assertEquals("/monthlySubsidy", e.violations().get(0).pointer());
    assertEquals("subsidy-kind", e.violations().get(0).rule());
  }

  @Test
  void aTypicalAmountIsSourcedAndWithinItsRange() {
    assertEquals(
        Kronor.of(10_000),
        HUDIKSVALL.typicalMonthly(Benefit.FORSORJNINGSSTOD).orElseThrow().monthly());
    assertTrue(HUDIKSVALL.typicalMonthly(Benefit.SJUKPENNING).isEmpty());
    assertTrue(ParameterSets.sweden2026().typicalAmounts().isEmpty());
    se.skapa.core.common.ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            se.skapa.core.common.ValidationException.class,
            () -> HUDIKSVALL.withTypicalMonthly(Benefit.SJUKPENNING, Kronor.of(-1), "override"));
    assertEquals("/typical/SJUKPENNING", e.violations().get(0).pointer());
    ParameterSet given =
        ParameterSets.sweden2026().withTypicalMonthly(Benefit.SJUKPENNING, Kronor.of(15_000), "x");
    assertEquals(
        given.typicalMonthly(Benefit.SJUKPENNING),
        given
            .withOverrides(
                java.util.Map.of(
                    "kommunalTaxRate", new BigDecimal("0.2"),
                    "housingSupportCostPerHour", BigDecimal.ONE,
                    "persistence", BigDecimal.ONE,
                    "effectivenessLow", BigDecimal.ONE,
                    "effectivenessHigh", BigDecimal.ONE,
                    "discountRate", BigDecimal.ZERO,
                    "horizonYears", BigDecimal.ONE))
            .typicalMonthly(Benefit.SJUKPENNING),
        "overrides keep the typical amounts");
  }

  @Test
  void withoutWorkOrStudiesNothingMoves() {
    Person p =
        person(
            price(
                List.of(support(SupportSource.FORSORJNINGSSTOD, "1", 10_000)),
                List.of(support(SupportSource.NONE, "1", -1)),
                List.of()));
    assertInstanceOf(After.NoChange.class, p.after());
  }

  @Test
  void everyClosedParticipantIsCountedOrNamedOnce() {
    Property.forAll(
        "counted + not counted = closed",
        300,
        r -> {
          List<RegisterPricing.Closed> closed = new ArrayList<>();
          int n = r.nextInt(30);
          for (int i = 0; i < n; i++) {
            closed.add(
                new RegisterPricing.Closed(
                    r.nextInt(8) == 0 ? Optional.empty() : Optional.of(random(r)),
                    r.nextInt(8) == 0 ? Optional.empty() : Optional.of(random(r)),
                    CLOSED,
                    r.nextBoolean()
                        ? List.of()
                        : List.of(
                            job(
                                Property.oneOf(r, JobKind.values()),
                                r.nextBoolean() ? -1 : r.nextInt(40_000),
                                -1))));
          }
          RegisterPricing.Summary s = RegisterPricing.priceAll(closed, HUDIKSVALL);
          int not = s.notCounted().values().stream().mapToInt(Integer::intValue).sum();
          assertEquals(n, s.people().size() + not);
          assertEquals(n, s.closed());
          for (Person p : s.people()) {
            for (BenefitBefore b : p.before()) {
              assertTrue(!b.monthlyAmount().isNegative() && !b.taxWithheld().isNegative());
              assertTrue(b.taxWithheld().compareTo(b.monthlyAmount()) <= 0);
            }
          }
        });
  }

  private static List<Support> random(java.util.SplittableRandom r) {
    List<Support> out = new ArrayList<>();
    for (SupportSource s : SupportSource.values()) {
      if (r.nextInt(4) == 0) {
        out.add(
            support(
                s,
                Property.oneOf(r, "1", "0.5", "0.25"),
                r.nextBoolean() ? -1 : r.nextInt(30_000)));
      }
    }
    return out;
  }

  private static RegisterPricing.Reason reason(RegisterPricing.Priced p) {
    return assertInstanceOf(RegisterPricing.NotCounted.class, p).reason();
  }
}
