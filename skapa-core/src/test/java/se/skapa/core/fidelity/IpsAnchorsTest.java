package se.skapa.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.skapa.core.common.ValidationException;

class IpsAnchorsTest {

  @ParameterizedTest(name = "caseload {0} scores {1}")
  @CsvSource({
    "0,5", "20,5", "20.01,4", "21,4", "25,4", "25.5,3", "26,3", "30,3", "31,2", "40,2", "40.1,1",
    "41,1", "200,1"
  })
  void caseload_anchor_on_every_boundary(String caseload, int score) {
    assertEquals(score, IpsAnchors.CASELOAD.score(new BigDecimal(caseload)));
  }

  @ParameterizedTest(name = "{0} % of time scores {1}")
  @CsvSource({
    "100,5", "96,5", "95.9,4", "95,4", "90,4", "89.9,3", "89,3", "75,3", "74,2", "60,2", "59.9,1",
    "0,1"
  })
  void employment_services_time_anchor_on_every_boundary(String percent, int score) {
    assertEquals(score, IpsAnchors.EMPLOYMENT_SERVICES_TIME.score(new BigDecimal(percent)));
  }

  @Test
  void employment_services_time_is_a_percent() {
    assertEquals(5, IpsAnchors.employmentServicesTimeScore(new BigDecimal("100")));
    assertThrows(
        ValidationException.class,
        () -> IpsAnchors.employmentServicesTimeScore(new BigDecimal("101")));
    assertThrows(
        ValidationException.class,
        () -> IpsAnchors.employmentServicesTimeScore(new BigDecimal("-0.1")));
  }

  @Test
  void caseload_is_clients_per_full_time_specialist() {
    // Hudiksvall, 31 May 2018: 34 active participants over 1.6 coaches = 21.25 → item 1 scores 4.
    BigDecimal caseload = IpsAnchors.caseload(34, new BigDecimal("1.6"));
    assertEquals(0, new BigDecimal("21.25").compareTo(caseload));
    assertEquals(4, IpsAnchors.CASELOAD.score(caseload));
    assertThrows(ValidationException.class, () -> IpsAnchors.caseload(34, BigDecimal.ZERO));
    assertThrows(ValidationException.class, () -> IpsAnchors.CASELOAD.score(new BigDecimal("-1")));
  }

  @Test
  void a_caseload_that_divides_unevenly_is_scored_not_refused() {
    // Found by the schema fuzz run: 3 clients over 3.019 full-time specialists is 0.99370… (16
    // significant digits), which the bound on typed decimals refused as "must be zero or more".
    BigDecimal caseload = IpsAnchors.caseload(3, new BigDecimal("3.019"));
    assertEquals(true, caseload.scale() > 12, caseload.toPlainString());
    assertEquals(5, IpsAnchors.CASELOAD.score(caseload));
    assertEquals(
        "precision",
        assertThrows(
                ValidationException.class,
                () -> IpsAnchors.CASELOAD.score(new BigDecimal("1e-999999999")))
            .violations()
            .get(0)
            .rule());
  }

  @Test
  void an_anchor_reads_in_words_with_each_bound_and_the_floor() {
    assertEquals(
        "aktiva deltagare per heltidsanställd arbetsspecialist: 5 = högst 20, 4 = högst 25,"
            + " 3 = högst 30, 2 = högst 40, 1 = annars",
        IpsAnchors.CASELOAD.describe(se.skapa.core.common.Language.SV));
    assertEquals(
        "percent of specialists' time on employment services: 5 = at least 96, 4 = at least 90,"
            + " 3 = at least 75, 2 = at least 60, 1 = otherwise",
        IpsAnchors.EMPLOYMENT_SERVICES_TIME.describe(se.skapa.core.common.Language.EN));
  }
}
