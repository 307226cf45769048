package se.skapa.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Intervention;
import se.skapa.core.testing.Property;

/** Participant-months with and without interventions, as BIP asked of a service. */
class InterventionCoverageTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);

  @Test
  void eachMonthCountsTheParticipantsEnrolledOnThe15thAndWhatRanThatDay() {
    List<ServiceParticipant> enrolled =
        List.of(
            IpsOutcomesTest.open("a", LocalDate.of(2025, 12, 1)),
            IpsOutcomesTest.closed("b", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 14)));
    Map<Pseudonym, List<Intervention>> interventions =
        Map.of(
            Pseudonym.of("a"),
            List.of(
                new Intervention(
                    "Arbetsträning",
                    BipGroup.JOB_FOCUSED,
                    LocalDate.of(2026, 1, 10),
                    Optional.of(LocalDate.of(2026, 2, 28))),
                new Intervention(
                    "Samtalsstöd", BipGroup.HEALTH, LocalDate.of(2026, 2, 1), Optional.empty())));
    InterventionCoverage c = InterventionCoverage.count(FROM, TO, enrolled, interventions);
    assertEquals(7, c.participantMonths(), "a: January–June; b: only 15 March (closed 14 April)");
    assertEquals(1, c.none().count(), "b in March");
    assertEquals(5, c.withoutJobFocused().count(), "a March–June, b March");
    assertEquals(2, c.byGroup().get(BipGroup.JOB_FOCUSED).count(), "a January and February");
    assertEquals(5, c.byGroup().get(BipGroup.HEALTH).count(), "a February–June");
    assertEquals(0, c.byGroup().get(BipGroup.SOCIAL).count());
  }

  @Test
  void noneIsAPartOfWithoutJobFocusedAndEveryShareOfTheSameDenominator() {
    Property.forAll(
        "coverage counts within participant-months",
        300,
        r -> {
          List<ServiceParticipant> enrolled = new ArrayList<>();
          Map<Pseudonym, List<Intervention>> interventions = new HashMap<>();
          for (int p = r.nextInt(30); p > 0; p--) {
            LocalDate admitted = FROM.minusDays(200).plusDays(r.nextInt(380));
            enrolled.add(IpsOutcomesTest.open("p-" + p, admitted));
            List<Intervention> own = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
              LocalDate s = FROM.minusDays(100).plusDays(r.nextInt(280));
              own.add(
                  new Intervention(
                      "i",
                      Property.oneOf(r, BipGroup.values()),
                      s,
                      r.nextBoolean() ? Optional.empty() : Optional.of(s.plusDays(r.nextInt(90)))));
            }
            interventions.put(Pseudonym.of("p-" + p), own);
          }
          InterventionCoverage c = InterventionCoverage.count(FROM, TO, enrolled, interventions);
          assertTrue(c.none().count() <= c.withoutJobFocused().count());
          assertEquals(c.participantMonths(), c.none().denominator());
          c.byGroup().values().forEach(s -> assertEquals(c.participantMonths(), s.denominator()));
          assertEquals(
              c.participantMonths() - c.withoutJobFocused().count(),
              c.byGroup().get(BipGroup.JOB_FOCUSED).count());
        });
  }
}
