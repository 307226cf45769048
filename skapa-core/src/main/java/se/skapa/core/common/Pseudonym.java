package se.skapa.core.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pseudonymous key chosen by the caller (a löpnummer or similar) for a participant, handledare,
 * reviewer or service. SKAPA never accepts names or personal identity numbers: a key that contains
 * something shaped like a Swedish personnummer or samordningsnummer with a valid check digit is
 * refused.
 *
 * @param value 1–64 characters: letters of the Swedish alphabet ({@code A–Ö a–ö}), digits and
 *     {@code . _ : -}
 */
public record Pseudonym(String value) implements Comparable<Pseudonym> {

  // Swedish löpnummer conventions may hold å, ä and ö (löpnr-Åsa); the key stays one token in a URL
  // path.
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9ÅÄÖåäö._:-]{1,64}");
  // 6 or 8 digits of date, an optional separator (- + space or en dash, as people write it), 4
  // digits; not part of a longer digit run.
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<!\\d)(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+ \u2013]?(\\d{3})(\\d)(?!\\d)");

  /**
   * @throws ValidationException with rule {@code required}, {@code format} or {@code personnummer}
   * @param value the key; not null
   */
  public Pseudonym {
    if (value == null || value.isBlank()) {
      throw ValidationException.of("", "required", "a pseudonymous key is required");
    }
    if (looksLikePersonalIdentityNumber(value)) {
      throw ValidationException.of(
          "",
          "personnummer",
          "the key looks like a Swedish personnummer or samordningsnummer; use a pseudonymous key (löpnummer) instead");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw ValidationException.of(
          "",
          "format",
          "a pseudonymous key has 1-64 characters: letters A-Ö, a-ö, digits, '.', '_', ':' and '-'");
    }
  }

  /**
   * @throws ValidationException as the constructor
   * @param value the key; not null
   * @return the key
   */
  public static Pseudonym of(String value) {
    return new Pseudonym(value);
  }

  /**
   * True if {@code text} contains 10 or 12 digits (optionally with {@code -} or {@code +} before
   * the last four) that form a plausible date or samordningsnummer day (day + 60) and carry a valid
   * Luhn check digit.
   *
   * @param text any text; not null
   * @return true if the text holds something that must be taken for a personnummer or
   *     samordningsnummer
   */
  public static boolean looksLikePersonalIdentityNumber(String text) {
    // Most keys (p-17, ips-hudiksvall) have too few digits to hold one: skip the pattern for them.
    if (digits(text) < 10) {
      return false;
    }
    Matcher m = ID_NUMBER.matcher(text);
    while (m.find()) {
      int month = Integer.parseInt(m.group(3));
      int day = Integer.parseInt(m.group(4));
      boolean dateLike =
          month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
      String tenDigits = m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6);
      if (dateLike && luhnValid(tenDigits)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with everything shaped like a personnummer or samordningsnummer (as {@link
   * #looksLikePersonalIdentityNumber}) replaced by {@code ******-****}: for messages that repeat
   * what was sent, which must never repeat one.
   *
   * @param text any text; null gives "null"
   * @return the text with every such number masked
   */
  public static String redact(String text) {
    if (text == null || digits(text) < 10) {
      return String.valueOf(text);
    }
    Matcher m = ID_NUMBER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          b,
          looksLikePersonalIdentityNumber(m.group())
              ? "******-****"
              : Matcher.quoteReplacement(m.group()));
    }
    return m.appendTail(b).toString();
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int d = tenDigits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Override
  public int compareTo(Pseudonym other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
