package se.skapa.core.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;

class InstrumentTest {

  private static final LocalizedText L = LocalizedText.of("Etikett", "Label");

  @Test
  void
      the_built_in_skapa_instrument_has_six_self_rated_indicators_on_1_to_10_and_a_four_step_handledare_belief() {
    Instrument skapa = BuiltInInstruments.skapa();
    assertEquals("skapa", skapa.id());
    assertEquals(
        List.of(
            "health-coping",
            "everyday-coping",
            "job-belief",
            "labour-market-knowledge",
            "job-search",
            "cooperation"),
        skapa.indicatorsFor(Respondent.PARTICIPANT).stream().map(Indicator::key).toList());
    skapa
        .indicatorsFor(Respondent.PARTICIPANT)
        .forEach(i -> assertEquals(Scale.of(1, 10), i.scale()));
    Indicator belief = skapa.indicator("handledare-belief").orElseThrow();
    assertEquals(RatedBy.HANDLEDARE, belief.ratedBy());
    assertEquals(4, belief.scale().anchors().size());
    assertEquals("Good chances", belief.scale().anchor(3).orElseThrow().en());
    assertTrue(skapa.note().orElseThrow().en().contains("reconstruction"));
    assertFalse(skapa.sources().isEmpty());
    skapa
        .indicators()
        .forEach(i -> assertTrue(i.question().isEmpty(), "no licensed wording is shipped"));
  }

  @Test
  void an_empty_instrument_is_refused() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Instrument.builder("x", 1).names(L).build());
    assertEquals(
        List.of(
            new Violation(
                "/indicators", "non-empty", "an instrument needs at least one indicator")),
        e.violations());
  }

  @Test
  void duplicate_keys_are_refused_with_the_position_of_the_second() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Instrument.builder("x", 1)
                    .names(L)
                    .indicator(Indicator.of("a", L, Scale.of(1, 5), RatedBy.BOTH))
                    .indicator(Indicator.of("a", L, Scale.of(1, 5), RatedBy.BOTH))
                    .build());
    assertEquals("/indicators/1/key", e.violations().get(0).pointer());
    assertEquals("unique", e.violations().get(0).rule());
  }

  @Test
  void every_problem_of_a_definition_is_listed_at_once() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Instrument.builder("Bad Id", 0).build());
    assertEquals(
        List.of("/id", "/version", "/names", "/indicators"),
        e.violations().stream().map(Violation::pointer).toList());
  }

  @Test
  void impossible_scales_are_refused() {
    assertEquals(
        "scale",
        assertThrows(ValidationException.class, () -> Scale.of(5, 5)).violations().get(0).rule());
    assertThrows(ValidationException.class, () -> Scale.of(10, 1));
    assertThrows(ValidationException.class, () -> Scale.of(0, 1000));
    assertThrows(ValidationException.class, () -> Scale.of(1, 4, List.of(L, L)));
  }

  @Test
  void indicator_keys_are_stable_lower_case_identifiers() {
    assertThrows(
        ValidationException.class,
        () -> Indicator.of("Job Belief", L, Scale.of(1, 5), RatedBy.BOTH));
    assertThrows(
        ValidationException.class, () -> Indicator.of("", L, Scale.of(1, 5), RatedBy.BOTH));
  }

  @Test
  void a_licensee_can_attach_question_wording_and_a_bip_group() {
    Indicator i =
        Indicator.of("q1", L, Scale.of(0, 4), RatedBy.BOTH)
            .withQuestion(LocalizedText.of("Licensierad fråga?", "Licensed question?"))
            .withBipGroup(BipGroup.HEALTH);
    assertEquals("Licensed question?", i.question().orElseThrow().en());
    assertEquals(BipGroup.HEALTH, i.bipGroup().orElseThrow());
  }

  @Test
  void the_catalog_finds_the_newest_version_or_an_exact_one_and_refuses_twins() {
    Instrument v1 =
        Instrument.builder("own", 1)
            .names(L)
            .indicator(Indicator.of("a", L, Scale.of(1, 5), RatedBy.BOTH))
            .build();
    Instrument v2 =
        Instrument.builder("own", 2)
            .names(L)
            .indicator(Indicator.of("b", L, Scale.of(1, 5), RatedBy.BOTH))
            .build();
    InstrumentCatalog catalog = InstrumentCatalog.of(List.of(v2, v1, BuiltInInstruments.skapa()));
    assertEquals(2, catalog.find("own").orElseThrow().version());
    assertEquals(1, catalog.find("own", 1).orElseThrow().version());
    assertTrue(catalog.find("none").isEmpty());
    assertThrows(ValidationException.class, () -> InstrumentCatalog.of(List.of(v1, v1)));
  }

  @Test
  void scale_shares_map_min_to_zero_and_max_to_one() {
    Scale s = Scale.of(1, 4);
    assertEquals(0.0, s.share(1));
    assertEquals(1.0, s.share(4));
    assertEquals(2 / 3.0, s.share(3), 1e-12);
  }
}
