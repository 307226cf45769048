package se.skapa.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in whole Swedish kronor. Cannot be built from a {@code double}.
 * <p>
 * <b>The rounding rule</b>, applied only in {@link #round(BigDecimal)}: exact decimal amounts are
 * rounded to whole kronor half-up (0.50 kr rounds away from zero) at the level the Hudiksvall report
 * rounds them: each person's monthly amounts, and the group's yearly housing-support cost. Yearly
 * amounts are 12 × the rounded monthly amounts; totals are sums of rounded amounts.
 */
public final class Kronor implements Comparable<Kronor> {

    public static final Kronor ZERO = new Kronor(0);

    private final long value;

    private Kronor(long value) {
        this.value = value;
    }

    /** Whole kronor; may be negative (a loss or a cost). */
    public static Kronor of(long kronor) {
        return kronor == 0 ? ZERO : new Kronor(kronor);
    }

    /**
     * The one rounding rule: half-up to whole kronor.
     *
     * @throws NullPointerException if {@code exact} is null
     * @throws ArithmeticException  if the result does not fit in a long
     */
    public static Kronor round(BigDecimal exact) {
        return of(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public long value() {
        return value;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(value);
    }

    public Kronor plus(Kronor other) {
        return of(Math.addExact(value, other.value));
    }

    public Kronor minus(Kronor other) {
        return of(Math.subtractExact(value, other.value));
    }

    public Kronor times(long factor) {
        return of(Math.multiplyExact(value, factor));
    }

    public Kronor negate() {
        return of(Math.negateExact(value));
    }

    /** This amount × an exact factor, rounded by the rule. */
    public Kronor times(BigDecimal factor) {
        return round(toBigDecimal().multiply(factor));
    }

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

    /** Groups digits by three with a space and writes a plain hyphen for minus, as files and messages need: {@code -1 403 004}. */
    public static String format(long value) {
        return Numbers.decimal(java.math.BigDecimal.valueOf(value), 0, Language.SV).replace(Numbers.MINUS, '-');
    }
}
