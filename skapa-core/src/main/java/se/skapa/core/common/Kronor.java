package se.skapa.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in whole Swedish kronor. Cannot be built from a {@code double}.
 *
 * <p><b>The rounding rule</b>, applied only in {@link #round(BigDecimal)}: exact decimal amounts
 * are rounded to whole kronor half-up (0.50 kr rounds away from zero) at the level the Hudiksvall
 * report rounds them: each person's monthly amounts, and the group's yearly housing-support cost.
 * Yearly amounts are 12 × the rounded monthly amounts; totals are sums of rounded amounts.
 */
public final class Kronor implements Comparable<Kronor> {

  /** No kronor. */
  public static final Kronor ZERO = new Kronor(0);

  private final long value;

  private Kronor(long value) {
    this.value = value;
  }

  /**
   * Whole kronor; may be negative (a loss or a cost).
   *
   * @param kronor the amount in whole kronor
   * @return the amount
   */
  public static Kronor of(long kronor) {
    return kronor == 0 ? ZERO : new Kronor(kronor);
  }

  /**
   * The one rounding rule: half-up to whole kronor.
   *
   * @param exact an exact amount in kronor; not null
   * @return the amount rounded half-up to whole kronor
   * @throws NullPointerException if {@code exact} is null
   * @throws ArithmeticException if the result does not fit in a long
   */
  public static Kronor round(BigDecimal exact) {
    return of(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** {@return the amount in whole kronor} */
  public long value() {
    return value;
  }

  /** {@return the amount as an exact decimal with no fraction} */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(value);
  }

  /**
   * @param other the amount to add; not null
   * @return this plus {@code other}
   * @throws ArithmeticException if the sum does not fit in a long
   */
  public Kronor plus(Kronor other) {
    return of(Math.addExact(value, other.value));
  }

  /**
   * @param other the amount to subtract; not null
   * @return this minus {@code other}
   * @throws ArithmeticException if the difference does not fit in a long
   */
  public Kronor minus(Kronor other) {
    return of(Math.subtractExact(value, other.value));
  }

  /**
   * @param factor a whole factor
   * @return this times {@code factor}
   * @throws ArithmeticException if the product does not fit in a long
   */
  public Kronor times(long factor) {
    return of(Math.multiplyExact(value, factor));
  }

  /**
   * {@return minus this amount}
   *
   * @throws ArithmeticException for the one long without a negation
   */
  public Kronor negate() {
    return of(Math.negateExact(value));
  }

  /**
   * This amount × an exact factor, rounded by the rule.
   *
   * @param factor an exact factor; not null
   * @return the product rounded half-up to whole kronor
   */
  public Kronor times(BigDecimal factor) {
    return round(toBigDecimal().multiply(factor));
  }

  /** {@return true if the amount is below zero} */
  public boolean isNegative() {
    return value < 0;
  }

  @Override
  public int compareTo(Kronor o) {
    return Long.compare(value, o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Kronor k && k.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** E.g. {@code 1 403 004 kr}, grouped with spaces as in Swedish reports. */
  @Override
  public String toString() {
    return format(value) + " kr";
  }

  /**
   * Groups digits by three with a space and writes a plain hyphen for minus, as files and messages
   * need: {@code -1 403 004}.
   *
   * @param value whole kronor
   * @return the digits grouped, without a unit
   */
  public static String format(long value) {
    return Numbers.decimal(java.math.BigDecimal.valueOf(value), 0, Language.SV)
        .replace(Numbers.MINUS, '-');
  }
}
