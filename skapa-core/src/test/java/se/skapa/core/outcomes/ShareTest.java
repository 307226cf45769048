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

    private static final LocalizedText ACCESSED = LocalizedText.of("alla som fått insatsen", "everyone who accessed the service");

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
        OutcomeReport empty = OutcomeReporter.report(List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), BigDecimal.ONE,
                ClosingRule.CLOSED, 14);
        Target.Evaluation e = new Target(Metric.SHARE_LASTING, true, 0.4).evaluate(empty);
        assertTrue(e.actual().isEmpty(), "no value, not 0 %");
        assertFalse(e.met());
    }
}
