package se.skapa.core.finsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.benefit.HeGroup;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.ValidationException;
import se.skapa.core.testing.Property;

class FinsamTest {

  static List<MemberShare> sodraNorrbotten() {
    return new ArrayList<>(
        List.of(
            MemberShare.of("Boden", "0.17"),
            MemberShare.of("Luleå", "0.52"),
            MemberShare.of("Piteå", "0.26"),
            MemberShare.of("Älvsbyn", "0.05")));
  }

  @Test
  void sodra_norrbotten_2026_state_region_and_kommun_parts_by_largest_remainder() {
    Allocation a = FinsamAllocator.ofStateContribution(Kronor.of(4_537_714), sodraNorrbotten());
    assertEquals(Kronor.of(2_268_857), a.region());
    assertEquals(Kronor.of(2_268_857), a.kommuner());
    assertEquals(Kronor.of(9_075_428), a.total());
    assertEquals(
        List.of(385_706L, 1_179_805L, 589_903L, 113_443L),
        a.members().stream().map(m -> m.amount().value()).toList());
    assertEquals(0, new BigDecimal("385705.69").compareTo(a.members().get(0).exact()));
    Allocation same = FinsamAllocator.ofTotal(Kronor.of(9_075_428), sodraNorrbotten());
    assertEquals(a, same);
  }

  @Test
  void a_gain_or_a_loss_is_split_among_the_members_summing_to_it_exactly() {
    List<Allocation.MemberPart> gain =
        FinsamAllocator.split(Kronor.of(2_268_857), sodraNorrbotten());
    assertEquals(
        List.of(385_706L, 1_179_805L, 589_903L, 113_443L),
        gain.stream().map(m -> m.amount().value()).toList());
    List<Allocation.MemberPart> loss =
        FinsamAllocator.split(Kronor.of(-2_268_857), sodraNorrbotten());
    assertEquals(
        List.of(-385_706L, -1_179_805L, -589_903L, -113_443L),
        loss.stream().map(m -> m.amount().value()).toList());
    Property.forAll(
        "parts sum to the amount",
        200,
        r -> {
          long amount = r.nextLong(-5_000_000_000L, 5_000_000_000L);
          long sum =
              FinsamAllocator.split(Kronor.of(amount), sodraNorrbotten()).stream()
                  .mapToLong(m -> m.amount().value())
                  .sum();
          assertEquals(amount, sum);
        });
    assertThrows(ValidationException.class, () -> FinsamAllocator.split(Kronor.of(100), List.of()));
  }

  @Test
  void shares_must_sum_to_exactly_one_hundred_percent() {
    List<MemberShare> bad = sodraNorrbotten();
    bad.set(0, MemberShare.of("Boden", "0.18"));
    ValidationException e =
        assertThrows(ValidationException.class, () -> FinsamAllocator.ofTotal(Kronor.of(100), bad));
    assertEquals("sum", e.violations().get(0).rule());
  }

  @Test
  void an_odd_state_contribution_is_split_with_the_odd_krona_in_the_regions_quarter() {
    Allocation a = FinsamAllocator.ofStateContribution(Kronor.of(4_537_715), sodraNorrbotten());
    assertEquals(2_268_858, a.region().value());
    assertEquals(2_268_857, a.kommuner().value());
    assertEquals(
        4_537_715,
        a.region().value() + a.kommuner().value(),
        "together they match the state's contribution");
    assertEquals(
        a.kommuner().value(), a.members().stream().mapToLong(m -> m.amount().value()).sum());
  }

  @Test
  void
      shares_from_a_spreadsheet_sum_to_one_within_the_stated_tolerance_and_only_true_violations_are_listed() {
    String third = "0.3333333333333333";
    Allocation a =
        FinsamAllocator.ofTotal(
            Kronor.of(1_000_000),
            List.of(
                MemberShare.of("A", third),
                MemberShare.of("B", third),
                MemberShare.of("C", third)));
    assertEquals(
        a.kommuner().value(),
        a.members().stream().mapToLong(m -> m.amount().value()).sum(),
        "the parts still sum to the quarter");
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                FinsamAllocator.ofTotal(
                    Kronor.of(100),
                    List.of(
                        MemberShare.of("A", "-0.5"),
                        MemberShare.of("B", "0.3333333333333333333333333"))));
    assertEquals(
        List.of("/members/0/share range", "/members/1/share precision"),
        e.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList(),
        "no false sum or sign violations");
  }

  @Test
  void a_member_listed_twice_or_a_negative_share_is_named_by_its_place_in_the_list() {
    List<MemberShare> twice = sodraNorrbotten();
    twice.set(3, MemberShare.of("Boden", "-0.05"));
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> FinsamAllocator.ofTotal(Kronor.of(100), twice));
    assertEquals(
        List.of("/members/3/name duplicate", "/members/3/share range", "/members sum"),
        e.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList());
  }

  @Test
  void property_the_parts_always_sum_exactly_to_the_whole() {
    Property.forAll(
        "allocation sums to the whole",
        500,
        r -> {
          int n = 1 + r.nextInt(12);
          int[] weights = new int[n];
          int sum = 0;
          for (int i = 0; i < n; i++) {
            weights[i] = r.nextInt(1, 1000);
            sum += weights[i];
          }
          List<MemberShare> shares = new ArrayList<>();
          BigDecimal assigned = BigDecimal.ZERO;
          for (int i = 0; i < n - 1; i++) {
            BigDecimal s =
                BigDecimal.valueOf(weights[i])
                    .divide(BigDecimal.valueOf(sum), 6, java.math.RoundingMode.DOWN);
            shares.add(new MemberShare("k" + i, s));
            assigned = assigned.add(s);
          }
          shares.add(new MemberShare("k" + (n - 1), BigDecimal.ONE.subtract(assigned)));
          long total = r.nextLong(0, 100_000_000_000L);
          Allocation a = FinsamAllocator.ofTotal(Kronor.of(total), shares);
          assertEquals(total, a.state().plus(a.region()).plus(a.kommuner()).value());
          assertEquals(
              a.kommuner().value(), a.members().stream().mapToLong(m -> m.amount().value()).sum());
          for (Allocation.MemberPart m : a.members()) {
            // Largest remainder never moves a part by a whole krona or more from its exact amount.
            assertEquals(
                true,
                m.exact().subtract(m.amount().toBigDecimal()).abs().compareTo(BigDecimal.ONE) < 0);
          }
        });
  }

  @Test
  void full_year_equivalents_by_hand() {
    List<BenefitDays> days =
        List.of(
            BenefitDays.of(Benefit.SJUKPENNING, "365", "1"),
            BenefitDays.of(Benefit.SJUKPENNING, "200", "0.5"),
            BenefitDays.of(Benefit.AKTIVITETSSTOD, "146", "1"),
            BenefitDays.of(Benefit.FORSORJNINGSSTOD, "365", "0.5"));
    FullYearEquivalents he = FullYearEquivalents.of(days, Map.of(), Optional.of(100));
    // (365 + 100) / 365 = 1.27397..., 146 / 260 = 0.56154 (paid per weekday), 182.5 / 365 = 0.5
    assertEquals(
        0,
        new BigDecimal("465")
            .divide(new BigDecimal("365"), MathContext.DECIMAL64)
            .compareTo(he.perGroup().get(HeGroup.OHALSA)));
    assertEquals(
        0,
        new BigDecimal("146")
            .divide(new BigDecimal("260"), MathContext.DECIMAL64)
            .compareTo(he.perGroup().get(HeGroup.ARBETSMARKNADSSTOD)));
    assertEquals(0, new BigDecimal("0.5").compareTo(he.perGroup().get(HeGroup.EKONOMISKT_BISTAND)));
    assertEquals(2.33551, he.total().doubleValue(), 1e-5);
    assertEquals(0.0233551, he.shareOfPopulation().orElseThrow().doubleValue(), 1e-7);
    assertEquals(AgeBand.AGES_16_64, he.populationAges(), "the band is named, 16–64 unless asked");
    assertEquals(0, new BigDecimal("260").compareTo(he.divisors().get(Benefit.AKTIVITETSSTOD)));
    assertTrue(he.divisorSources().get(Benefit.AKTIVITETSSTOD).sv().contains("fem dagar"));
    assertTrue(he.divisorSources().get(Benefit.SJUKPENNING).sv().contains("SCB"));
    assertThrows(
        ValidationException.class,
        () ->
            FullYearEquivalents.of(
                List.of(BenefitDays.of(Benefit.SJUKPENNING, "10", "1.5")),
                Map.of(),
                Optional.empty()));
  }

  @Test
  void a_full_year_of_a_benefit_paid_per_weekday_is_one_full_year_equivalent() {
    for (Benefit weekday :
        List.of(
            Benefit.ARBETSLOSHETSERSATTNING,
            Benefit.AKTIVITETSSTOD,
            Benefit.ETABLERINGSERSATTNING)) {
      FullYearEquivalents he =
          FullYearEquivalents.of(
              List.of(BenefitDays.of(weekday, "260", "1")),
              Map.of(),
              Optional.of(1000),
              AgeBand.AGES_20_64);
      assertEquals(0, BigDecimal.ONE.compareTo(he.total()), weekday + ": " + he.total());
      assertEquals(AgeBand.AGES_20_64, he.populationAges());
    }
    FullYearEquivalents given =
        FullYearEquivalents.of(
            List.of(BenefitDays.of(Benefit.ARBETSLOSHETSERSATTNING, "250", "1")),
            Map.of(Benefit.ARBETSLOSHETSERSATTNING, new BigDecimal("250")),
            Optional.empty());
    assertEquals(0, BigDecimal.ONE.compareTo(given.total()));
    assertEquals(
        FullYearEquivalents.GIVEN, given.divisorSources().get(Benefit.ARBETSLOSHETSERSATTNING));
  }

  @Test
  void
      a_benefit_the_forsorjningsmatt_leaves_out_is_refused_at_its_field_with_every_other_violation() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                FullYearEquivalents.of(
                    List.of(
                        BenefitDays.of(Benefit.SJUKPENNING, "-1", "1"),
                        BenefitDays.of(Benefit.BOSTADSBIDRAG, "30", "1")),
                    Map.of(Benefit.BOSTADSBIDRAG, BigDecimal.TEN),
                    Optional.empty()));
    assertEquals(
        List.of(
            "/days/0/days range",
            "/days/1/benefit not-counted",
            "/divisors/BOSTADSBIDRAG not-counted"),
        e.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList());
  }

  @Test
  void property_he_scales_linearly_with_days() {
    Property.forAll(
        "HE linear in days",
        300,
        r -> {
          List<BenefitDays> days = new ArrayList<>();
          List<BenefitDays> scaled = new ArrayList<>();
          int k = 1 + r.nextInt(9);
          for (int i = r.nextInt(1, 10); i > 0; i--) {
            Benefit b =
                Property.oneOf(
                    r,
                    Arrays.stream(Benefit.values())
                        .filter(x -> x.group().isPresent())
                        .toArray(Benefit[]::new));
            BigDecimal d = BigDecimal.valueOf(r.nextInt(0, 400));
            BigDecimal degree = new BigDecimal(Property.oneOf(r, "0.25", "0.5", "0.75", "1"));
            days.add(new BenefitDays(b, d, degree));
            scaled.add(new BenefitDays(b, d.multiply(BigDecimal.valueOf(k)), degree));
          }
          Map<Benefit, BigDecimal> divisors = new EnumMap<>(Benefit.class);
          FullYearEquivalents a = FullYearEquivalents.of(days, divisors, Optional.empty());
          FullYearEquivalents b = FullYearEquivalents.of(scaled, divisors, Optional.empty());
          assertEquals(
              a.total().multiply(BigDecimal.valueOf(k)).doubleValue(),
              b.total().doubleValue(),
              1e-9);
        });
  }
}
