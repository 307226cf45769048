package se.skapa.core.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.LocalizedText;

class ShareTest {

  private static final LocalizedText ACCESSED =
      LocalizedText.of("alla som fått insatsen", "everyone who accessed the service");

  @Test
  void a_share_is_printed_with_one_decimal_beside_the_whole_percent_as_published_rates_are() {
    Share employed = Share.of(141, 412, ACCESSED);
    assertEquals(34, employed.percent());
    assertEquals(Optional.of(new BigDecimal("34.2")), employed.percentOneDecimal());
    assertEquals(Optional.of(new BigDecimal("50.0")), Share.of(1, 2, ACCESSED).percentOneDecimal());
  }

  @Test
  void nought_of_nought_has_no_share_and_no_target_is_met_on_it() {
    Share none = Share.of(0, 0, ACCESSED);
    assertFalse(none.hasValue());
    assertEquals(Optional.empty(), none.percentOneDecimal());
    OutcomeReport empty =
        OutcomeReporter.report(
            List.of(),
            new ReportTerms(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                BigDecimal.ONE,
                ClosingRule.CLOSED,
                14));
    Target.Evaluation e = new Target(Metric.SHARE_LASTING, true, 0.4).evaluate(empty);
    assertTrue(e.actual().isEmpty(), "no value, not 0 %");
    assertFalse(e.met());
  }

  @Test
  void the_ips_employment_rate_counts_everyone_who_accessed_the_service_closed_or_not() {
    List<ServiceParticipant> ps = new java.util.ArrayList<>();
    for (int i = 0; i < 412; i++) {
      LocalDate admitted = LocalDate.of(2024, 3, 1).plusDays(i % 300);
      boolean employed = i < 141;
      boolean closed = i % 3 == 0;
      ps.add(
          new ServiceParticipant(
              se.skapa.core.common.Pseudonym.of("ips-" + i),
              admitted,
              closed ? Optional.of(LocalDate.of(2025, 6, 1)) : Optional.empty(),
              employed
                  ? Optional.of(OutcomeType.EMPLOYMENT)
                  : closed ? Optional.of(OutcomeType.NONE) : Optional.empty(),
              false,
              Optional.empty(),
              true));
    }
    OutcomeReport r =
        OutcomeReporter.report(
            ps,
            new ReportTerms(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                BigDecimal.ONE,
                ClosingRule.ACCESSED,
                14));
    Share employed = r.outcome(OutcomeType.EMPLOYMENT).share();
    assertEquals(141, employed.count());
    assertEquals(412, employed.denominator());
    assertEquals(Optional.of(new BigDecimal("34.2")), employed.percentOneDecimal());
    assertEquals(ClosingRule.ACCESSED.description(), employed.denominatorName());
    OutcomeReport closedOnly =
        OutcomeReporter.report(
            ps,
            new ReportTerms(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                BigDecimal.ONE,
                ClosingRule.CLOSED,
                14));
    assertEquals(
        138,
        closedOnly.outcome(OutcomeType.EMPLOYMENT).share().denominator(),
        "the closing rule counts only the closed");
  }
}
