package se.skapa.core.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.testing.Property;

/** No cell below the threshold can be read, or recovered from the cells that are published. */
class SmallNumbersTest {

  static final int T = SmallNumbers.DEFAULT_THRESHOLD;

  @Test
  void a_lone_small_outcome_takes_a_second_one_with_it_and_the_sums_it_is_part_of() {
    List<ServiceParticipant> ps = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      OutcomeType o =
          i < 2 ? OutcomeType.STUDIES : i < 10 ? OutcomeType.EMPLOYMENT : OutcomeType.NONE;
      ps.add(
          new ServiceParticipant(
              Pseudonym.of("p-" + i),
              LocalDate.of(2026, 1, 1),
              Optional.of(LocalDate.of(2026, 3, 1)),
              Optional.of(o),
              false,
              Optional.of(LocalDate.of(2026, 1, i < 1 ? 30 : 2)),
              true));
    }
    OutcomeReport r =
        OutcomeReporter.report(
            ps,
            new ReportTerms(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                BigDecimal.ONE,
                ClosingRule.CLOSED,
                14));
    Set<String> s = SmallNumbers.suppressed(r, T);
    assertTrue(s.contains("outcomes/STUDIES"), "2 of 20 to studies is withheld");
    assertTrue(
        s.contains("outcomes/EMPLOYMENT"),
        "else studies = 20 − employment − none: 8 is the smallest other");
    assertFalse(s.contains("outcomes/NONE"));
    assertTrue(s.contains("workOrStudies") && s.contains("lasting"));
    assertTrue(s.contains("contactedWithinDays"), "19 of 20 contacted names the one who was not");
    assertFalse(s.contains("actionPlan"), "20 of 20 with a plan names no one");
    assertFalse(s.contains("admitted") || s.contains("closed"));
    assertTrue(SmallNumbers.rule(T).sv().contains("< 5"));
  }

  @Test
  void property_nothing_small_is_published_and_nothing_withheld_can_be_recovered() {
    Property.forAll(
        "small numbers",
        300,
        r -> {
          List<ServiceParticipant> ps = new ArrayList<>();
          int n = r.nextInt(40);
          for (int i = 0; i < n; i++) {
            LocalDate admitted = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(150));
            boolean closed = r.nextInt(3) > 0;
            OutcomeType o = OutcomeType.values()[r.nextInt(OutcomeType.values().length)];
            ps.add(
                new ServiceParticipant(
                    Pseudonym.of("p-" + i),
                    admitted,
                    closed ? Optional.of(admitted.plusDays(r.nextInt(200))) : Optional.empty(),
                    closed ? Optional.of(o) : Optional.empty(),
                    closed && o == OutcomeType.EMPLOYMENT && r.nextBoolean(),
                    r.nextBoolean()
                        ? Optional.of(admitted.plusDays(r.nextInt(30)))
                        : Optional.empty(),
                    r.nextBoolean()));
          }
          OutcomeReport report =
              OutcomeReporter.report(
                  ps,
                  new ReportTerms(
                      LocalDate.of(2026, 1, 1),
                      LocalDate.of(2026, 12, 31),
                      BigDecimal.ONE,
                      ClosingRule.CLOSED,
                      14));
          Set<String> s = SmallNumbers.suppressed(report, T);
          check(s, "admitted", report.admitted());
          check(s, "closed", report.closed());
          check(s, "activeAtEnd", report.activeAtEnd());
          for (String cell : List.of("contactedWithinDays", "actionPlan")) {
            Share share =
                cell.equals("actionPlan") ? report.actionPlan() : report.contactedWithinDays();
            if (!s.contains(cell)) {
              assertFalse(
                  small(share.count()) || small(share.denominator() - share.count()),
                  cell + " " + share);
            }
          }
          long withheld =
              report.outcomes().stream().filter(c -> s.contains("outcomes/" + c.outcome())).count();
          assertTrue(withheld != 1, "a single withheld outcome is recoverable from the rest: " + s);
          for (OutcomeCount c : report.outcomes()) {
            if (!s.contains("outcomes/" + c.outcome())) {
              assertFalse(small(c.share().count()) || small(c.share().denominator()), c.toString());
            }
            if (!s.contains("outcomes/" + c.outcome() + "/subsidised")) {
              assertFalse(small(c.subsidised()));
            }
          }
          if (!s.contains("workOrStudies")) {
            assertFalse(
                s.contains("outcomes/EMPLOYMENT") || s.contains("outcomes/STUDIES"),
                "a sum with a withheld part: " + s);
          }
          if (!s.contains("lasting")) {
            assertFalse(s.contains("workOrStudies") || s.contains("outcomes/OTHER_LASTING"));
          }
        });
  }

  private static void check(Set<String> s, String cell, int count) {
    if (!s.contains(cell)) {
      assertFalse(small(count), cell + " = " + count + " published");
    }
    assertEquals(small(count), s.contains(cell), cell);
  }

  private static boolean small(int count) {
    return count > 0 && count < T;
  }
}
