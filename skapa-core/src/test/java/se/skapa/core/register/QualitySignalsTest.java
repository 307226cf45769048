package se.skapa.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Intervention;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.testing.Property;

/** BIP's organisational findings counted for a service: changes, belief, breaks, coverage. */
class QualitySignalsTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);
  static final String BELIEF = "handledare-belief";

  static ServiceParticipant enrolled(String key, String admitted) {
    return new ServiceParticipant(
        Pseudonym.of(key),
        LocalDate.parse(admitted),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        false);
  }

  static Measurement rating(String key, String date, String handledare, int belief) {
    return new Measurement(
        Pseudonym.of(key),
        LocalDate.parse(date),
        "skapa",
        1,
        Respondent.HANDLEDARE,
        Optional.of(Pseudonym.of(handledare)),
        Map.of(BELIEF, Answer.score(belief)),
        Optional.empty());
  }

  @Test
  void changes_belief_and_breaks_are_counted_as_bip_defines_them() {
    Map<Pseudonym, List<Measurement>> m = new HashMap<>();
    // a: same handledare every quarter, belief rising.
    m.put(
        Pseudonym.of("a"),
        List.of(
            rating("a", "2025-12-01", "h-1", 2),
            rating("a", "2026-02-20", "h-1", 3),
            rating("a", "2026-05-15", "h-1", 4)));
    // b: a new handledare in March, and no measurement since: a break before the end of June.
    m.put(
        Pseudonym.of("b"),
        List.of(rating("b", "2025-12-10", "h-1", 1), rating("b", "2026-03-01", "h-2", 2)));
    QualitySignals q =
        QualitySignals.count(
            FROM,
            TO,
            List.of(enrolled("a", "2025-11-15"), enrolled("b", "2025-11-20")),
            m,
            Map.of(
                Pseudonym.of("a"),
                List.of(
                    new Intervention(
                        "Arbetsträning",
                        se.skapa.core.progression.BipGroup.JOB_FOCUSED,
                        FROM,
                        Optional.empty()))),
            BELIEF,
            Period.ofMonths(3));
    assertEquals(2, q.participants());
    assertEquals(1, q.handledareChanges());
    assertEquals(1, q.withAChange().count());
    assertEquals(2, q.withAChange().denominator());
    assertEquals(Map.of(2, 1, 4, 1), q.belief(), "the latest rating in the period per person");
    assertEquals(1, q.followUpBreak().count(), "b's last measurement was on 1 March");
    assertEquals(12, q.coverage().participantMonths());
    assertEquals(6, q.coverage().none().count(), "b had none for six months");
    assertEquals(new BigDecimal("8.3"), q.changesPer100Months().orElseThrow());
    assertEquals("2026-Q1", q.beliefTrend().get(0).quarter());
    assertEquals(new BigDecimal("2.50"), q.beliefTrend().get(0).mean().orElseThrow());
  }

  @Test
  void every_count_stays_within_its_denominator() {
    Property.forAll(
        "quality signals within their denominators",
        200,
        r -> {
          List<ServiceParticipant> enrolments = new ArrayList<>();
          Map<Pseudonym, List<Measurement>> m = new HashMap<>();
          int n = r.nextInt(30);
          for (int p = 0; p < n; p++) {
            String key = "p-" + p;
            LocalDate admitted = LocalDate.of(2025, 6, 1).plusDays(r.nextInt(400));
            enrolments.add(enrolled(key, admitted.toString()));
            List<Measurement> mine = new ArrayList<>();
            LocalDate d = admitted;
            for (int k = 0; k < r.nextInt(6); k++) {
              d = d.plusDays(30 + r.nextInt(120));
              mine.add(rating(key, d.toString(), "h-" + r.nextInt(3), 1 + r.nextInt(4)));
            }
            m.put(Pseudonym.of(key), mine);
          }
          QualitySignals q =
              QualitySignals.count(FROM, TO, enrolments, m, Map.of(), BELIEF, Period.ofMonths(3));
          assertTrue(q.participants() <= n);
          assertTrue(q.followUpBreak().denominator() == q.participants());
          assertTrue(q.withAChange().denominator() <= q.participants());
          assertTrue(q.withAChange().count() <= q.handledareChanges());
          assertTrue(
              q.belief().values().stream().mapToInt(Integer::intValue).sum() <= q.participants());
        });
  }
}
