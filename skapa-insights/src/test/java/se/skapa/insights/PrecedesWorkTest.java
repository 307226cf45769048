package se.skapa.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.RatedBy;
import se.skapa.core.progression.Scale;

/**
 * The analysis is honest: a planted effect is recovered within its interval at about the nominal
 * rate, no effect is found where none was planted more often than the 5 % an interval allows, the
 * answer does not depend on order, and thin data is refused in words.
 */
class PrecedesWorkTest {

  static final Instrument ONE =
      Instrument.builder("one", 1)
          .names(LocalizedText.of("Ett", "One"))
          .indicator(
              Indicator.of(
                  Registers.KEY,
                  LocalizedText.of("tilltro till att få jobb", "belief in getting a job"),
                  Scale.of(1, 10),
                  RatedBy.PARTICIPANT))
          .build();

  static IndicatorResult run(List<Series> people) {
    return PrecedesWork.analyse(ONE, people, Options.DEFAULT).indicators().get(0);
  }

  @Test
  void a_planted_effect_of_change_is_inside_the_interval_at_about_the_nominal_rate() {
    int seeds = 120;
    int covered = 0;
    int found = 0;
    int levelFalseAlarms = 0;
    for (int seed = 0; seed < seeds; seed++) {
      IndicatorResult r =
          run(
              Registers.generate(
                  new SplittableRandom(seed), 700, new Registers.Truth(-2.7, 0, Math.log(2))));
      Estimate change = r.change().orElseThrow(() -> new AssertionError(r.refusal()));
      if (change.low() <= 2 && 2 <= change.high()) {
        covered++;
      }
      if (change.low() > 1) {
        found++;
      }
      if (r.level().orElseThrow().excludesNoDifference()) {
        levelFalseAlarms++;
      }
    }
    double coverage = (double) covered / seeds;
    assertTrue(coverage >= 0.88 && coverage <= 0.99, "coverage of the planted 2: " + coverage);
    assertTrue(found >= seeds * 0.8, "the planted effect found in " + found + " of " + seeds);
    assertTrue(
        levelFalseAlarms <= seeds * 0.11, "level found without being planted: " + levelFalseAlarms);
  }

  @Test
  void without_a_planted_effect_the_interval_leaves_out_no_difference_about_one_time_in_twenty() {
    int seeds = 120;
    int alarms = 0;
    for (int seed = 1000; seed < 1000 + seeds; seed++) {
      IndicatorResult r =
          run(Registers.generate(new SplittableRandom(seed), 700, new Registers.Truth(-2.7, 0, 0)));
      if (r.change().orElseThrow().excludesNoDifference()) {
        alarms++;
      }
    }
    assertTrue(alarms <= seeds * 0.11, "false alarms: " + alarms + " of " + seeds);
  }

  @Test
  void the_answer_is_the_same_whatever_order_the_people_and_their_readings_come_in() {
    List<Series> people =
        Registers.generate(new SplittableRandom(7), 400, new Registers.Truth(-2.7, 0.2, 0.5));
    IndicatorResult first = run(people);
    List<Series> shuffled = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(8);
    for (Series s : people) {
      List<Series.Reading> readings = new ArrayList<>(s.readings());
      Collections.shuffle(readings, new java.util.Random(r.nextLong()));
      shuffled.add(new Series(readings, s.events(), s.observedUntil()));
    }
    Collections.shuffle(shuffled, new java.util.Random(9));
    assertEquals(first, run(shuffled));
  }

  @Test
  void thin_data_is_refused_with_the_numbers_and_what_to_try_in_swedish_and_english() {
    List<Series> few =
        Registers.generate(new SplittableRandom(3), 40, new Registers.Truth(-2.7, 0, 0.7));
    IndicatorResult r = run(few);
    assertEquals(Refusal.Reason.TOO_FEW_EVENTS, r.refusal().orElseThrow().reason());
    String sv = r.sentence(3, Language.SV);
    assertTrue(sv.startsWith("För få händelser: ") && sv.contains("minst 30"), sv);
    assertTrue(sv.contains("hela organisationen"), sv);
    assertTrue(r.sentence(3, Language.EN).startsWith("Too few events: "));
    assertTrue(
        r.smallFor(5) == (r.events() < 5 || r.people() < 5 || r.personPeriods() - r.events() < 5));
    assertEquals("för få händelser", r.refusal().get().reason().label().in(Language.SV));
    IndicatorResult none = run(List.of());
    assertEquals(Refusal.Reason.TOO_FEW_PEOPLE, none.refusal().orElseThrow().reason());
    assertTrue(!none.smallFor(5), "nothing counted is nothing to withhold");
    IndicatorResult many =
        run(Registers.generate(new SplittableRandom(11), 900, new Registers.Truth(-2.7, 0, 0.7)));
    assertTrue(
        !many.smallFor(5) && many.smallFor(many.events() + 1), "withheld below the threshold");
    List<Series> flat = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      LocalDate d = LocalDate.of(2024, 1, 1);
      flat.add(
          new Series(
              List.of(
                  new Series.Reading(d, Registers.KEY, 5),
                  new Series.Reading(d.plusDays(91), Registers.KEY, 5),
                  new Series.Reading(d.plusDays(182), Registers.KEY, 5)),
              p % 3 == 0 ? List.of(d.plusDays(100)) : List.of(),
              d.plusDays(400)));
    }
    assertEquals(Refusal.Reason.NO_VARIATION, run(flat).refusal().orElseThrow().reason());
  }

  @Test
  void a_sentence_says_association_never_cause_and_uses_swedish_number_forms() {
    IndicatorResult r =
        run(Registers.generate(new SplittableRandom(11), 900, new Registers.Truth(-2.7, 0, 0.7)));
    String sv = r.sentence(3, Language.SV);
    assertTrue(sv.contains("gånger så höga (95 % KI "), sv);
    assertTrue(sv.matches(".*\\d,\\d gånger.*"), "decimal comma: " + sv);
    assertTrue(sv.contains("inte en orsak och inte en prognos"), sv);
    assertTrue(r.sentence(3, Language.EN).contains("not a cause and not a prognosis"));
  }

  @Test
  void a_person_leaves_the_risk_set_at_the_first_event_and_unobserved_periods_are_not_counted() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    Series s =
        new Series(
            List.of(
                new Series.Reading(d, Registers.KEY, 3),
                new Series.Reading(d.plusDays(91), Registers.KEY, 4),
                new Series.Reading(d.plusDays(182), Registers.KEY, 6),
                new Series.Reading(d.plusDays(273), Registers.KEY, 7)),
            List.of(d.plusDays(200), d.plusDays(300)),
            d.plusDays(400));
    List<double[]> rows = PrecedesWork.periods(s, Registers.KEY, 3);
    assertEquals(2, rows.size(), "the first reading opens no period; the event ends the series");
    assertEquals(List.of(4.0, 1.0, 0.0), List.of(rows.get(0)[0], rows.get(0)[1], rows.get(0)[2]));
    assertEquals(List.of(6.0, 2.0, 1.0), List.of(rows.get(1)[0], rows.get(1)[1], rows.get(1)[2]));
    Series cut = new Series(s.readings(), List.of(), d.plusDays(150));
    assertEquals(
        0, PrecedesWork.periods(cut, Registers.KEY, 3).size(), "the second period is unobserved");
  }
}
