package se.skapa.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a person reads them in a language: Swedish {@code 62,5 %}, {@code −84 000 kr}; English
 * {@code 62.5%}, {@code −84,000 kr}. A real minus sign (U+2212) and, in Swedish, a space between
 * digit groups. For people only: files for Excel and JSON keep their own, machine-readable forms.
 */
public final class Numbers {

  /** The minus sign typography asks for; a hyphen reads as a dash. */
  public static final char MINUS = '\u2212';

  private Numbers() {}

  /**
   * A decimal number rounded half up to {@code decimals}, trailing zeros kept (so {@code 4,0} reads
   * as one decimal), with the language's decimal mark and digit grouping.
   *
   * @throws IllegalArgumentException if the value is not finite or {@code decimals} is negative
   * @throws NullPointerException if language is null
   * @param value the number; finite
   * @param decimals how many decimals to show, 0 or more
   * @param language the reader's language; not null
   * @return the number as the reader writes it
   */
  public static String decimal(double value, int decimals, Language language) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot show " + value);
    }
    return decimal(BigDecimal.valueOf(value), decimals, language);
  }

  /**
   * As {@link #decimal(double, int, Language)}, exactly: whole kronor of any size stay exact.
   *
   * @param value the number; not null
   * @param decimals how many decimals to show, 0 or more
   * @param language the reader's language; not null
   * @return the number as the reader writes it
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public static String decimal(BigDecimal value, int decimals, Language language) {
    if (decimals < 0) {
      throw new IllegalArgumentException(
          "cannot show " + value + " with " + decimals + " decimals");
    }
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = group(dot < 0 ? plain : plain.substring(0, dot), language);
    String fraction =
        dot < 0 ? "" : (language == Language.EN ? "." : ",") + plain.substring(dot + 1);
    return (rounded.signum() < 0 ? String.valueOf(MINUS) : "") + whole + fraction;
  }

  /**
   * A share 0–1 as a percent with {@code decimals}: {@code 62,5 %} / {@code 62.5%}.
   *
   * @param share a share, 1 = 100 %; finite
   * @param decimals how many decimals to show, 0 or more
   * @param language the reader's language; not null
   * @return the percent with its sign
   */
  public static String percent(double share, int decimals, Language language) {
    return decimal(share * 100, decimals, language) + (language == Language.EN ? "%" : " %");
  }

  /**
   * Whole kronor, grouped, with a real minus sign: {@code −84 000 kr} / {@code −84,000 kr}.
   *
   * @param value whole kronor
   * @param language the reader's language; not null
   * @return the amount with {@code kr}
   */
  public static String kronor(long value, Language language) {
    return decimal(BigDecimal.valueOf(value), 0, language) + " kr";
  }

  private static String group(String digits, Language language) {
    String separator = language == Language.EN ? "," : " ";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(separator);
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }
}
