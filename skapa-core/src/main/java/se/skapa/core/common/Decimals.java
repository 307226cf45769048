package se.skapa.core.common;

import java.math.BigDecimal;

/**
 * Bounds on exact decimals from outside. A value such as {@code 1e-999999999} is tiny to write but
 * makes every later multiplication and rounding work with a billion digits. The bound is wide
 * enough for any number a spreadsheet or a double writes ({@code 0.3333333333333333}, a third as
 * exported, has 16 decimals and was once refused here under a bound of 12): 30 decimals and 30
 * significant digits.
 */
public final class Decimals {

  /** The most decimals a number from outside may carry. */
  public static final int MAX_SCALE = 30;

  /** The most significant digits a number from outside may carry. */
  public static final int MAX_PRECISION = 30;

  private Decimals() {}

  /**
   * One form for one number, so that values equal as numbers are equal as values: 20, 20.0 and 2E+1
   * all become 20.
   *
   * @param value a number; not null
   * @return it without trailing zeros and with a scale of at least 0
   */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * True if the value has at most 30 decimals, at most 30 significant digits and no exponent beyond
   * them.
   *
   * @param value a number from outside; null counts as reasonable (absence is another rule's
   *     business)
   * @return true if within {@link #MAX_SCALE} and {@link #MAX_PRECISION}
   */
  public static boolean reasonable(BigDecimal value) {
    if (value == null) {
      return true;
    }
    // Cheap checks first: stripping trailing zeros of 1e999999999 would itself be slow.
    if (value.scale() > MAX_SCALE + MAX_PRECISION
        || value.scale() < -MAX_PRECISION
        || value.precision() > MAX_PRECISION) {
      return false;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= MAX_SCALE
        && stripped.precision() - stripped.scale() <= MAX_PRECISION;
  }

  /**
   * A value for a message: plain digits when reasonable, otherwise scientific notation, which stays
   * short ({@code 1E-999999999}) where plain digits would be a billion characters.
   *
   * @param value a number; may be null, shown as {@code null}
   * @return the value as a message can hold it
   */
  public static String show(BigDecimal value) {
    return value == null ? "null" : reasonable(value) ? value.toPlainString() : value.toString();
  }

  /**
   * Records a violation at {@code pointer} unless {@link #reasonable}.
   *
   * @param v where the violation is recorded, rule {@code precision}; not null
   * @param pointer JSON pointer to the field; not null
   * @param value the number; null passes
   */
  public static void check(Violations v, String pointer, BigDecimal value) {
    v.check(
        reasonable(value),
        pointer,
        "precision",
        "a number here has at most "
            + MAX_SCALE
            + " decimals and "
            + MAX_PRECISION
            + " significant digits");
  }
}
