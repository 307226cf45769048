package se.skapa.core.register;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Violations;

/**
 * One source of what a participant lives on, at one moment.
 *
 * @param source the source; not null
 * @param degree the share of full time it covers, above 0 and at most 1 (a half sjukpenning is
 *     0.5), two decimals at most; not null
 * @param monthlyAmount the amount a month in whole kronor, if recorded; not null
 */
public record Support(SupportSource source, BigDecimal degree, Optional<Kronor> monthlyAmount) {

  /**
   * @param source the source; not null
   * @param degree the share of full time it covers, above 0 and at most 1 (a half sjukpenning is
   *     0.5), two decimals at most; not null
   * @param monthlyAmount the amount a month in whole kronor, if recorded; not null
   * @throws se.skapa.core.common.ValidationException rule {@code range} or {@code precision} at
   *     {@code /degree}, {@code range} at {@code /monthlyAmount}
   * @throws NullPointerException if a component is null
   */
  public Support {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(degree, "degree");
    Objects.requireNonNull(monthlyAmount, "monthlyAmount");
    Violations v = new Violations();
    // An exponent from outside (1e999999999) is refused before any arithmetic or message spells it
    // out: either would take a billion digits.
    Decimals.check(v, "/degree", degree);
    v.throwIfAny();
    v.check(
        degree.signum() > 0 && degree.compareTo(BigDecimal.ONE) <= 0,
        "/degree",
        "range",
        "degree must be above 0 and at most 1, got " + Decimals.show(degree));
    v.check(
        degree.stripTrailingZeros().scale() <= 2,
        "/degree",
        "precision",
        "degree has at most two decimals, got " + Decimals.show(degree));
    monthlyAmount.ifPresent(
        a ->
            v.check(
                !a.isNegative() && a.compareTo(Job.MAX_WAGE) <= 0,
                "/monthlyAmount",
                "range",
                "monthlyAmount must be at least 0 and at most 1 000 000, got " + a.value()));
    v.throwIfAny();
    degree = Decimals.canonical(degree);
  }
}
