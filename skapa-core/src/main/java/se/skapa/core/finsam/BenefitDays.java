package se.skapa.core.finsam;

import java.math.BigDecimal;
import java.util.Objects;
import se.skapa.core.benefit.Benefit;

/**
 * Days paid of one benefit at one degree, e.g. 120 days of sjukpenning at 50 %.
 *
 * @param days days paid
 * @param degree part-time degree 0–1 (1 = full benefit)
 */
public record BenefitDays(Benefit benefit, BigDecimal days, BigDecimal degree) {

  /**
   * @param benefit the benefit paid; not null
   * @param days days paid; not null
   * @param degree the degree paid, 0–1; not null
   * @throws NullPointerException if any component is null
   */
  public BenefitDays {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(degree, "degree");
  }

  /**
   * Reads the days and degree from decimal text, as a worked example writes them.
   *
   * @param benefit the benefit paid; not null
   * @param days days paid, e.g. {@code "120"}
   * @param degree the degree paid, e.g. {@code "0.5"}
   * @return the days
   * @throws NumberFormatException if a number cannot be read
   */
  public static BenefitDays of(Benefit benefit, String days, String degree) {
    return new BenefitDays(benefit, new BigDecimal(days), new BigDecimal(degree));
  }

  /**
   * days × degree.
   *
   * @return whole-day equivalents: the days times the degree
   */
  public BigDecimal wholeDays() {
    return days.multiply(degree);
  }
}
