package se.skapa.core.finsam;

import se.skapa.core.benefit.Benefit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Days paid of one benefit at one degree, e.g. 120 days of sjukpenning at 50 %.
 *
 * @param days   days paid
 * @param degree part-time degree 0–1 (1 = full benefit)
 */
public record BenefitDays(Benefit benefit, BigDecimal days, BigDecimal degree) {

    public BenefitDays {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(degree, "degree");
    }

    public static BenefitDays of(Benefit benefit, String days, String degree) {
        return new BenefitDays(benefit, new BigDecimal(days), new BigDecimal(degree));
    }

    /** days × degree. */
    public BigDecimal wholeDays() {
        return days.multiply(degree);
    }
}
