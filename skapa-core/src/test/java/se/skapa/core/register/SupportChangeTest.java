package se.skapa.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.testing.Property;

/** Support before and after, as Finsam's follow-up counts it. */
class SupportChangeTest {

  static Support on(SupportSource s, String degree) {
    return new Support(s, new BigDecimal(degree), Optional.empty());
  }

  @Test
  void fromForsorjningsstodAtAdmissionToWorkAfterSixMonthsWithTheUnreachedCounted() {
    List<SupportChange.Person> people =
        List.of(
            new SupportChange.Person(
                Optional.of(List.of(on(SupportSource.FORSORJNINGSSTOD, "1"))),
                Optional.of(List.of(on(SupportSource.EMPLOYMENT, "1"))),
                Map.of(
                    6,
                    new AfterClosing(
                        6,
                        LocalDate.of(2026, 11, 1),
                        AfterClosingStatus.EMPLOYMENT,
                        List.of(on(SupportSource.EMPLOYMENT, "1"))))),
            new SupportChange.Person(
                Optional.of(
                    List.of(
                        on(SupportSource.SJUKPENNING, "0.5"),
                        on(SupportSource.FORSORJNINGSSTOD, "0.5"))),
                Optional.empty(),
                Map.of(
                    6,
                    new AfterClosing(
                        6, LocalDate.of(2026, 11, 1), AfterClosingStatus.NOT_REACHED, List.of()))));
    SupportChange c = SupportChange.count(people, List.of(6, 12));
    assertEquals(2, c.closed());
    SupportChange.Moment admission = c.moments().get(0);
    assertEquals(2, admission.recorded());
    assertEquals(2, admission.onPublicSupport());
    assertEquals(new BigDecimal("2"), admission.publicFullYearEquivalents(), "1 + 0.5 + 0.5");
    assertEquals(2, admission.sources().get(SupportSource.FORSORJNINGSSTOD).people());
    assertEquals(
        new BigDecimal("1.5"),
        admission.sources().get(SupportSource.FORSORJNINGSSTOD).fullYearEquivalents());
    SupportChange.Moment closing = c.moments().get(1);
    assertEquals(1, closing.recorded());
    assertEquals(1, closing.notRecorded());
    assertEquals(0, closing.onPublicSupport());
    SupportChange.Moment six = c.moments().get(2);
    assertEquals("AFTER_6", six.name());
    assertEquals(1, six.recorded());
    assertEquals(1, six.notReached(), "not reached is an answer");
    assertEquals(0, six.notRecorded());
    SupportChange.Moment twelve = c.moments().get(3);
    assertEquals(2, twelve.notRecorded());
  }

  @Test
  void everyMomentAccountsForEveryoneWhoClosed() {
    Property.forAll(
        "recorded + not recorded + not reached = closed",
        300,
        r -> {
          List<SupportChange.Person> people = new ArrayList<>();
          for (int p = r.nextInt(30); p > 0; p--) {
            Map<Integer, AfterClosing> after = new HashMap<>();
            if (r.nextBoolean()) {
              AfterClosingStatus s = Property.oneOf(r, AfterClosingStatus.values());
              after.put(
                  6,
                  new AfterClosing(
                      6,
                      LocalDate.of(2026, 6, 1),
                      s,
                      s == AfterClosingStatus.NOT_REACHED
                          ? List.of()
                          : List.of(on(Property.oneOf(r, SupportSource.values()), "1"))));
            }
            people.add(
                new SupportChange.Person(
                    r.nextBoolean()
                        ? Optional.of(
                            List.of(on(Property.oneOf(r, SupportSource.values()), "0.25")))
                        : Optional.empty(),
                    r.nextBoolean() ? Optional.of(List.of()) : Optional.empty(),
                    after));
          }
          SupportChange c = SupportChange.count(people, List.of(6, 12));
          for (SupportChange.Moment m : c.moments()) {
            assertEquals(c.closed(), m.recorded() + m.notRecorded() + m.notReached(), m.name());
            m.sources().values().forEach(s -> assertEquals(true, s.people() <= m.recorded()));
            assertEquals(true, m.onPublicSupport() <= m.recorded());
          }
        });
  }
}
