package se.skapa.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.testing.Property;

class FidelityTest {

  static final FidelityScale IPS = FidelityScales.ips25();
  static final FidelityScorer SCORER =
      FidelityScorer.withClock(
          Clock.fixed(
              LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  static final Pseudonym SERVICE = Pseudonym.of("ips-hudiksvall");

  static Review review(String date, int... scores) {
    List<ItemScore> items = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != 0) {
        items.add(ItemScore.of(i + 1, scores[i]));
      }
    }
    return new Review(
        SERVICE, LocalDate.parse(date), List.of(Pseudonym.of("AB"), Pseudonym.of("CD")), items);
  }

  static int[] uniform(int score) {
    int[] s = new int[25];
    java.util.Arrays.fill(s, score);
    return s;
  }

  @Test
  void ips25_has_three_sections_of_3_8_and_14_items_and_totals_25_to_125() {
    assertEquals(3, IPS.itemsIn(FidelityScales.STAFFING).size());
    assertEquals(8, IPS.itemsIn(FidelityScales.ORGANIZATION).size());
    assertEquals(14, IPS.itemsIn(FidelityScales.SERVICES).size());
    assertEquals(25, IPS.minimumTotal());
    assertEquals(125, IPS.maximumTotal());
    assertEquals("Handledarens roll", IPS.item(8).orElseThrow().name().sv());
  }

  @Test
  void the_band_boundaries_fall_on_the_right_side() {
    assertEquals("NOT_IPS", IPS.band(73).code());
    assertEquals("FAIR", IPS.band(74).code());
    assertEquals("FAIR", IPS.band(99).code());
    assertEquals("GOOD", IPS.band(100).code());
    assertEquals("GOOD", IPS.band(114).code());
    assertEquals("EXEMPLARY", IPS.band(115).code());
    assertEquals("Stämmer delvis överens med IPS", IPS.band(81).label().sv());
  }

  @Test
  void a_complete_review_has_total_band_sections_strengths_and_development_areas() {
    int[] s = uniform(4);
    s[0] = 5;
    s[7] = 2;
    s[11] = 1;
    s[20] = 3;
    ReviewResult r = SCORER.score(IPS, review("2018-05-15", s));
    assertTrue(r.complete());
    assertEquals(4 * 25 + 1 - 2 - 3 - 1, r.total().getAsInt());
    assertEquals("FAIR", r.band().orElseThrow().code());
    assertEquals(
        List.of(12, 8, 21),
        r.developmentAreas().stream().map(ItemResult::number).toList(),
        "lowest first");
    assertEquals(List.of(1), r.strengths().stream().map(ItemResult::number).toList());
    SectionResult staffing = r.sections().get(0);
    assertEquals(13, staffing.score());
    assertEquals(15, staffing.maximum());
    assertEquals(13 / 3.0, staffing.mean(), 1e-12);
    assertEquals(r.total().getAsInt(), r.sections().stream().mapToInt(SectionResult::score).sum());
  }

  @Test
  void a_draft_reports_missing_items_and_has_neither_total_nor_band() {
    int[] s = uniform(4);
    s[4] = 0;
    s[19] = 0;
    ReviewResult r = SCORER.score(IPS, review("2018-05-15", s));
    assertFalse(r.complete());
    assertEquals(List.of(5, 20), r.missingItems());
    assertTrue(r.total().isEmpty());
    assertTrue(r.band().isEmpty());
    assertEquals(92, r.scoredSum());
  }

  @Test
  void fourteen_scores_are_refused_with_an_explanation_of_the_25_item_scale() {
    int[] s = new int[14];
    java.util.Arrays.fill(s, 3);
    ValidationException e =
        assertThrows(ValidationException.class, () -> SCORER.score(IPS, review("2018-05-15", s)));
    Violation v = e.violations().get(0);
    assertEquals("item-count", v.rule());
    assertTrue(v.message().contains("25 items") && v.message().contains("Services"));
  }

  @Test
  void out_of_range_unknown_and_duplicate_items_are_all_reported() {
    Review r =
        new Review(
            SERVICE,
            LocalDate.parse("2018-05-15"),
            List.of(Pseudonym.of("AB")),
            List.of(
                ItemScore.of(1, 6),
                ItemScore.of(26, 3),
                ItemScore.of(2, 3),
                ItemScore.of(2, 4),
                ItemScore.of(3, 0)));
    ValidationException e = assertThrows(ValidationException.class, () -> SCORER.score(IPS, r));
    assertEquals(
        List.of("/items/0/score", "/items/1/number", "/items/3/number", "/items/4/score"),
        e.violations().stream().map(Violation::pointer).toList());
    assertEquals(
        List.of("range", "unknown-item", "duplicate", "range"),
        e.violations().stream().map(Violation::rule).toList());
  }

  @Test
  void a_review_needs_a_date_that_has_passed() {
    Review r =
        new Review(SERVICE, LocalDate.parse("2027-01-01"), List.of(), List.of(ItemScore.of(1, 3)));
    assertEquals(
        List.of("future-date"),
        assertThrows(ValidationException.class, () -> SCORER.score(IPS, r)).violations().stream()
            .map(Violation::rule)
            .toList());
  }

  @Test
  void a_review_before_1990_is_a_typing_error() {
    assertEquals(
        "date-range",
        assertThrows(
                ValidationException.class,
                () -> SCORER.score(IPS, review("1989-12-31", uniform(3))))
            .violations()
            .get(0)
            .rule());
  }

  @Test
  void reviewer_keys_cannot_be_personnummer() {
    assertThrows(ValidationException.class, () -> Pseudonym.of("19121212-1212"));
  }

  @Test
  void the_scale_builder_refuses_bands_with_gaps_overlaps_or_out_of_range() {
    LocalizedText l = LocalizedText.of("x", "x");
    FidelityScale.Builder base =
        FidelityScale.builder("mini", 1)
            .names(l)
            .itemRange(1, 5)
            .section("S", l)
            .item(1, "S", l)
            .item(2, "S", l);
    assertEquals(
        "band-gap",
        assertThrows(
                ValidationException.class,
                () ->
                    FidelityScale.builder("mini", 1)
                        .names(l)
                        .section("S", l)
                        .item(1, "S", l)
                        .item(2, "S", l)
                        .band("A", 2, 5, l)
                        .band("B", 7, 10, l)
                        .build())
            .violations()
            .get(0)
            .rule());
    assertEquals(
        "band-overlap",
        assertThrows(
                ValidationException.class,
                () ->
                    FidelityScale.builder("mini", 1)
                        .names(l)
                        .section("S", l)
                        .item(1, "S", l)
                        .item(2, "S", l)
                        .band("A", 2, 6, l)
                        .band("B", 6, 10, l)
                        .build())
            .violations()
            .get(0)
            .rule());
    assertEquals(
        "band-overlap",
        assertThrows(
                ValidationException.class,
                () ->
                    FidelityScale.builder("mini", 1)
                        .names(l)
                        .section("S", l)
                        .item(1, "S", l)
                        .item(2, "S", l)
                        .band("A", 2, 11, l)
                        .build())
            .violations()
            .get(0)
            .rule());
    assertEquals(
        "band-gap",
        assertThrows(
                ValidationException.class,
                () ->
                    FidelityScale.builder("mini", 1)
                        .names(l)
                        .section("S", l)
                        .item(1, "S", l)
                        .item(2, "S", l)
                        .band("A", 2, 9, l)
                        .build())
            .violations()
            .get(0)
            .rule());
    assertEquals(
        "unknown-section",
        assertThrows(
                ValidationException.class,
                () ->
                    FidelityScale.builder("mini", 1)
                        .names(l)
                        .section("S", l)
                        .item(1, "T", l)
                        .band("A", 1, 5, l)
                        .build())
            .violations()
            .get(0)
            .rule());
    assertEquals(10, base.band("A", 2, 6, l).band("B", 7, 10, l).build().maximumTotal());
  }

  @Test
  void property_complete_reviews_total_25_to_125_and_the_band_is_monotone_in_the_total() {
    Property.forAll(
        "complete review total and band",
        500,
        r -> {
          ReviewResult result =
              SCORER.score(IPS, shuffled(r, review("2020-01-01", randomScores(r))));
          int total = result.total().getAsInt();
          assertTrue(total >= 25 && total <= 125);
          ScoreBand band = result.band().orElseThrow();
          assertTrue(band.contains(total));
          int other = 25 + r.nextInt(101);
          int bandIndex = IPS.bands().indexOf(band);
          int otherIndex = IPS.bands().indexOf(IPS.band(other));
          if (total <= other) {
            assertTrue(bandIndex <= otherIndex);
          }
        });
  }

  @Test
  void property_drafts_never_have_a_band() {
    Property.forAll(
        "drafts have no band",
        300,
        r -> {
          int[] s = randomScores(r);
          int blanks = 1 + r.nextInt(24);
          for (int i = 0; i < blanks; i++) {
            s[r.nextInt(25)] = 0;
          }
          // Exactly 14 scores is its own rule (item-count); keep drafts clear of it.
          for (int i = 0; java.util.Arrays.stream(s).filter(x -> x != 0).count() == 14; i++) {
            s[i] = 0;
          }
          ReviewResult result = SCORER.score(IPS, review("2020-01-01", s));
          assertFalse(result.complete());
          assertTrue(result.band().isEmpty());
          assertTrue(result.total().isEmpty());
        });
  }

  @Test
  void property_a_review_compared_with_itself_shows_no_change() {
    Property.forAll(
        "self-comparison is zero",
        200,
        r -> {
          Review a = review("2020-01-01", randomScores(r));
          Review b =
              new Review(a.service(), LocalDate.parse("2021-01-01"), a.reviewers(), a.items());
          ReviewComparison c = ReviewComparison.of(SCORER, IPS, List.of(b, a));
          ReviewStep step = c.overall();
          assertEquals(0, step.totalChange().getAsInt());
          assertTrue(step.items().stream().allMatch(i -> i.change() == 0));
          assertTrue(step.fell().isEmpty() && step.rose().isEmpty());
          assertFalse(step.bandChanged());
        });
  }

  @Test
  void comparison_orders_by_date_and_names_items_that_fell() {
    int[] first = uniform(3);
    int[] second = uniform(5);
    second[7] = 2;
    ReviewComparison c =
        ReviewComparison.of(
            SCORER, IPS, List.of(review("2019-05-01", second), review("2018-05-01", first)));
    assertEquals(LocalDate.parse("2018-05-01"), c.reviews().get(0).date());
    assertEquals(122 - 75, c.overall().totalChange().getAsInt());
    assertEquals(List.of(8), c.overall().fell().stream().map(ItemChange::number).toList());
    assertEquals(24, c.overall().rose().size());
    assertTrue(c.overall().bandChanged());
    assertEquals("FAIR", c.reviews().get(0).band().orElseThrow().code());
    assertEquals("EXEMPLARY", c.reviews().get(1).band().orElseThrow().code());
    assertEquals(3, c.overall().sections().size());
  }

  @Test
  void comparison_needs_two_reviews_of_one_service() {
    assertEquals(
        "min-reviews",
        assertThrows(
                ValidationException.class,
                () -> ReviewComparison.of(SCORER, IPS, List.of(review("2018-05-01", uniform(3)))))
            .violations()
            .get(0)
            .rule());
    Review other =
        new Review(
            Pseudonym.of("ips-other"),
            LocalDate.parse("2019-01-01"),
            List.of(Pseudonym.of("AB")),
            List.of());
    assertEquals(
        "/reviews/1/service",
        assertThrows(
                ValidationException.class,
                () ->
                    ReviewComparison.of(
                        SCORER, IPS, List.of(review("2018-05-01", uniform(3)), other)))
            .violations()
            .get(0)
            .pointer());
  }

  static int[] randomScores(SplittableRandom r) {
    int[] s = new int[25];
    int bias = r.nextInt(5);
    for (int i = 0; i < 25; i++) {
      s[i] = Math.min(5, Math.max(1, 1 + bias + r.nextInt(-1, 2)));
    }
    return s;
  }

  static Review shuffled(SplittableRandom r, Review review) {
    List<ItemScore> items = new ArrayList<>(review.items());
    Collections.shuffle(items, new java.util.Random(r.nextLong()));
    return new Review(review.service(), review.date(), review.reviewers(), items);
  }
}
